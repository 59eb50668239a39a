import type { Deps } from '../core/deps.ts';
import type { Conversation } from '../message/types.ts';
import type { Agent } from './types.ts';

/**
 * The conversations an agent is working now (assigned to them, not resolved), newest activity first.
 *
 * @example
 *   const mine = await listMyConversations(deps, agent);
 */
export function listMyConversations(deps: Deps, agent: Agent): Promise<Conversation[]> {
  return deps.store.conversations.assignedTo(agent.workspaceId, agent.id);
}
