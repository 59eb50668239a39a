/**
 * Reading a wall clock in an IANA time zone with `Intl.DateTimeFormat` alone. A "wall time"
 * here is the local date and time written as milliseconds since 1970 as if it were UTC, so
 * local days, weekdays and minutes are plain arithmetic.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than formatting with it. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds in a day. */
export const dayMs = 86_400_000;

/**
 * The wall time in `timeZone` at the instant `at`.
 *
 * @example
 *   new Date(wallTime('Asia/Kolkata', new Date('2026-03-09T04:30:00Z'))).toISOString() // '2026-03-09T10:00:00.000Z'
 */
export function wallTime(timeZone: string, at: Date): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = Number(part.value);
  const instant = at.getTime();
  const millis = ((instant % 1000) + 1000) % 1000;
  // Some engines wrote midnight as hour 24 even with h23; read it as 0.
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!) + millis;
}

/**
 * The zone's offset from UTC at `at`, in milliseconds (east positive).
 *
 * @example
 *   utcOffset('Asia/Kolkata', new Date('2026-01-01T00:00:00Z')) // 19_800_000 (+5:30)
 */
export function utcOffset(timeZone: string, at: Date): number {
  return wallTime(timeZone, at) - at.getTime();
}

/**
 * The first instant after `from` and at most `until` (epoch milliseconds) at which the zone's
 * offset differs from its offset at `from`, or undefined when it keeps one offset until
 * then. Steps six hours at a time (no zone changes twice within six hours), then bisects to
 * the millisecond.
 *
 * @example
 *   new Date(nextOffsetChange('America/New_York', Date.parse('2026-03-01T00:00:00Z'), Date.parse('2026-03-31T00:00:00Z'))!).toISOString()
 *   // '2026-03-08T07:00:00.000Z' (02:00 EST becomes 03:00 EDT)
 */
export function nextOffsetChange(timeZone: string, from: number, until: number): number | undefined {
  const step = 6 * 3_600_000;
  const offset = utcOffset(timeZone, new Date(from));
  let same = from;
  while (same < until) {
    const probe = Math.min(same + step, until);
    if (utcOffset(timeZone, new Date(probe)) === offset) {
      same = probe;
      continue;
    }
    let changed = probe;
    while (changed - same > 1) {
      const middle = Math.floor((same + changed) / 2);
      if (utcOffset(timeZone, new Date(middle)) === offset) same = middle;
      else changed = middle;
    }
    return changed;
  }
  return undefined;
}

/**
 * The local date of a wall time, as `YYYY-MM-DD`.
 *
 * @example
 *   localDate(Date.UTC(2026, 11, 25, 9, 30)) // '2026-12-25'
 */
export function localDate(wall: number): string {
  return new Date(Math.floor(wall / dayMs) * dayMs).toISOString().slice(0, 10);
}

/**
 * Whether `timeZone` names a zone this runtime knows, and its canonical spelling.
 *
 * @example
 *   knownTimeZone('europe/berlin') // 'Europe/Berlin'
 *   knownTimeZone('Mars/Olympus')  // undefined
 */
export function knownTimeZone(timeZone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
