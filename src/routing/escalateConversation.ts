import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import type { Emit } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import type { Store } from '../core/store.ts';
import { conversationTable } from '../message/conversationMachine.ts';
import type { Conversation } from '../message/types.ts';
import type { EscalationDecision } from '../policy/decideEscalation.ts';
import type { Handoff, HandoffPath } from './types.ts';

/**
 * Open a handoff for a conversation the policy decided to escalate, inside the caller's
 * transaction (which holds the conversation's lock). The decision is stored on the handoff
 * as made. The unique index on active handoffs makes a second escalation of the same
 * conversation impossible; it surfaces as `conflict` and rolls the caller back.
 *
 * @example
 *   await escalateConversation(deps, tx, emit, conversation, decision);
 */
export async function escalateConversation(
  deps: Deps,
  tx: Store,
  emit: Emit,
  conversation: Conversation,
  decision: EscalationDecision,
  plan: { atSeq?: number; teamId?: string | null; quotedWaitSeconds?: number | null; path?: HandoffPath } = {},
): Promise<Handoff> {
  const { workspaceId, id } = conversation;
  const to = transition(conversationTable, conversation.status, 'escalate');
  if (!(await tx.conversations.setStatus(workspaceId, id, conversation.status, to, null))) throw new DomainError('conflict');
  const handoff = await tx.handoffs.create(workspaceId, { id: deps.ids.uuid(), conversationId: id, priority: decision.priority, decision, ...plan });
  if (!handoff) throw new DomainError('conflict', 'This conversation already has an active handoff.');
  emit({ type: 'conversation.status_changed', conversationId: id, payload: { from: conversation.status, to, cause: 'escalate' } });
  emit({
    type: 'handoff.created',
    conversationId: id,
    handoffId: handoff.id,
    payload: {
      priority: handoff.priority,
      triggers: decision.triggers.map((t) => t.type),
      path: handoff.path,
      teamId: handoff.teamId,
      quotedWaitSeconds: handoff.quotedWaitSeconds,
    },
  });
  return handoff;
}
