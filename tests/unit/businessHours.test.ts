import { describe, expect, it } from 'vitest';
import { alwaysOpen, isOpen, nextOpening, type BusinessHours, type OpeningRange } from '../../src/schedule/businessHours.ts';
import { parseBusinessHours } from '../../src/schedule/parseBusinessHours.ts';

const nineToFive: OpeningRange[] = [['09:00', '17:00']];
const weekdaysNineToFive = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
const team = (timeZone: string, weekly: BusinessHours['weekly'] = weekdaysNineToFive, holidays: string[] = []): BusinessHours => ({ timeZone, weekly, holidays });
const at = (iso: string) => new Date(iso);
const next = (hours: BusinessHours, iso: string) => nextOpening(hours, at(iso))?.toISOString();

describe('parseBusinessHours', () => {
  it('accepts a week, sorts its ranges, spells the zone canonically and defaults holidays', () => {
    const parsed = parseBusinessHours({ timeZone: 'europe/berlin', weekly: { mon: [['13:00', '17:00'], ['09:00', '12:00']], sat: [] } });
    expect(parsed).toEqual({ ok: true, hours: { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '12:00'], ['13:00', '17:00']], sat: [] }, holidays: [] } });
  });

  it('reads weekly: null as around the clock, touching ranges and 24:00 as fine', () => {
    expect(parseBusinessHours({ timeZone: 'UTC', weekly: null, holidays: ['2026-12-25'] })).toEqual({ ok: true, hours: { timeZone: 'UTC', weekly: null, holidays: ['2026-12-25'] } });
    expect(parseBusinessHours({ timeZone: 'UTC', weekly: { fri: [['12:00', '24:00'], ['00:00', '12:00']] } }).ok).toBe(true);
  });

  it('lists every problem, each with its path', () => {
    const parsed = parseBusinessHours({
      timeZone: 'Mars/Olympus',
      weekly: { mon: [['9:00', '17:00']], tue: [['17:00', '09:00']], wed: [['09:00', '12:00'], ['11:30', '13:00']], thu: [['09:00', '25:00']], funday: [], fri: 'all day' },
      holidays: ['2026-02-30', '2026-12-25', '2026-12-25', 20261231],
      timezone: 'UTC',
    });
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems).toEqual([
      '/timezone is not a field of business hours (timeZone, weekly, holidays)',
      '/timeZone must be an IANA time zone such as Europe/Berlin, got "Mars/Olympus"',
      '/weekly/mon/0/0 must be a time HH:MM from 00:00 to 24:00, got "9:00"',
      '/weekly/tue/0 must open before it closes, got 17:00–09:00 (hours past midnight are two ranges: …–24:00, then 00:00–… the next day)',
      '/weekly/wed/1 (11:30–13:00) overlaps /weekly/wed/0 (09:00–12:00)',
      '/weekly/thu/0/1 must be a time HH:MM from 00:00 to 24:00, got "25:00"',
      '/weekly/funday is not a weekday (mon, tue, wed, thu, fri, sat, sun)',
      '/weekly/fri must be a list of [open, close] pairs such as [["09:00", "17:00"]]',
      '/holidays/0 must be a date YYYY-MM-DD (1970–2100), got "2026-02-30"',
      '/holidays/2 repeats 2026-12-25',
      '/holidays/3 must be a date YYYY-MM-DD (1970–2100), got 20261231',
    ]);
  });

  it('refuses a non-object, a missing week and a week with no opening', () => {
    expect(parseBusinessHours('9 to 5')).toEqual({ ok: false, problems: ['(business hours) must be an object with timeZone, weekly and holidays'] });
    expect(parseBusinessHours({ timeZone: 'UTC' })).toEqual({ ok: false, problems: ['/weekly is missing (use null for around the clock)'] });
    expect(parseBusinessHours({ timeZone: 'UTC', weekly: { mon: [] } })).toEqual({ ok: false, problems: ['/weekly opens on no day (use null for around the clock)'] });
    expect(parseBusinessHours({ timeZone: 'UTC', weekly: null, holidays: '2026-12-25' })).toEqual({ ok: false, problems: ['/holidays must be a list of dates YYYY-MM-DD'] });
  });
});

