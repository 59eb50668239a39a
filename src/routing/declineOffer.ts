import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { endOffer } from './endOffer.ts';

/**
 * The offered agent declines: the offer ends and, once no other offer of its round waits, the
 * handoff goes back to the queue, where the next routing pass offers it to someone else (never
 * again to this agent).
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
    if (!(await endOffer(tx, emit, offer, 'decline', reason))) throw new DomainError('offer_not_pending');
  });
}
