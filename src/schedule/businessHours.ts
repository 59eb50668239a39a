import { dayMs, localDate, nextOffsetChange, utcOffset, wallTime } from './zonedClock.ts';

/** A day of the week, as business hours name it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** The weekdays in `Date.getUTCDay()` order (Sunday first). */
export const weekdays: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * One opening on one day, local time `HH:MM`: open from the first (included) to the second
 * (excluded). `24:00` closes at the end of the day. A range never crosses midnight: a night
 * shift is two ranges, `['22:00', '24:00']` on one day and `['00:00', '06:00']` on the next.
 */
export type OpeningRange = [open: string, close: string];

/**
 * A team's business hours: data a support team tunes (validated by `parseBusinessHours`).
 * Local times and holiday dates are read in `timeZone`, so a 09:00 opening stays 09:00 local
 * across daylight-saving changes.
 *
 * @example
 *   const berlin: BusinessHours = { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] }, holidays: ['2026-12-25'] };
 */
export interface BusinessHours {
  /** IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Openings per weekday (a missing or empty day is closed); `null` is around the clock. */
  weekly: Partial<Record<Weekday, OpeningRange[]>> | null;
  /** Local dates `YYYY-MM-DD` closed all day, also for a team open around the clock. */
  holidays: string[];
}

/**
 * Open around the clock, every day.
 *
 * @example
 *   isOpen(alwaysOpen, new Date()) // true
 */
export const alwaysOpen: BusinessHours = { timeZone: 'UTC', weekly: null, holidays: [] };

const minuteMs = 60_000;

/** Minutes since midnight of an `HH:MM` time (`24:00` is 1440). */
function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The openings of one local day, as [open, close) wall times; none on a holiday. */
function openingsOn(hours: BusinessHours, dayStart: number): [number, number][] {
  if (hours.holidays.includes(localDate(dayStart))) return [];
  if (hours.weekly === null) return [[dayStart, dayStart + dayMs]];
  const ranges = hours.weekly[weekdays[new Date(dayStart).getUTCDay()]!] ?? [];
  return ranges
    .map(([open, close]): [number, number] => [dayStart + minutesOf(open) * minuteMs, dayStart + minutesOf(close) * minuteMs])
    .sort((a, b) => a[0] - b[0]);
}

/** The first wall time at or after `wall`, and not after `until`, at which the team is open. */
function firstOpenWall(hours: BusinessHours, wall: number, until: number): number | undefined {
  for (let dayStart = Math.floor(wall / dayMs) * dayMs; dayStart <= until; dayStart += dayMs) {
    for (const [open, close] of openingsOn(hours, dayStart)) {
      if (close <= wall) continue;
      const first = Math.max(open, wall);
      return first <= until ? first : undefined;
    }
  }
  return undefined;
}

/**
 * Whether the team is open at the instant `at`.
 *
 * @example
 *   const ny: BusinessHours = { timeZone: 'America/New_York', weekly: { mon: [['09:00', '17:00']] }, holidays: [] };
 *   isOpen(ny, new Date('2026-03-09T13:30:00Z')) // true: 09:30 EDT (the clocks moved on 8 March)
 */
export function isOpen(hours: BusinessHours, at: Date): boolean {
  const wall = wallTime(hours.timeZone, at);
  return firstOpenWall(hours, wall, wall) === wall;
}

/** How far ahead `nextOpening` looks. */
export const openingHorizonDays = 30;

/**
 * When the team is next open: `at` itself when open now, else the first instant after it,
 * or undefined when the team does not open within 30 days. Walks the stretches of constant
 * UTC offset, so an opening inside a daylight-saving gap is the moment the clocks jump, and
 * an hour that repeats in autumn opens twice.
 *
 * @example
 *   const berlin: BusinessHours = { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] }, holidays: [] };
 *   nextOpening(berlin, new Date('2026-10-24T12:00:00Z')) // 2026-10-26T08:00:00.000Z (09:00 CET)
 */
export function nextOpening(hours: BusinessHours, at: Date): Date | undefined {
  const limit = at.getTime() + openingHorizonDays * dayMs;
  for (let start = at.getTime(); start <= limit; ) {
    const offset = utcOffset(hours.timeZone, new Date(start));
    const end = nextOffsetChange(hours.timeZone, start, limit) ?? limit + 1;
    const wall = firstOpenWall(hours, start + offset, end - 1 + offset);
    if (wall !== undefined) return wall - offset <= limit ? new Date(wall - offset) : undefined;
    start = end;
  }
  return undefined;
}
