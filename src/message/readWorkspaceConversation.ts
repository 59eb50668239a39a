import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import type { Handoff } from '../routing/types.ts';
import type { Conversation } from './types.ts';

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
