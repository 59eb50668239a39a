import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import { conversationTable } from '../message/conversationMachine.ts';
import type { Conversation } from '../message/types.ts';
import { endOffer } from './endOffer.ts';
import { handoffTable } from './handoffMachine.ts';
import { offerTable } from './offerMachine.ts';
import type { Handoff } from './types.ts';

/**
 * The offered agent accepts: in one transaction the offer, the handoff and the conversation
 * move (each compare-and-set), the agent's capacity is checked under their row lock, and the
 * other offers of the same round are withdrawn (simultaneous offers: the first to accept wins,
 * R4; accepts of one handoff queue on the conversation's row lock). An offer that timed out
 * (past its expiry, even before the sweep ended it), was withdrawn or already answered is
 * `offer_not_pending` (R3); an agent at capacity is
 * `over_capacity` and the offer stays theirs to decline (R8). When the accept holds but
 * joining the conversation fails, nothing of it stays: the offer is withdrawn in a second
 * transaction and the handoff goes back to the queue at its priority (`join_failed`, R9).
 *
 * @example
 *   const { conversation } = await acceptOffer(deps, agent, offerId);
 */
export async function acceptOffer(deps: Deps, agent: Agent, offerId: string): Promise<{ handoff: Handoff; conversation: Conversation }> {
  const { workspaceId } = agent;
  try {
    return await inTransaction(deps, workspaceId, async (tx, emit) => {
      const offer = await tx.offers.get(workspaceId, offerId);
      if (!offer || offer.agentId !== agent.id) throw new DomainError('not_found');
      const handoff = await tx.handoffs.get(workspaceId, offer.handoffId);
      if (!handoff) throw new DomainError('not_found');
      const conversation = await tx.conversations.lock(workspaceId, handoff.conversationId);
      if (!conversation) throw new DomainError('not_found');
      // Locks in one order everywhere: the conversation, the offer, then the agent (an expiry
      // holds the offer before the agent too). Read again under them: another accept of this
      // round may have won.
      const current = await tx.offers.lock(workspaceId, offerId);
      if (current?.status !== 'pending') throw new DomainError('offer_not_pending');
      const load = await tx.routing.lockAgentLoad(workspaceId, agent.id);
      if (!load) throw new DomainError('not_found');
      if (load.load >= load.capacity) throw new DomainError('over_capacity');
      const accepted = await tx.offers.finish(workspaceId, offer.id, transition(offerTable, 'pending', 'accept'));
      if (!accepted) throw new DomainError('offer_not_pending');
      const latest = await tx.handoffs.get(workspaceId, handoff.id);
      if (!latest || latest.status !== 'offered') throw new DomainError('offer_not_pending');
      const assigned = await tx.handoffs.setStatus(workspaceId, handoff.id, 'offered', transition(handoffTable, 'offered', 'accept'), { assignedAgentId: agent.id });
      if (!assigned) throw new DomainError('offer_not_pending');
      const to = transition(conversationTable, conversation.status, 'assign');
      const joined = await tx.conversations.setStatus(workspaceId, conversation.id, conversation.status, to, agent.id);
      if (!joined) throw new JoinFailed();
      // The other agents offered this round lose their offers; the round then closes.
      for (const other of await tx.offers.pendingInRound(workspaceId, offer.roundId)) await endOffer(tx, emit, other, 'rescind', 'accepted by another agent');
      await tx.offers.closeRound(workspaceId, offer.roundId);
      await tx.routing.markAssigned(workspaceId, agent.id);
      const { message } = await tx.messages.append(workspaceId, conversation.id, {
        id: deps.ids.uuid(),
        authorKind: 'system',
        body: `${agent.displayName} joined the conversation and can see everything above.`,
      });
      emit({ type: 'offer.accepted', conversationId: conversation.id, handoffId: handoff.id, agentId: agent.id, payload: { offerId } });
      emit({ type: 'handoff.assigned', conversationId: conversation.id, handoffId: handoff.id, agentId: agent.id, payload: {} });
      emit({ type: 'conversation.status_changed', conversationId: conversation.id, payload: { from: conversation.status, to, cause: 'assign' } });
      emit({ type: 'message.created', conversationId: conversation.id, payload: { seq: message.seq, authorKind: 'system' } });
      return { handoff: assigned, conversation: { ...joined, lastSeq: message.seq } };
    });
  } catch (error) {
    if (!(error instanceof JoinFailed)) throw error;
    await withdrawAfterFailedJoin(deps, workspaceId, offerId);
    throw new DomainError('join_failed');
  }
}

/** Joining the conversation failed after the accept was recorded (R9). */
class JoinFailed extends Error {}

/** The accept rolled back with the failed join; the offer is withdrawn so the handoff goes back to the queue at once. */
async function withdrawAfterFailedJoin(deps: Deps, workspaceId: string, offerId: string): Promise<void> {
  await inTransaction(deps, workspaceId, async (tx, emit) => {
    const offer = await tx.offers.get(workspaceId, offerId);
    if (offer?.status === 'pending') await endOffer(tx, emit, offer, 'rescind', 'joining the conversation failed');
  });
}
