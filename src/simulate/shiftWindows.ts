import { dayMs } from '../schedule/zonedClock.ts';
import type { Scenario, Weekday } from './scenario.ts';
import type { SimulationCalendar } from './simulationCalendar.ts';

/** When one agent is on shift: [from, until) in epoch milliseconds. */
export interface ShiftWindow {
  agentId: string;
  from: number;
  until: number;
}

const weekdayOf: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Every agent's time on shift over the run and one day after it (so the queue can drain),
 * with touching or overlapping shifts merged. A shift that began before the first day (a
 * night shift) counts from the start.
 *
 * @example
 *   shiftWindows(defaultScenario, simulationCalendar('Europe/Berlin', '2026-03-02', 1))
 *   // [{ agentId: 'a01', from: <07:00 local>, until: <15:00 local> }, …, { agentId: 'a10', from: <start>, until: <07:00> }, …]
 */
export function shiftWindows(scenario: Scenario, calendar: SimulationCalendar): ShiftWindow[] {
  const days = calendar.dayEnds.length;
  const windows: ShiftWindow[] = [];
  for (const agent of scenario.agents) {
    const own: ShiftWindow[] = [];
    for (let d = -1; d <= days; d++) {
      const dayWall = calendar.startWall + d * dayMs;
      const weekday = weekdayOf[new Date(dayWall).getUTCDay()]!;
      for (const shift of agent.shifts) {
        if (!shift.days.includes(weekday)) continue;
        const start = minutesOf(shift.start);
        const end = minutesOf(shift.end);
        const from = Math.max(calendar.startsAt, calendar.instantOf(dayWall + start * 60_000));
        const until = calendar.instantOf(dayWall + end * 60_000 + (end <= start ? dayMs : 0));
        if (until > from) own.push({ agentId: agent.id, from, until });
      }
    }
    own.sort((a, b) => a.from - b.from);
    for (const window of own) {
      const last = windows.at(-1);
      if (last && last.agentId === agent.id && window.from <= last.until) last.until = Math.max(last.until, window.until);
      else windows.push({ ...window });
    }
  }
  return windows;
}

/** Minutes after midnight of an HH:MM time. */
function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}
