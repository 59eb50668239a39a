import { DomainError } from '../core/errors.ts';
import type { Store } from '../core/store.ts';
import type { Conversation } from '../message/types.ts';
import type { Agent } from './types.ts';

/**
 * Lock a conversation for this transaction and check it is with this agent: `not_found`
 * outside the agent's workspace, `conversation_not_with_agent` when someone else (or nobody)
 * holds it.
 *
 * @example
 *   const conversation = await lockAssignedConversation(tx, agent, conversationId);
 */
export async function lockAssignedConversation(tx: Store, agent: Agent, conversationId: string): Promise<Conversation> {
  const conversation = await tx.conversations.lock(agent.workspaceId, conversationId);
  if (!conversation) throw new DomainError('not_found');
  if (conversation.status !== 'with_agent' || conversation.assignedAgentId !== agent.id) {
    throw new DomainError('conversation_not_with_agent');
  }
  return conversation;
}
