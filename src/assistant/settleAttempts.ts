import type { Store } from '../core/store.ts';
import type { Message } from '../message/types.ts';
import type { AttemptedResolution } from '../packet/types.ts';
import { inferOutcome } from './attempts/inferOutcome.ts';

/** Words by which a customer names what an action gave them ("the portal", "the link"). */
const namedBy: Record<string, RegExp> = {
  refund_portal: /\bportal\b/i,
  password_reset: /\b(reset )?link\b|\bemail\b/i,
  plan_change: /\bplan page\b|\bplans? page\b/i,
  troubleshooting: /\bsteps?\b/i,
};

/**
 * Settle each attempted resolution still `offered` from the first customer message after it:
 * "thanks, that worked" → succeeded, "I can't find the charge in the portal" → failed,
 * "no thanks" → declined; anything else leaves it offered. When a failure or refusal names an
 * earlier attempt ("the portal" after the refund portal was offered, then an article), it
 * settles that attempt, not the latest. Runs inside the caller's transaction.
 *
 * @example
 *   await settleAttempts(tx, workspaceId, conversationId, messages);
 */
export async function settleAttempts(tx: Store, workspaceId: string, conversationId: string, messages: readonly Message[]): Promise<void> {
  const open = (await tx.attempts.list(workspaceId, conversationId)).filter((a) => a.outcome === 'offered' && a.atSeq !== undefined);
  for (const attempt of open) {
    const reply = messages.find((m) => m.seq > attempt.atSeq! && m.authorKind === 'customer');
    if (!reply) continue;
    const reading = inferOutcome(attempt, reply.body);
    if (reading.outcome === 'offered') continue;
    const target = reading.outcome === 'succeeded' ? attempt : (namedEarlier(open, attempt, reply.body) ?? attempt);
    await tx.attempts.settle(workspaceId, conversationId, target.atSeq!, reading.outcome, reading.evidence);
  }
}

/** An earlier open attempt the customer names in their reply to a later one. */
function namedEarlier(open: readonly AttemptedResolution[], latest: AttemptedResolution, text: string): AttemptedResolution | undefined {
  if (latest.kind === 'action' && namedBy[latest.ref]?.test(text)) return undefined;
  return open.findLast((a) => a.atSeq! < latest.atSeq! && a.kind === 'action' && namedBy[a.ref]?.test(text));
}
