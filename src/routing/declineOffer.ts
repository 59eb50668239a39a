import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import { handoffTable } from './handoffMachine.ts';
import { offerTable } from './offerMachine.ts';

/**
 * The offered agent declines: the offer ends and the handoff goes back to the queue, where the
 * next routing pass offers it to someone else (never again to this agent).
 *
 * @example
 *   await declineOffer(deps, agent, offerId, 'not my area');
 */
export async function declineOffer(deps: Deps, agent: Agent, offerId: string, reason?: string): Promise<void> {
  const { workspaceId } = agent;
  await inTransaction(deps, workspaceId, async (tx, emit) => {
    const offer = await tx.offers.get(workspaceId, offerId);
    if (!offer || offer.agentId !== agent.id) throw new DomainError('not_found');
    const handoff = await tx.handoffs.get(workspaceId, offer.handoffId);
    if (!handoff) throw new DomainError('not_found');
    if (offer.status !== 'pending') throw new DomainError('offer_not_pending');
    const declined = await tx.offers.finish(workspaceId, offer.id, transition(offerTable, offer.status, 'decline'), reason);
    if (!declined) throw new DomainError('offer_not_pending');
    if (handoff.status === 'offered') await tx.handoffs.setStatus(workspaceId, handoff.id, 'offered', transition(handoffTable, 'offered', 'requeue'), {});
    emit({ type: 'offer.declined', conversationId: handoff.conversationId, handoffId: handoff.id, agentId: agent.id, payload: { offerId, ...(reason && { reason }) } });
  });
}
