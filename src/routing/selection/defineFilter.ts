import type { AgentCandidate, AgentFilter, FilterName, SelectionContext } from './types.ts';

/**
 * Make a pipeline filter from its name and its reason to remove one agent.
 *
 * @example
 *   const available = defineFilter('available', (agent) => (agent.presence === 'online' ? null : `presence is ${agent.presence}`));
 */
export function defineFilter(filterName: FilterName, why: (agent: AgentCandidate, context: SelectionContext) => string | null): AgentFilter {
  const filter = (candidates: readonly AgentCandidate[], context: SelectionContext) => candidates.filter((agent) => why(agent, context) === null);
  return Object.assign(filter, { filterName, why });
}