describe('isOpen and nextOpening', () => {
  it('America/New_York keeps 09:00 local across the spring change (2026-03-08)', () => {
    const ny = team('America/New_York');
    expect(isOpen(ny, at('2026-03-06T13:30:00Z'))).toBe(false); // Friday 08:30 EST
    expect(isOpen(ny, at('2026-03-06T14:00:00Z'))).toBe(true); // Friday 09:00 EST
    expect(isOpen(ny, at('2026-03-09T13:30:00Z'))).toBe(true); // Monday 09:30 EDT
    expect(isOpen(ny, at('2026-03-09T21:00:00Z'))).toBe(false); // Monday 17:00 EDT
    expect(next(ny, '2026-03-06T22:30:00Z')).toBe('2026-03-09T13:00:00.000Z'); // Friday evening → Monday 09:00 EDT
  });

  it('an opening inside the skipped hour opens when the clocks jump', () => {
    const ny = team('America/New_York', { sun: [['02:30', '05:00']] });
    expect(isOpen(ny, at('2026-03-08T06:59:59Z'))).toBe(false); // 01:59:59 EST
    expect(isOpen(ny, at('2026-03-08T07:00:00Z'))).toBe(true); // 03:00 EDT
    expect(next(ny, '2026-03-08T05:00:00Z')).toBe('2026-03-08T07:00:00.000Z');
    expect(next(ny, '2026-03-01T05:00:00Z')).toBe('2026-03-01T07:30:00.000Z'); // a week earlier: 02:30 EST
  });

  it('Europe/Berlin keeps 09:00 local across the autumn change (2026-10-25)', () => {
    const berlin = team('Europe/Berlin');
    expect(isOpen(berlin, at('2026-10-23T07:00:00Z'))).toBe(true); // Friday 09:00 CEST
    expect(isOpen(berlin, at('2026-10-26T07:30:00Z'))).toBe(false); // Monday 08:30 CET
    expect(isOpen(berlin, at('2026-10-26T08:00:00Z'))).toBe(true); // Monday 09:00 CET
    expect(next(berlin, '2026-10-23T15:30:00Z')).toBe('2026-10-26T08:00:00.000Z');
  });

  it('an hour that repeats in autumn is open both times', () => {
    const berlin = team('Europe/Berlin', { sun: [['02:00', '02:30']] });
    expect(isOpen(berlin, at('2026-10-25T00:10:00Z'))).toBe(true); // 02:10 CEST
    expect(isOpen(berlin, at('2026-10-25T00:45:00Z'))).toBe(false); // 02:45 CEST
    expect(isOpen(berlin, at('2026-10-25T01:10:00Z'))).toBe(true); // 02:10 CET
    expect(next(berlin, '2026-10-25T00:45:00Z')).toBe('2026-10-25T01:00:00.000Z');
  });

  it('Australia/Sydney: Monday 09:00 is Sunday in UTC, +11 before 5 April and +10 after', () => {
    const sydney = team('Australia/Sydney');
    expect(isOpen(sydney, at('2026-03-01T22:00:00Z'))).toBe(true);
    expect(next(sydney, '2026-03-01T12:00:00Z')).toBe('2026-03-01T22:00:00.000Z');
    expect(next(sydney, '2026-04-03T07:00:00Z')).toBe('2026-04-05T23:00:00.000Z'); // Friday 18:00 AEDT → Monday 09:00 AEST
  });

  it('Asia/Kolkata opens on the half hour (+5:30)', () => {
    const kolkata = team('Asia/Kolkata', { ...weekdaysNineToFive, mon: [['10:00', '18:00']] });
    expect(isOpen(kolkata, at('2026-03-09T04:29:59Z'))).toBe(false);
    expect(isOpen(kolkata, at('2026-03-09T04:30:00Z'))).toBe(true);
    expect(next(kolkata, '2026-03-09T00:00:00Z')).toBe('2026-03-09T04:30:00.000Z');
    expect(isOpen(kolkata, at('2026-03-09T12:29:59.999Z'))).toBe(true); // 17:59:59.999
    expect(isOpen(kolkata, at('2026-03-09T12:30:00Z'))).toBe(false); // 18:00, closing is excluded
  });

  it('closes on holidays, read as local dates', () => {
    const ny = team('America/New_York', weekdaysNineToFive, ['2026-12-25']);
    expect(isOpen(ny, at('2026-12-25T15:00:00Z'))).toBe(false);
    expect(next(ny, '2026-12-24T23:00:00Z')).toBe('2026-12-28T14:00:00.000Z'); // Thursday evening → Monday
    const sydney = team('Australia/Sydney', weekdaysNineToFive, ['2026-01-26']);
    expect(isOpen(sydney, at('2026-01-25T23:00:00Z'))).toBe(false); // Monday 10:00 AEDT, Australia Day
    expect(next(sydney, '2026-01-25T23:00:00Z')).toBe('2026-01-26T22:00:00.000Z');
  });

  it('answers now when open, and finds the next range after a break', () => {
    const lunch = team('Europe/Berlin', { mon: [['09:00', '12:00'], ['13:00', '17:00']] });
    expect(next(lunch, '2026-03-09T09:15:00Z')).toBe('2026-03-09T09:15:00.000Z'); // 10:15 CET, open
    expect(next(lunch, '2026-03-09T11:30:00Z')).toBe('2026-03-09T12:00:00.000Z'); // 12:30 → 13:00
  });

  it('a night shift is two ranges, open through midnight', () => {
    const nights = team('UTC', { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] });
    expect(isOpen(nights, at('2026-03-09T23:59:59Z'))).toBe(true);
    expect(isOpen(nights, at('2026-03-10T00:00:00Z'))).toBe(true);
    expect(isOpen(nights, at('2026-03-10T06:00:00Z'))).toBe(false);
  });

  it('around the clock is always open, except on its holidays', () => {
    expect(isOpen(alwaysOpen, at('2026-03-08T07:00:00Z'))).toBe(true);
    expect(next(alwaysOpen, '2026-03-08T07:00:00Z')).toBe('2026-03-08T07:00:00.000Z');
    const closedChristmas = team('Europe/Berlin', null, ['2026-12-25']);
    expect(isOpen(closedChristmas, at('2026-12-25T12:00:00Z'))).toBe(false);
    expect(next(closedChristmas, '2026-12-25T12:00:00Z')).toBe('2026-12-25T23:00:00.000Z'); // midnight CET
  });

  it('is undefined only when the team does not open within 30 days', () => {
    const mondays = ['2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'];
    expect(next(team('UTC', { mon: nineToFive }, mondays), '2026-03-08T00:00:00Z')).toBe('2026-04-06T09:00:00.000Z'); // 29 days on
    expect(next(team('UTC', { mon: nineToFive }, [...mondays, '2026-04-06']), '2026-03-08T00:00:00Z')).toBeUndefined();
    expect(next(team('UTC', {}), '2026-03-08T00:00:00Z')).toBeUndefined();
  });
});
