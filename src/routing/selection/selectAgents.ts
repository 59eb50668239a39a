import { available } from './available.ts';
import { eligible } from './eligible.ts';
import { inQueue } from './inQueue.ts';
import { leastBusy } from './leastBusy.ts';
import { longestIdle } from './longestIdle.ts';
import { notAlreadyOffered } from './notAlreadyOffered.ts';
import { notDeclined } from './notDeclined.ts';
import { optionalSkillsMet } from './optionalSkillsMet.ts';
import { optionalUntilRelaxed } from './optionalUntilRelaxed.ts';
import { underCapacity } from './underCapacity.ts';
import type { AgentCandidate, AgentFilter, Removal, Selection, SelectionContext, SelectionStrategy } from './types.ts';

/**
 * The filters, in the order they run; the first that rejects an agent is the one named.
 *
 * @example
 *   selectionFilters.map((f) => f.filterName) // ['eligible', 'inQueue', 'optionalUntilRelaxed', 'available', 'underCapacity', 'notDeclined', 'notAlreadyOffered']
 */
export const selectionFilters: readonly AgentFilter[] = [eligible, inQueue, optionalUntilRelaxed, available, underCapacity, notDeclined, notAlreadyOffered];

const strategies: Record<SelectionStrategy, (a: AgentCandidate, b: AgentCandidate, nowMs: number) => number> = {
  longest_idle: longestIdle,
  least_busy: leastBusy,
};

/**
 * Whom to offer a handoff to, best first: the agents who pass every filter, ranked by how
 * many optional skills they have, then by the strategy (ties by id); agents who let an offer
 * of this handoff lapse come after the others. The customer's known agent goes first when
 * they pass every filter. `removed` says which filter dropped whom and
 * why, for the routing explanation. Pure and deterministic.
 *
 * @example
 *   selectAgents([ana, bo, cy], context, 'least_busy')
 *   // { chosen: [bo, ana], removed: [{ agentId: 'cy', filter: 'available', reason: 'presence is away' }] }
 */
export function selectAgents(agents: readonly AgentCandidate[], context: SelectionContext, strategy: SelectionStrategy = 'longest_idle'): Selection {
  const removed: Removal[] = [];
  const candidates: AgentCandidate[] = [];
  // Each filter judges one agent at a time, so one walk over the agents gives the same result
  // as running the filters one after another over the list, at one `why` per agent and filter.
  for (const agent of agents) {
    let kept = true;
    for (const filter of selectionFilters) {
      const reason = filter.why(agent, context);
      if (reason === null) continue;
      removed.push({ agentId: agent.id, filter: filter.filterName, reason });
      kept = false;
      break;
    }
    if (kept) candidates.push(agent);
  }
  const optionalCount = new Map(candidates.map((a) => [a.id, optionalSkillsMet(a, context.target.optionalSkills).length]));
  const order = strategies[strategy];
  const lapsed = new Set(context.lapsedAgentIds ?? []);
  const chosen = candidates.sort(
    (a, b) => Number(lapsed.has(a.id)) - Number(lapsed.has(b.id)) || optionalCount.get(b.id)! - optionalCount.get(a.id)! || order(a, b, context.nowMs),
  );
  const known = chosen.findIndex((a) => a.id === context.knownAgentId);
  if (known > 0) chosen.unshift(...chosen.splice(known, 1));
  return { chosen, removed };
}
