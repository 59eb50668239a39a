import { defineFilter } from './defineFilter.ts';

/**
 * Drop agents who declined this handoff (or let its offer time out): never offered it twice.
 *
 * @example
 *   notDeclined.why(ana, { ...context, declinedAgentIds: ['ana'] }) // 'declined this handoff'
 */
export const notDeclined = defineFilter('notDeclined', (agent, { declinedAgentIds }) => (declinedAgentIds.includes(agent.id) ? 'declined this handoff' : null));
