import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { maskSecrets } from '../message/maskSecrets.ts';
import type { Conversation } from '../message/types.ts';
import type { CsatResponse } from './types.ts';

/** The longest comment kept (the schema's limit too). */
export const maxCommentLength = 2000;

/**
 * The customer rates a resolved conversation, 1-5 with an optional comment. Only once
 * (`csat_already_given`), only after resolution (`conversation_not_resolved`). The comment is masked
 * like a message (P1). The event
 * carries the score and whether there was a comment, never its text.
 *
 * @example
 *   await submitCsat(deps, conversation, { score: 5, comment: 'Quick and kind' })
 */
export async function submitCsat(deps: Deps, conversation: Conversation, answer: { score: number; comment?: string }): Promise<CsatResponse> {
  const { workspaceId, id } = conversation;
  // Masked like every message (card numbers, passwords), then cut to the stored limit.
  const comment = maskSecrets(answer.comment ?? '').text.trim().slice(0, maxCommentLength) || null;
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const current = await tx.conversations.get(workspaceId, id);
    if (current?.status !== 'resolved') throw new DomainError('conversation_not_resolved');
    const stored = await tx.csat.record(workspaceId, id, { score: answer.score, comment });
    if (!stored) throw new DomainError('csat_already_given');
    emit({ type: 'csat.submitted', conversationId: id, payload: { score: stored.score, comment: stored.comment !== null } });
    return stored;
  });
}
