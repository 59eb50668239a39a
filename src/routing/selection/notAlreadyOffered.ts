import { defineFilter } from './defineFilter.ts';

/**
 * Drop agents who hold a live offer of this handoff already (with simultaneous offers, the
 * next round goes to others).
 *
 * @example
 *   notAlreadyOffered.why(ana, { ...context, alreadyOfferedAgentIds: ['ana'] }) // 'already holds an offer of this handoff'
 */
export const notAlreadyOffered = defineFilter('notAlreadyOffered', (agent, { alreadyOfferedAgentIds }) =>
  alreadyOfferedAgentIds.includes(agent.id) ? 'already holds an offer of this handoff' : null,
);
