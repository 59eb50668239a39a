import type { Emit } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import type { Store } from '../core/store.ts';
import { handoffTable } from './handoffMachine.ts';
import { offerTable, type OfferAction } from './offerMachine.ts';
import type { Offer } from './types.ts';

const eventOf: Record<Exclude<OfferAction, 'accept'>, 'offer.declined' | 'offer.timed_out' | 'offer.rescinded'> = {
  decline: 'offer.declined',
  expire: 'offer.timed_out',
  rescind: 'offer.rescinded',
};

/**
 * End one pending offer other than by accepting it (decline, expiry, withdrawal), inside the
 * caller's transaction: compare-and-set on the offer, its event, and once no offer of its
 * round is left pending the round closes and the handoff goes back to the queue for the next
 * round. Returns the ended offer, or undefined when it was no longer pending.
 *
 * @example
 *   await endOffer(tx, emit, offer, 'decline', 'not my area');
 */
export async function endOffer(tx: Store, emit: Emit, offer: Offer, action: Exclude<OfferAction, 'accept'>, reason?: string): Promise<Offer | undefined> {
  const ws = offer.workspaceId;
  const ended = await tx.offers.finish(ws, offer.id, transition(offerTable, 'pending', action), reason);
  if (!ended) return undefined;
  const handoff = await tx.handoffs.get(ws, offer.handoffId);
  if ((await tx.offers.closeRound(ws, offer.roundId)) && handoff?.status === 'offered') {
    await tx.handoffs.setStatus(ws, handoff.id, 'offered', transition(handoffTable, 'offered', 'requeue'), {});
  }
  emit({ type: eventOf[action], conversationId: handoff?.conversationId ?? offer.handoffId, handoffId: offer.handoffId, agentId: offer.agentId, payload: { offerId: offer.id, ...(reason && { reason }) } });
  return ended;
}
