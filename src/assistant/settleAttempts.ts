import type { Store } from '../core/store.ts';
import type { Message } from '../message/types.ts';
import { inferOutcome } from './attempts/inferOutcome.ts';

/**
 * Settle each attempted resolution still `offered` from the first customer message after it:
 * "thanks, that worked" → succeeded, "I can't find the charge in the portal" → failed,
 * "no thanks" → declined; anything else leaves it offered. Runs inside the caller's transaction.
 *
 * @example
 *   await settleAttempts(tx, workspaceId, conversationId, messages);
 */
export async function settleAttempts(tx: Store, workspaceId: string, conversationId: string, messages: readonly Message[]): Promise<void> {
  const attempts = await tx.attempts.list(workspaceId, conversationId);
  for (const attempt of attempts) {
    if (attempt.outcome !== 'offered' || attempt.atSeq === undefined) continue;
    const reply = messages.find((m) => m.seq > attempt.atSeq! && m.authorKind === 'customer');
    if (!reply) continue;
    const reading = inferOutcome(attempt, reply.body);
    if (reading.outcome !== 'offered') await tx.attempts.settle(workspaceId, conversationId, attempt.atSeq, reading.outcome, reading.evidence);
  }
}
