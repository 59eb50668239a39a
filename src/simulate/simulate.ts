import { dayMs, localDate } from '../schedule/zonedClock.ts';
import { generateArrivals } from './generateArrivals.ts';
import { randomSource } from './randomSource.ts';
import { startRoutingRun } from './startRoutingRun.ts';
import type { Scenario, SimAgent } from './scenario.ts';
import { scoreEstimates, type EstimatorScore } from './scoreEstimates.ts';
import { shiftWindows } from './shiftWindows.ts';
import { simulationCalendar } from './simulationCalendar.ts';
import { summarizeRouting, type RoutingSummary } from './summarizeRouting.ts';
import type { Arrival, RoutingMode, SimEvent } from './types.ts';

/**
 * The two routing modes, played on the same arrivals, in report order.
 *
 * @example
 *   routingModes // ['skills', 'general']
 */
export const routingModes: readonly RoutingMode[] = ['skills', 'general'];

/** What `baton simulate` prints. */
export interface SimulationReport {
  scenario: string;
  seed: number;
  days: number;
  timeZone: string;
  /** First simulated local day, YYYY-MM-DD. */
  startDate: string;
  startsAt: string;
  endsAt: string;
  handoffs: number;
  routing: Record<RoutingMode, RoutingSummary>;
  /** Each estimator's quotes scored against the waits of that routing mode. */
  estimates: Record<RoutingMode, EstimatorScore[]>;
}

/** A finished simulation: the report, and the history as plain data for a later writer. */
export interface SimulationResult {
  report: SimulationReport;
  agents: SimAgent[];
  arrivals: Arrival[];
  /** Each mode's events in time order: agents on and off, arrivals with quotes, offers, accepts, abandonments, resolutions. */
  history: Record<RoutingMode, SimEvent[]>;
}

/** Where a run stands at the end of a simulated day. */
export interface DayProgress {
  day: number;
  days: number;
  date: string;
  handoffs: number;
  abandonedShare: Record<RoutingMode, number>;
}

/**
 * Simulate `days` days of the scenario with a seed: draw the arrivals once, then play them
 * through skills-based routing and through one general queue, day by day (reporting each day
 * to `onDay`), let both queues drain, and score routing and wait estimates. Pure: the same
 * scenario, days and seed give the same result.
 *
 * @example
 *   const { report } = simulate(defaultScenario, { days: 14, seed: 1 });
 *   report.routing.skills.skillMatchShare > report.routing.general.skillMatchShare! // true
 */
export function simulate(scenario: Scenario, options: { days: number; seed: number; onDay?: (progress: DayProgress) => void }): SimulationResult {
  const { days, seed } = options;
  const calendar = simulationCalendar(scenario.timeZone, scenario.startDate, days);
  const random = randomSource(seed);
  const arrivals = generateArrivals(scenario, calendar, random.fork('arrivals'));
  const windows = shiftWindows(scenario, calendar);
  // Both modes draw offer answers from the same stream, so they differ by routing alone.
  const runs = routingModes.map((mode) => startRoutingRun(scenario, arrivals, windows, mode, random.fork('offers')));
  calendar.dayEnds.forEach((end, d) => {
    for (const run of runs) run.advanceTo(end);
    if (!options.onDay) return;
    const abandoned = (i: number) => runs[i]!.tally.abandoned / Math.max(1, runs[i]!.tally.arrived);
    options.onDay({ day: d + 1, days, date: localDate(calendar.startWall + d * dayMs), handoffs: runs[0]!.tally.arrived, abandonedShare: { skills: abandoned(0), general: abandoned(1) } });
  });
  for (const run of runs) run.finish();
  const [skills, general] = runs as [(typeof runs)[0], (typeof runs)[0]];
  return {
    report: {
      scenario: scenario.name,
      seed,
      days,
      timeZone: scenario.timeZone,
      startDate: scenario.startDate,
      startsAt: new Date(calendar.startsAt).toISOString(),
      endsAt: new Date(calendar.endsAt).toISOString(),
      handoffs: arrivals.length,
      routing: { skills: summarizeRouting(skills), general: summarizeRouting(general) },
      estimates: { skills: scoreEstimates(skills.outcomes, skills.estimators), general: scoreEstimates(general.outcomes, general.estimators) },
    },
    agents: scenario.agents,
    arrivals,
    history: { skills: skills.events, general: general.events },
  };
}
