import { dayMs, utcOffset, wallTime } from '../schedule/zonedClock.ts';

/** The simulated days, as instants. */
export interface SimulationCalendar {
  timeZone: string;
  /** Local midnight of the first day, epoch milliseconds. */
  startsAt: number;
  /** Local midnight after the last day: arrivals stop here (the queue then drains). */
  endsAt: number;
  /** The instant each simulated local day ends. */
  dayEnds: number[];
  /** The local midnight of the first day as a wall time (see zonedClock.ts). */
  startWall: number;
  /** The instant a wall time names; in the hour a spring change skips, the instant an hour later. */
  instantOf(wall: number): number;
  /** The local hour 0–23 and whether it is a weekend day, at an instant. */
  localHour(at: number): { hour: number; weekend: boolean };
}

/**
 * The calendar of a run of `days` local days from `startDate` in `timeZone`, across
 * daylight-saving changes (a simulated day may be 23 or 25 hours long).
 *
 * @example
 *   const calendar = simulationCalendar('Europe/Berlin', '2026-03-02', 14);
 *   new Date(calendar.startsAt).toISOString() // '2026-03-01T23:00:00.000Z'
 *   calendar.localHour(calendar.startsAt)      // { hour: 0, weekend: false }
 */
export function simulationCalendar(timeZone: string, startDate: string, days: number): SimulationCalendar {
  const startWall = Date.parse(`${startDate}T00:00:00Z`);
  const instantOf = (wall: number) => {
    const guess = wall - utcOffset(timeZone, new Date(wall));
    const offset = utcOffset(timeZone, new Date(guess));
    return wall - offset;
  };
  const dayEnds = Array.from({ length: days }, (_, d) => instantOf(startWall + (d + 1) * dayMs));
  return {
    timeZone,
    startsAt: instantOf(startWall),
    endsAt: dayEnds[days - 1] ?? instantOf(startWall),
    dayEnds,
    startWall,
    instantOf,
    localHour(at) {
      const wall = wallTime(timeZone, new Date(at));
      const weekday = new Date(wall).getUTCDay();
      return { hour: new Date(wall).getUTCHours(), weekend: weekday === 0 || weekday === 6 };
    },
  };
}
