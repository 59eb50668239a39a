import { defineFilter } from './defineFilter.ts';

/**
 * Keep agents who are online; away and offline agents get no offers.
 *
 * @example
 *   available.why({ ...ana, presence: 'away' }, context) // 'presence is away'
 */
export const available = defineFilter('available', (agent) => (agent.presence === 'online' ? null : `presence is ${agent.presence}`));
