import { percentile } from '../../simulate/percentile.ts';
import type { TriggerType } from '../decideEscalation.ts';
import type { PolicySummary, PriorityBand, ReplayOutcome } from './types.ts';

const triggerTypes: readonly TriggerType[] = ['confidence', 'explicit_request', 'topic', 'sentiment'];

/**
 * What one policy did over the conversations replayed: handoffs and their rate, how many
 * handoffs each trigger fired in, and the priorities of the handoffs (mean, p50, p90, and
 * counts in the bands 0–39, 40–69, 70–100). Pure.
 *
 * @example
 *   summarizeOutcomes([escalatedAt72, notEscalated])
 *   // { handoffs: 1, rate: 0.5, triggers: { topic: 1, ... }, priority: { mean: 72, p50: 72, p90: 72, bands: { '0-39': 0, '40-69': 0, '70-100': 1 } } }
 */
export function summarizeOutcomes(outcomes: readonly ReplayOutcome[]): PolicySummary {
  const handoffs = outcomes.filter((o) => o.escalate);
  const priorities = handoffs.map((o) => o.priority);
  const triggers = Object.fromEntries(triggerTypes.map((type) => [type, handoffs.filter((o) => o.triggers.includes(type)).length])) as Record<TriggerType, number>;
  const bands: Record<PriorityBand, number> = { '0-39': 0, '40-69': 0, '70-100': 0 };
  for (const p of priorities) bands[p < 40 ? '0-39' : p < 70 ? '40-69' : '70-100']++;
  return {
    handoffs: handoffs.length,
    rate: share(handoffs.length, outcomes.length),
    triggers,
    priority: {
      mean: priorities.length ? Math.round((priorities.reduce((a, b) => a + b, 0) / priorities.length) * 10) / 10 : null,
      p50: percentile(priorities, 0.5),
      p90: percentile(priorities, 0.9),
      bands,
    },
  };
}

/**
 * `part / whole` to four decimals; 0 of nothing is 0.
 *
 * @example
 *   share(2, 3) // 0.6667
 */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}
