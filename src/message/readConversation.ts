import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import type { Handoff } from '../routing/types.ts';
import type { Conversation, Message } from './types.ts';

/** The most messages one read returns; page on with `afterSeq`. */
export const maxPage = 500;

/**
 * Messages after a sequence number, oldest first: how a client catches up.
 *
 * @example
 *   const { messages } = await readMessages(deps, conversation, 0, 100);
 */
export async function readMessages(deps: Deps, conversation: Conversation, afterSeq: number, limit: number): Promise<Message[]> {
  return deps.store.messages.after(conversation.workspaceId, conversation.id, afterSeq, Math.min(limit, maxPage));
}

/**
 * A conversation of the agent's workspace with its active handoff; another workspace's id
 * is simply not found.
 *
 * @example
 *   const { conversation, handoff } = await readWorkspaceConversation(deps, agent.workspaceId, id);
 */
export async function readWorkspaceConversation(
  deps: Deps,
  workspaceId: string,
  conversationId: string,
): Promise<{ conversation: Conversation; handoff: Handoff | null }> {
  const conversation = await deps.store.conversations.get(workspaceId, conversationId);
  if (!conversation) throw new DomainError('not_found');
  const handoff = (await deps.store.handoffs.activeFor(workspaceId, conversationId)) ?? null;
  return { conversation, handoff };
}
