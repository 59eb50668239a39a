import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import { handoffTable } from '../routing/handoffMachine.ts';
import { rescindPendingOffers } from '../routing/rescindPendingOffers.ts';
import { conversationTable } from './conversationMachine.ts';
import type { Conversation } from './types.ts';

/** Why a handoff closed when its customer ended the chat while waiting. */
export const customerLeft = 'customer_left';

/**
 * The customer ends the chat (the widget's "End chat"): the conversation is resolved, so the
 * customer can rate it. While waiting for a person, the handoff is cancelled (`customer_left`:
 * abandonment, counted at once) and any offer of it withdrawn. While an agent is with them,
 * the agent closes it (`invalid_transition`). Ending twice changes nothing.
 *
 * @example
 *   await endConversation(deps, conversation) // { …, status: 'resolved' }
 */
export async function endConversation(deps: Deps, conversation: Conversation): Promise<Conversation> {
  const { workspaceId, id } = conversation;
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const current = await tx.conversations.lock(workspaceId, id);
    if (!current) throw new DomainError('not_found');
    if (current.status === 'resolved') return current;
    if (current.status === 'with_agent') throw new DomainError('invalid_transition', 'A person is with you in this conversation; they will close it.');
    const handoff = await tx.handoffs.activeFor(workspaceId, id);
    if (handoff && (handoff.status === 'pending' || handoff.status === 'offered')) {
      await rescindPendingOffers(tx, emit, workspaceId, '', 'the customer ended the chat', handoff.id);
      const from = (await tx.handoffs.get(workspaceId, handoff.id))!.status;
      if (!(await tx.handoffs.setStatus(workspaceId, handoff.id, from, transition(handoffTable, from, 'cancel'), { closeReason: customerLeft }))) {
        throw new DomainError('conflict');
      }
      emit({ type: 'handoff.closed', conversationId: id, handoffId: handoff.id, payload: { status: 'cancelled', reason: customerLeft } });
    }
    const to = transition(conversationTable, current.status, 'resolve');
    const ended = await tx.conversations.setStatus(workspaceId, id, current.status, to, null);
    if (!ended) throw new DomainError('conflict');
    const { message } = await tx.messages.append(workspaceId, id, { id: deps.ids.uuid(), authorKind: 'system', body: 'The customer ended the conversation.' });
    emit({ type: 'conversation.status_changed', conversationId: id, payload: { from: current.status, to, cause: 'customer_ended' } });
    emit({ type: 'message.created', conversationId: id, payload: { seq: message.seq, authorKind: 'system' } });
    return { ...ended, lastSeq: message.seq };
  });
}
