import { longestIdle } from './longestIdle.ts';
import type { AgentCandidate } from './types.ts';

/**
 * The `least_busy` order: the lowest share of capacity in use first (1 of 4 before 1 of 2),
 * then `longestIdle`.
 *
 * @example
 *   [ana, bo].sort((a, b) => leastBusy(a, b, nowMs)) // bo first when he holds 0 of 2 and ana 1 of 3
 */
export function leastBusy(a: AgentCandidate, b: AgentCandidate, nowMs: number): number {
  // Cross-multiplied, so equal shares (1/2 and 2/4) tie exactly.
  const share = a.load * b.capacity - b.load * a.capacity;
  return share !== 0 ? share : longestIdle(a, b, nowMs);
}
