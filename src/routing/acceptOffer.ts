import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import { conversationTable } from '../message/conversationMachine.ts';
import type { Conversation } from '../message/types.ts';
import { handoffTable } from './handoffMachine.ts';
import { offerTable } from './offerMachine.ts';
import type { Handoff } from './types.ts';

/**
 * The offered agent accepts: in one transaction the offer, the handoff and the conversation
 * move (each compare-and-set) and the agent's capacity is checked under their row lock. An
 * offer that timed out, was withdrawn or already answered is `offer_not_pending` (R3); an
 * agent at capacity is `over_capacity` and the offer stays theirs to decline (R8). The
 * customer sees who joined.
 *
 * @example
 *   const { conversation } = await acceptOffer(deps, agent, offerId);
 */
export async function acceptOffer(deps: Deps, agent: Agent, offerId: string): Promise<{ handoff: Handoff; conversation: Conversation }> {
  const { workspaceId } = agent;
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const offer = await tx.offers.get(workspaceId, offerId);
    if (!offer || offer.agentId !== agent.id) throw new DomainError('not_found');
    const handoff = await tx.handoffs.get(workspaceId, offer.handoffId);
    if (!handoff) throw new DomainError('not_found');
    const conversation = await tx.conversations.lock(workspaceId, handoff.conversationId);
    if (!conversation) throw new DomainError('not_found');
    const load = await tx.routing.lockAgentLoad(workspaceId, agent.id);
    if (!load) throw new DomainError('not_found');
    if (offer.status !== 'pending') throw new DomainError('offer_not_pending');
    if (load.load >= load.capacity) throw new DomainError('over_capacity');
    const accepted = await tx.offers.finish(workspaceId, offer.id, transition(offerTable, 'pending', 'accept'));
    if (!accepted) throw new DomainError('offer_not_pending');
    const assigned = await tx.handoffs.setStatus(workspaceId, handoff.id, handoff.status, transition(handoffTable, handoff.status, 'accept'), { assignedAgentId: agent.id });
    if (!assigned) throw new DomainError('offer_not_pending');
    const to = transition(conversationTable, conversation.status, 'assign');
    const joined = await tx.conversations.setStatus(workspaceId, conversation.id, conversation.status, to, agent.id);
    if (!joined) throw new DomainError('conflict');
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
}
