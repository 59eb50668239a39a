import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import { conversationTable } from '../message/conversationMachine.ts';
import type { Conversation } from '../message/types.ts';
import { handoffTable } from '../routing/handoffMachine.ts';
import { lockAssignedConversation } from './lockAssignedConversation.ts';
import type { Agent } from './types.ts';

/** How the agent ends their part: resolve the conversation, or give it back to the assistant. */
export type CloseAction = { kind: 'resolve'; disposition: string } | { kind: 'hand_back'; note?: string };

/**
 * End the agent's work on a conversation assigned to them: the handoff completes (with the
 * disposition as its reason) and the conversation is resolved or returns to the assistant.
 * Used by `resolveConversation` and `handBackConversation`.
 */
export async function closeAssignedConversation(
  deps: Deps,
  agent: Agent,
  conversationId: string,
  action: CloseAction,
): Promise<Conversation> {
  const { workspaceId } = agent;
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const conversation = await lockAssignedConversation(tx, agent, conversationId);
    const handoff = await tx.handoffs.activeFor(workspaceId, conversationId);
    const reason = action.kind === 'resolve' ? action.disposition : 'handed_back';
    if (handoff) {
      const next = transition(handoffTable, handoff.status, 'complete');
      if (!(await tx.handoffs.setStatus(workspaceId, handoff.id, handoff.status, next, { closeReason: reason }))) {
        throw new DomainError('conflict');
      }
      emit({ type: 'handoff.closed', conversationId, handoffId: handoff.id, agentId: agent.id, payload: { status: 'completed', reason } });
    }
    const to = transition(conversationTable, conversation.status, action.kind);
    const assignee = to === 'resolved' ? agent.id : null;
    const closed = await tx.conversations.setStatus(workspaceId, conversationId, conversation.status, to, assignee);
    if (!closed) throw new DomainError('conflict');
    const notice =
      action.kind === 'resolve'
        ? `${agent.displayName} marked this conversation as resolved.`
        : `${agent.displayName} handed the conversation back to the assistant.`;
    const { message } = await tx.messages.append(workspaceId, conversationId, { id: deps.ids.uuid(), authorKind: 'system', body: notice });
    emit({ type: 'conversation.status_changed', conversationId, payload: { from: conversation.status, to, cause: action.kind } });
    emit({ type: 'message.created', conversationId, payload: { seq: message.seq, authorKind: 'system' } });
    return { ...closed, lastSeq: message.seq };
  });
}

/**
 * The agent resolves the conversation with a disposition ("refunded", "answered", …).
 *
 * @example
 *   await resolveConversation(deps, agent, id, 'refunded');
 */
export function resolveConversation(deps: Deps, agent: Agent, conversationId: string, disposition: string): Promise<Conversation> {
  return closeAssignedConversation(deps, agent, conversationId, { kind: 'resolve', disposition });
}

/**
 * The agent gives the conversation back to the assistant.
 *
 * @example
 *   await handBackConversation(deps, agent, id);
 */
export function handBackConversation(deps: Deps, agent: Agent, conversationId: string): Promise<Conversation> {
  return closeAssignedConversation(deps, agent, conversationId, { kind: 'hand_back' });
}
