import { isCurrency } from './minorUnits.ts';

/** Checks one value and returns it normalized, or what is wrong with it (without the field name). */
export type Rule<T> = (value: unknown) => { value: T } | { problem: string };

const controlCharacters = /[\u0000-\u001f\u007f]/;

/**
 * Text of at most `max` characters, trimmed; a number is taken as its digits (ids in JSON).
 *
 * @example
 *   text(100)(' CUST-1 ') // { value: 'CUST-1' }
 */
export const text =
  (max: number): Rule<string> =>
  (value) => {
    if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value) };
    if (typeof value !== 'string') return { problem: 'is not text' };
    const trimmed = value.trim();
    if (controlCharacters.test(trimmed)) return { problem: 'contains control characters' };
    if (trimmed.length > max) return { problem: `is longer than ${max} characters` };
    return { value: trimmed };
  };

/**
 * Applies `rule`, then `check` on its result; `check` returns the normalized value or undefined.
 *
 * @example
 *   const upper = refine(text(3), (s) => s.toUpperCase(), 'is not a code');
 */
export function refine<T>(rule: Rule<string>, check: (value: string) => T | undefined, problem: string): Rule<T> {
  return (value) => {
    const base = rule(value);
    if ('problem' in base) return base;
    const checked = check(base.value);
    return checked === undefined ? { problem } : { value: checked };
  };
}

/** An email address: something@domain.tld, at most 254 characters.
 * @example emailAddress('a@example.com') // { value: 'a@example.com' } */
export const emailAddress = refine(text(254), (s) => (/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/.test(s) ? s : undefined), 'is not an email address');

/** A phone number: digits with optional +, spaces, dots, dashes and brackets; 5 to 15 digits.
 * @example phoneNumber('+1 (555) 010-0199') // { value: '+1 (555) 010-0199' } */
export const phoneNumber = refine(
  text(32),
  (s) => (/^\+?[0-9(][0-9 ().-]*$/.test(s) && /^(\D*\d){5,15}\D*$/.test(s) ? s : undefined),
  'is not a phone number',
);

/** A tier: any short lowercase word (free, standard, gold, platinum raise priority; others are
 * kept as labels). Capitals are lowered.
 * @example tierName('Gold') // { value: 'gold' } */
export const tierName = refine(text(32), (s) => (/^[a-z][a-z0-9_-]*$/.test(s.toLowerCase()) ? s.toLowerCase() : undefined), 'is not a tier (one lowercase word such as standard, gold or platinum)');

/** A calendar date YYYY-MM-DD that exists.
 * @example calendarDate('2024-02-29') // { value: '2024-02-29' } */
export const calendarDate = refine(text(10), (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) && validDay(s) ? s : undefined), 'is not a date like 2024-05-01');

const instantPattern = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2}))?$/i;

/** An instant: an ISO 8601 date (midnight UTC) or date-time with a time zone, normalized to
 * `toISOString()`. A date-time without a zone is refused: it would mean different instants.
 * @example instant('2024-05-01T12:00:00+02:00') // { value: '2024-05-01T10:00:00.000Z' } */
export const instant = refine(text(40), toInstant, 'is not an ISO 8601 date or date-time with a zone, like 2024-05-01T10:00:00Z');

/** An ISO 4217 currency code; lowercase is raised.
 * @example currencyCode('eur') // { value: 'EUR' } */
export const currencyCode = refine(text(3), (s) => (isCurrency(s.toUpperCase()) ? s.toUpperCase() : undefined), 'is not an ISO 4217 currency code such as USD');

/** The statuses the subscriptions table allows; "canceled" is read as "cancelled".
 * @example subscriptionStatus('Canceled') // { value: 'cancelled' } */
export const subscriptionStatus = refine(
  text(20),
  (s): 'active' | 'past_due' | 'cancelled' | undefined => {
    const status = s.toLowerCase() === 'canceled' ? 'cancelled' : s.toLowerCase();
    return status === 'active' || status === 'past_due' || status === 'cancelled' ? status : undefined;
  },
  'is not a subscription status (active, past_due or cancelled)',
);

/** A whole amount in minor units (cents), zero or more.
 * @example minorAmount(8999) // { value: 8999 } */
export const minorAmount: Rule<number> = (value) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? { value } : { problem: 'is not a whole amount in minor units (cents), zero or more' };

function validDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

function toInstant(value: string): string | undefined {
  const match = instantPattern.exec(value);
  if (!match || !validDay(match[1]!)) return undefined;
  const [, date, hh = '0', mm = '0', ss = '0', fraction = '', zone = 'Z'] = match;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  const [y, m, d] = date!.split('-').map(Number) as [number, number, number];
  const offset = zone.toUpperCase() === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  if (Math.abs(offset) > 18 * 60) return undefined;
  const ms = Date.UTC(y, m - 1, d, Number(hh), Number(mm), Number(ss), Number(fraction.padEnd(3, '0').slice(0, 3))) - offset * 60_000;
  return new Date(ms).toISOString();
}
