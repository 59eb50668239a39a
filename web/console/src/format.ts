/**
 * Words and numbers as the console shows them. Server values pass through here as plain
 * strings only; React renders them as text.
 */

/**
 * Whole seconds left until an ISO time, never below 0.
 *
 * @example
 *   secondsLeft('2030-01-01T00:00:30Z', Date.parse('2030-01-01T00:00:00Z')) // 30
 */
export function secondsLeft(iso: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(iso) - now) / 1000));
}

/**
 * How long ago an ISO time was, short: "12 s", "3 min", "1 h 5 min".
 *
 * @example
 *   waited('2030-01-01T00:00:00Z', Date.parse('2030-01-01T00:03:10Z')) // '3 min'
 */
export function waited(iso: string, now: number): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * A machine word made readable: "billing_dispute" → "Billing dispute".
 *
 * @example
 *   humanize('explicit_request') // 'Explicit request'
 */
export function humanize(word: string): string {
  const spaced = word.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The local time of day of an ISO time: "14:05".
 *
 * @example
 *   clockTime(message.createdAt)
 */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/**
 * What to call the customer: their name, "Visitor" when anonymous, "Customer" before the
 * packet is known.
 *
 * @example
 *   customerName(packet) // 'Gold Customer'
 */
export function customerName(packet: { customer: { name?: string; verified: boolean } } | undefined): string {
  if (!packet) return 'Customer';
  return packet.customer.name ?? (packet.customer.verified ? 'Name not on record' : 'Visitor');
}

/** Why a handoff happened, by trigger type, in the support team's words. */
export const triggerLabels: Record<string, string> = {
  confidence: 'Assistant unsure',
  sentiment: 'Customer upset',
  explicit_request: 'Asked for a person',
  topic: 'Sensitive topic',
};

/** How a verify item checked out. */
export const verifyLabels: Record<string, string> = {
  matches_record: 'Matches record',
  not_found: 'Not found',
  unverified: 'Unverified',
};
