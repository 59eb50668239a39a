import type { Emit } from '../core/inTransaction.ts';
import type { Store } from '../core/store.ts';
import { endOffer } from './endOffer.ts';

/**
 * Withdraw every offer waiting on an agent who can no longer answer (signed out, connection
 * lost), or, given `handoffId`, the offer of a handoff that is ending: each becomes
 * `rescinded` at once rather than at its timeout, and its handoff goes back to the queue for
 * the next agent once no other offer of its round waits (R7). Runs inside the caller's transaction.
 *
 * @example
 *   await rescindPendingOffers(tx, emit, workspaceId, agentId, 'connection lost');
 */
export async function rescindPendingOffers(tx: Store, emit: Emit, workspaceId: string, agentId: string, reason: string, handoffId?: string): Promise<number> {
  let rescinded = 0;
  const pending = handoffId ? await tx.offers.pendingForHandoff(workspaceId, handoffId) : await tx.offers.pendingFor(workspaceId, agentId);
  for (const offer of pending) if (await endOffer(tx, emit, offer, 'rescind', reason)) rescinded += 1;
  return rescinded;
}
