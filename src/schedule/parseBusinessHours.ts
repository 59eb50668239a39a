import { weekdays, type BusinessHours, type OpeningRange, type Weekday } from './businessHours.ts';
import { knownTimeZone } from './zonedClock.ts';

const timePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const fields = ['timeZone', 'weekly', 'holidays'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A real calendar date from 1970 to 2100. */
function isSaneDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1970 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** One day's ranges, each problem reported under `path`; sorted by opening when valid. */
function parseDay(value: unknown, path: string, problems: string[]): OpeningRange[] {
  if (!Array.isArray(value)) {
    problems.push(`${path} must be a list of [open, close] pairs such as [["09:00", "17:00"]]`);
    return [];
  }
  const ranges: { range: OpeningRange; path: string }[] = [];
  for (const [index, item] of (value as unknown[]).entries()) {
    const at = `${path}/${index}`;
    if (!Array.isArray(item) || item.length !== 2) {
      problems.push(`${at} must be a pair [open, close] such as ["09:00", "17:00"]`);
      continue;
    }
    const bad = [0, 1].filter((i) => typeof item[i] !== 'string' || !timePattern.test(item[i] as string));
    for (const i of bad) problems.push(`${at}/${i} must be a time HH:MM from 00:00 to 24:00, got ${JSON.stringify(item[i])}`);
    if (bad.length > 0) continue;
    const [open, close] = item as OpeningRange;
    if (open < close) ranges.push({ range: [open, close], path: at });
    else problems.push(`${at} must open before it closes, got ${open}–${close} (hours past midnight are two ranges: …–24:00, then 00:00–… the next day)`);
  }
  ranges.sort((a, b) => (a.range[0] < b.range[0] ? -1 : 1));
  for (let i = 1; i < ranges.length; i++) {
    const [before, after] = [ranges[i - 1]!, ranges[i]!];
    if (after.range[0] < before.range[1]) problems.push(`${after.path} (${after.range.join('–')}) overlaps ${before.path} (${before.range.join('–')})`);
  }
  return ranges.map((r) => r.range);
}

/**
 * Read a team's business hours, listing every problem with its path: an unknown time zone,
 * a time that is not HH:MM, a range that does not open before it closes, overlapping ranges,
 * a weekday that does not exist, a holiday that is not a real date or repeats, unknown
 * fields. `weekly: null` is open around the clock; `holidays` may be left out. Ranges come
 * back sorted and the time zone in its canonical spelling.
 *
 * @example
 *   parseBusinessHours({ timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] } })
 *   // { ok: true, hours: { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] }, holidays: [] } }
 *   parseBusinessHours({ timeZone: 'Mars/Olympus', weekly: { mon: [['17:00', '09:00']] } })
 *   // { ok: false, problems: ['/timeZone must be an IANA time zone such as Europe/Berlin, got "Mars/Olympus"', '/weekly/mon/0 must open before it closes, …'] }
 */
export function parseBusinessHours(input: unknown): { ok: true; hours: BusinessHours } | { ok: false; problems: string[] } {
  if (!isRecord(input)) return { ok: false, problems: ['(business hours) must be an object with timeZone, weekly and holidays'] };
  const problems: string[] = [];
  for (const key of Object.keys(input)) if (!fields.includes(key)) problems.push(`/${key} is not a field of business hours (timeZone, weekly, holidays)`);

  const timeZone = typeof input.timeZone === 'string' ? knownTimeZone(input.timeZone) : undefined;
  if (timeZone === undefined) problems.push(`/timeZone must be an IANA time zone such as Europe/Berlin, got ${JSON.stringify(input.timeZone)}`);

  let weekly: BusinessHours['weekly'] = null;
  if (!('weekly' in input)) problems.push('/weekly is missing (use null for around the clock)');
  else if (input.weekly !== null && !isRecord(input.weekly)) problems.push('/weekly must be an object of weekday to ranges, or null for around the clock');
  else if (isRecord(input.weekly)) {
    const days: Partial<Record<Weekday, OpeningRange[]>> = {};
    for (const [day, value] of Object.entries(input.weekly)) {
      if (!weekdays.includes(day as Weekday)) problems.push(`/weekly/${day} is not a weekday (mon, tue, wed, thu, fri, sat, sun)`);
      else days[day as Weekday] = parseDay(value, `/weekly/${day}`, problems);
    }
    if (Object.values(input.weekly).every((value) => !Array.isArray(value) || value.length === 0)) problems.push('/weekly opens on no day (use null for around the clock)');
    weekly = days;
  }

  const holidays: string[] = [];
  if (input.holidays !== undefined && !Array.isArray(input.holidays)) problems.push('/holidays must be a list of dates YYYY-MM-DD');
  else {
    ((input.holidays ?? []) as unknown[]).forEach((value, index) => {
      if (typeof value !== 'string' || !isSaneDate(value)) problems.push(`/holidays/${index} must be a date YYYY-MM-DD (1970–2100), got ${JSON.stringify(value)}`);
      else if (holidays.includes(value)) problems.push(`/holidays/${index} repeats ${value}`);
      else holidays.push(value);
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, hours: { timeZone: timeZone!, weekly, holidays: holidays.sort() } };
}
