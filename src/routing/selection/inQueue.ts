import { defineFilter } from './defineFilter.ts';

/**
 * Keep the agents of the target's queue: when the queue names a team (by category or name),
 * its members and the agents who belong to no team (floaters, leads); when no team has that
 * name, every agent.
 *
 * @example
 *   inQueue.why({ ...ana, teamId: 'tech' }, { ...context, queueTeamId: 'billing' }) // 'not in the queue's team'
 */
export const inQueue = defineFilter('inQueue', (agent, { queueTeamId }) =>
  queueTeamId && agent.teamId && agent.teamId !== queueTeamId ? "not in the queue's team" : null,
);
