import { defineFilter } from './defineFilter.ts';

/**
 * Keep agents with room for one more conversation on this channel (load below capacity).
 *
 * @example
 *   underCapacity.why({ ...ana, load: 3, capacity: 3 }, context) // 'at capacity 3/3'
 */
export const underCapacity = defineFilter('underCapacity', (agent) => (agent.load < agent.capacity ? null : `at capacity ${agent.load}/${agent.capacity}`));
