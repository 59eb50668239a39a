import type { SimulationReport } from './simulate.ts';
import type { RoutingMode } from './types.ts';

const modeNames: Record<RoutingMode, string> = { skills: 'skills-based', general: 'general queue' };

/**
 * The report as text tables: one row per routing mode, then for each mode how each wait
 * estimator's promises held.
 *
 * @example
 *   console.log(formatSimulationReport(simulate(defaultScenario, { days: 14, seed: 1 }).report));
 *   // Routing          Handoffs  Answered  Abandoned  Wait p50  Wait p90  Skill match  Utilization
 *   // skills-based        6,371     …
 */
export function formatSimulationReport(report: SimulationReport): string {
  const lines = [
    `Baton simulate: scenario "${report.scenario}", ${report.days} day${report.days === 1 ? '' : 's'} from ${report.startDate} (${report.timeZone}), seed ${report.seed}`,
    `${count(report.handoffs)} handoffs; both routing modes see the same arrivals.`,
    '',
    ...table(
      ['Routing', 'Handoffs', 'Answered', 'Abandoned', 'Wait p50', 'Wait p90', 'Skill match', 'Utilization'],
      (['skills', 'general'] as const).map((mode) => {
        const r = report.routing[mode];
        return [modeNames[mode], count(r.handoffs), count(r.answered), share(r.abandonedShare), duration(r.waitP50Seconds), duration(r.waitP90Seconds), share(r.skillMatchShare), share(r.utilization)];
      }),
    ),
  ];
  for (const mode of ['skills', 'general'] as const) {
    const scores = report.estimates[mode];
    lines.push('', `Wait estimates with ${modeNames[mode]} routing (quoted at ${count(scores[0]?.quoted ?? 0)} handoffs)`);
    lines.push(
      ...table(
        ['Estimator', 'Kept', 'Quote/actual p50', 'p90', 'Mean abs. error', 'Mean quote'],
        scores.map((s) => [s.label, share(s.keptShare), ratio(s.ratioP50), ratio(s.ratioP90), duration(s.meanAbsoluteErrorSeconds), duration(s.meanQuoteSeconds)]),
      ),
    );
  }
  lines.push(
    '',
    'Waits run from escalation to an agent accepting. A promise is kept when an agent accepted within the quote;',
    'a customer who left after the quote elapsed is a broken promise, one who left before it is not judged.',
    'Quote/actual above 1 means the customer was told a longer wait than they had.',
  );
  return lines.join('\n');
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function share(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}

function ratio(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

/** 9 s, 2m 34s, 1h 05m. */
function duration(seconds: number | null): string {
  if (seconds === null) return '–';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
