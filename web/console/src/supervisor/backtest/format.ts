import type { Flip, TriggerType } from './types.ts';

/** Each trigger in words, in the order the report's tables list them. */
export const triggerLabels: Record<TriggerType, string> = {
  explicit_request: 'Asked for a person',
  topic: 'Always-escalate topic',
  sentiment: 'Sentiment',
  confidence: 'Low confidence',
};

/** The triggers in a stable order. */
export const knownTriggers = Object.keys(triggerLabels) as TriggerType[];

const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat('en');
const dateFormat = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });

/**
 * A share from 0 to 1 as a percentage.
 *
 * @example
 *   percent(0.3333) // '33.3%'
 */
export const percent = (share: number): string => percentFormat.format(share);

/**
 * A count with thousands separators.
 *
 * @example
 *   count(5000) // '5,000'
 */
export const count = (n: number): string => countFormat.format(n);

/**
 * A signed change, with a real minus sign so screen readers say "minus", or "no change".
 *
 * @example
 *   signed(33.33, 1, 'points') // '+33.3 points'
 *   signed(-2, 0)              // '−2'
 */
export function signed(change: number, digits: number, unit?: string): string {
  const rounded = Number(change.toFixed(digits));
  if (rounded === 0) return 'no change';
  const text = `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded).toFixed(digits)}`;
  return unit ? `${text} ${unit}` : text;
}

/**
 * A priority figure (mean, p50, p90), or a dash when the policy hands nobody off.
 *
 * @example
 *   priorityFigure(54.25) // '54.3'
 *   priorityFigure(null)  // '—'
 */
export const priorityFigure = (value: number | null): string => (value === null ? '—' : String(Number(value.toFixed(1))));

/**
 * The start of the window in a local date, or null when it has none.
 *
 * @example
 *   sinceLabel('2025-11-17T09:00:00.000Z') // 'Nov 17, 2025'
 */
export function sinceLabel(since: string | null): string | null {
  if (since === null) return null;
  const date = new Date(since);
  return Number.isNaN(date.getTime()) ? since : dateFormat.format(date);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The console link of a conversation, only for an id that is a UUID (nothing else reaches an
 * href), or undefined.
 *
 * @example
 *   conversationHref('0b6c…') // '#/conversations/0b6c…'
 */
export function conversationHref(id: string): string | undefined {
  return uuidPattern.test(id) ? `#/conversations/${id}` : undefined;
}

/**
 * A conversation's short name: the first block of its id.
 *
 * @example
 *   conversationName('0b6c1a2e-…') // 'Conversation 0b6c1a2e'
 */
export const conversationName = (id: string): string => `Conversation ${id.split('-')[0] ?? id}`;

/**
 * A list of triggers in words.
 *
 * @example
 *   triggersText(['topic', 'sentiment']) // 'Always-escalate topic, Sentiment'
 */
export const triggersText = (triggers: readonly TriggerType[]): string => (triggers.length ? triggers.map((t) => triggerLabels[t] ?? t).join(', ') : 'none');

/**
 * What a flip means, in words.
 *
 * @example
 *   flipDirection('new_handoff') // 'would now be handed off'
 */
export const flipDirection = (direction: Flip['direction']): string =>
  direction === 'new_handoff' ? 'would now be handed off' : 'would no longer be handed off';

/**
 * Where the policy that escalates does, in one line.
 *
 * @example
 *   flipWhere(flip) // "The candidate hands it off at the customer's message 2 (turn 3): Always-escalate topic, priority 62."
 */
export function flipWhere(flip: Flip): string {
  const who = flip.direction === 'new_handoff' ? 'The candidate hands it off' : 'The current policy hands it off';
  return `${who} at the customer's message ${flip.customerTurn} (turn ${flip.turn}): ${triggersText(flip.triggers)}, priority ${flip.priority}.`;
}
