import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { can, transition } from '../core/stateMachine.ts';
import { conversationTable } from '../message/conversationMachine.ts';
import type { Conversation } from '../message/types.ts';
import { handoffTable } from './handoffMachine.ts';
import type { Handoff } from './types.ts';

/**
 * An agent takes a waiting handoff from the list. Both status changes are compare-and-set in
 * one transaction: of two agents clicking at once, exactly one wins and the other gets
 * `handoff_not_pending`. The customer sees a "joined" notice with the agent's name.
 *
 * @example
 *   const { conversation } = await claimHandoff(deps, agent, handoffId);
 */
export async function claimHandoff(deps: Deps, agent: Agent, handoffId: string): Promise<{ handoff: Handoff; conversation: Conversation }> {
  const { workspaceId } = agent;
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const handoff = await tx.handoffs.get(workspaceId, handoffId);
    if (!handoff) throw new DomainError('not_found');
    const conversation = await tx.conversations.lock(workspaceId, handoff.conversationId);
    if (!conversation) throw new DomainError('not_found');
    if (!can(handoffTable, handoff.status, 'claim')) throw new DomainError('handoff_not_pending');
    const claimed = await tx.handoffs.setStatus(workspaceId, handoff.id, handoff.status, transition(handoffTable, handoff.status, 'claim'), {
      assignedAgentId: agent.id,
    });
    if (!claimed) throw new DomainError('handoff_not_pending');
    const to = transition(conversationTable, conversation.status, 'assign');
    const assigned = await tx.conversations.setStatus(workspaceId, conversation.id, conversation.status, to, agent.id);
    if (!assigned) throw new DomainError('conflict');
    const { message } = await tx.messages.append(workspaceId, conversation.id, {
      id: deps.ids.uuid(),
      authorKind: 'system',
      body: `${agent.displayName} joined the conversation and can see everything above.`,
    });
    emit({ type: 'handoff.assigned', conversationId: conversation.id, handoffId: handoff.id, agentId: agent.id, payload: {} });
    emit({ type: 'conversation.status_changed', conversationId: conversation.id, payload: { from: conversation.status, to, cause: 'assign' } });
    emit({ type: 'message.created', conversationId: conversation.id, payload: { seq: message.seq, authorKind: 'system' } });
    return { handoff: claimed, conversation: { ...assigned, lastSeq: message.seq } };
  });
}
