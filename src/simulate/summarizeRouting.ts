import { percentile } from './percentile.ts';
import type { RoutingRun } from './startRoutingRun.ts';

/** How one routing mode did. Waits are of answered handoffs (escalation → accepted). */
export interface RoutingSummary {
  handoffs: number;
  answered: number;
  abandoned: number;
  /** Abandoned ÷ handoffs. */
  abandonedShare: number;
  waitP50Seconds: number | null;
  waitP90Seconds: number | null;
  /** Of the answered, the share taken by an agent with the category skill and the language. */
  skillMatchShare: number | null;
  /** Conversation time ÷ (capacity × time online), over all agents. */
  utilization: number | null;
}

/**
 * The routing table's row for a finished (or partly played) run.
 *
 * @example
 *   summarizeRouting(run) // { handoffs: 4810, answered: 4702, abandoned: 108, abandonedShare: 0.022, waitP50Seconds: 9, … }
 */
export function summarizeRouting(run: RoutingRun): RoutingSummary {
  const waits: number[] = [];
  let abandoned = 0;
  let matched = 0;
  for (const outcome of run.outcomes) {
    if (outcome.waitSeconds !== undefined) {
      waits.push(outcome.waitSeconds);
      if (outcome.skillMatch) matched++;
    } else if (outcome.abandonedAfterSeconds !== undefined) abandoned++;
  }
  const handoffs = run.outcomes.length;
  return {
    handoffs,
    answered: waits.length,
    abandoned,
    abandonedShare: handoffs === 0 ? 0 : abandoned / handoffs,
    waitP50Seconds: percentile(waits, 0.5),
    waitP90Seconds: percentile(waits, 0.9),
    skillMatchShare: waits.length === 0 ? null : matched / waits.length,
    utilization: run.load.capacitySeconds === 0 ? null : run.load.busySeconds / run.load.capacitySeconds,
  };
}
