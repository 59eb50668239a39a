import type { Deps } from '../core/deps.ts';
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
