/**
 * The shapes the supervisor view reads and writes, taken from the server's own definitions
 * (type-only imports, nothing of the server is bundled) so the two cannot drift apart.
 */
export type { LiveQueues, AgentLoad } from '../../../../src/supervision/types.ts';
export type { EscalationPolicy } from '../../../../src/policy/escalationPolicy.ts';
export type { MessageTemplates } from '../../../../src/assistant/messageTemplates.ts';
export type { RoutingPolicy, RoutingTarget } from '../../../../src/routing/policy/routingPolicy.ts';
export type { Topic } from '../../../../src/analysis/types.ts';

import type { LiveQueues } from '../../../../src/supervision/types.ts';

/** One waiting handoff in a queue of `GET /v1/agent/queues`. */
export type WaitingHandoff = LiveQueues['queues'][number]['waiting'][number];

/** One queue of `GET /v1/agent/queues`. */
export type LiveQueue = LiveQueues['queues'][number];

/** The signed-in person, as the console shell passes them in. */
export interface SupervisorMe {
  id: string;
  displayName: string;
  role: string;
}
