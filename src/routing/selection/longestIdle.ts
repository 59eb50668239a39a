import type { AgentCandidate } from './types.ts';

/**
 * The `longest_idle` order: idle the longest first (earliest `idleSinceMs`, a future one read
 * as now), then the one given a handoff least recently (never first), then by id.
 *
 * @example
 *   [bo, ana].sort((a, b) => longestIdle(a, b, nowMs)) // ana first when she has been idle longer
 */
export function longestIdle(a: AgentCandidate, b: AgentCandidate, nowMs: number): number {
  const idle = Math.min(a.idleSinceMs, nowMs) - Math.min(b.idleSinceMs, nowMs);
  if (idle !== 0) return idle;
  const assigned = (a.lastAssignedAtMs ?? -Infinity) - (b.lastAssignedAtMs ?? -Infinity);
  if (assigned !== 0 && !Number.isNaN(assigned)) return assigned;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
