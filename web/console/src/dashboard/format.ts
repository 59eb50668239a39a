/**
 * Numbers as the dashboard shows them. A null figure means there was nothing to measure and
 * shows as an en dash, never as 0.
 */

/** What an unmeasured figure shows. */
export const none = '–';

const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/**
 * A share from 0 to 1 as a percentage, one decimal at most.
 *
 * @example
 *   percent(0.5)    // '50%'
 *   percent(0.3333) // '33.3%'
 *   percent(null)   // '–'
 */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? none : percentFormat.format(rate);
}

/** The change of a rate against the previous period, in percentage points. */
export interface Trend {
  direction: 'up' | 'down' | 'flat';
  /** For the eye: "▲ 3.2 pts". */
  short: string;
  /** For everyone: "up 3.2 points from 18% in the previous 7 days". */
  text: string;
}

/**
 * How a rate moved since the previous period, or null when either is unmeasured.
 *
 * @example
 *   trend(0.25, 0.2, 7)?.text // 'up 5 points from 20% in the previous 7 days'
 */
export function trend(rate: number | null, previous: number | null, days: number): Trend | null {
  if (rate === null || previous === null) return null;
  const points = Math.round((rate - previous) * 1000) / 10;
  const size = `${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
  const before = `${percent(previous)} in the previous ${days} days`;
  if (points === 0) return { direction: 'flat', short: '= 0 pts', text: `no change from ${before}` };
  return points > 0
    ? { direction: 'up', short: `▲ ${points} pts`, text: `up ${size} from ${before}` }
    : { direction: 'down', short: `▼ ${Math.abs(points)} pts`, text: `down ${size} from ${before}` };
}

/**
 * A number of seconds, short: "42 s", "3 min 5 s", "2 h 10 min".
 *
 * @example
 *   duration(185)  // '3 min 5 s'
 *   duration(null) // '–'
 */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return none;
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return whole % 60 ? `${minutes} min ${whole % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

/**
 * A CSAT average on the 1–5 scale, one decimal.
 *
 * @example
 *   score(4.25) // '4.3'
 */
export function score(average: number | null | undefined): string {
  return average === null || average === undefined || !Number.isFinite(average) ? none : average.toFixed(1);
}

/**
 * A count with its noun, singular or plural.
 *
 * @example
 *   count(1, 'answer') // '1 answer'
 *   count(3, 'reply', 'replies') // '3 replies'
 */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

const dayFormat = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * A series day (`YYYY-MM-DD`, the UTC date its 24 hours start on) as "Nov 17".
 *
 * @example
 *   dayLabel('2025-11-17') // 'Nov 17'
 */
export function dayLabel(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

const dateFormat = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });

/**
 * The period a report covers, in local dates: "Nov 17 – Nov 24, 2025".
 *
 * @example
 *   periodLabel(report.period.from, report.period.to)
 */
export function periodLabel(from: string, to: string): string {
  const [start, end] = [new Date(from), new Date(to)];
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${from} – ${to}`;
  return dateFormat.formatRange(start, end);
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
