import type { RandomSource } from './randomSource.ts';
import type { Scenario } from './scenario.ts';
import type { SimulationCalendar } from './simulationCalendar.ts';
import type { Arrival } from './types.ts';

const hourMs = 3_600_000;

/**
 * Every handoff of the run, drawn once so that both routing modes see the same customers: a
 * Poisson process whose rate is the scenario's curve for the local hour (weekday or
 * weekend), then for each arrival its category, language, tier, patience and base handling
 * time. Priority is the category's base plus the tier's boost.
 *
 * @example
 *   const arrivals = generateArrivals(defaultScenario, simulationCalendar('Europe/Berlin', '2026-03-02', 1), randomSource(1));
 *   arrivals[0] // { handoffId: 'h00001', at: …, category: 'technical', language: 'en', tier: 'standard', priority: 40, … }
 */
export function generateArrivals(scenario: Scenario, calendar: SimulationCalendar, random: RandomSource): Arrival[] {
  const arrivals: Arrival[] = [];
  for (let hourStart = calendar.startsAt; hourStart < calendar.endsAt; hourStart += hourMs) {
    const hourEnd = Math.min(hourStart + hourMs, calendar.endsAt);
    const { hour, weekend } = calendar.localHour(hourStart);
    const perHour = (weekend ? scenario.arrivalsPerHour.weekend : scenario.arrivalsPerHour.weekday)[hour] ?? 0;
    if (perHour <= 0) continue;
    const meanGapMs = hourMs / perHour;
    for (let at = hourStart + random.exponential(meanGapMs); at < hourEnd; at += random.exponential(meanGapMs)) {
      const category = random.pick(scenario.categories);
      const tier = random.pick(scenario.tiers);
      const handling = scenario.handling[category]!;
      arrivals.push({
        handoffId: `h${String(arrivals.length + 1).padStart(5, '0')}`,
        at: Math.round(at),
        category,
        language: random.pick(scenario.languages),
        tier,
        priority: (scenario.priority.byCategory[category] ?? 0) + (scenario.priority.byTier[tier] ?? 0),
        patienceSeconds: random.lognormal(scenario.patience.medianSeconds, scenario.patience.p90Seconds),
        workSeconds: random.lognormal(handling.medianSeconds, handling.p90Seconds),
      });
    }
  }
  return arrivals;
}
