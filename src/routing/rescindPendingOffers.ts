import type { Emit } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import type { Store } from '../core/store.ts';
import { handoffTable } from './handoffMachine.ts';
import { offerTable } from './offerMachine.ts';

/**
 * Withdraw every offer waiting on an agent who can no longer answer (signed out, connection
 * lost), or, given `handoffId`, the offer of a handoff that is ending: each becomes
 * `rescinded` at once rather than at its timeout, and its handoff goes back to the queue for
 * the next agent (R7). Runs inside the caller's transaction.
 *
 * @example
 *   await rescindPendingOffers(tx, emit, workspaceId, agentId, 'connection lost');
 */
export async function rescindPendingOffers(tx: Store, emit: Emit, workspaceId: string, agentId: string, reason: string, handoffId?: string): Promise<number> {
  let rescinded = 0;
  const pending = handoffId ? await tx.offers.pendingForHandoff(workspaceId, handoffId) : await tx.offers.pendingFor(workspaceId, agentId);
  for (const offer of pending) {
    const ended = await tx.offers.finish(workspaceId, offer.id, transition(offerTable, 'pending', 'rescind'), reason);
    if (!ended) continue;
    const handoff = await tx.handoffs.get(workspaceId, offer.handoffId);
    if (handoff?.status === 'offered') await tx.handoffs.setStatus(workspaceId, handoff.id, 'offered', transition(handoffTable, 'offered', 'requeue'), {});
    emit({ type: 'offer.rescinded', conversationId: handoff?.conversationId ?? offer.handoffId, handoffId: offer.handoffId, agentId: offer.agentId, payload: { offerId: offer.id, reason } });
    rescinded += 1;
  }
  return rescinded;
}
