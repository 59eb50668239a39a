import { runAssistantTurn } from '../assistant/runAssistantTurn.ts';
import { answerWaitingCustomer } from '../contact/answerWaitingCustomer.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { storableBody } from './storableBody.ts';
import type { Conversation, Message } from './types.ts';

/** The stored message and, when the assistant holds the conversation, its replies. */
export interface PostedCustomerMessage {
  message: Message;
  /** False when `clientMessageId` was seen before: the stored message is returned, nothing new. */
  created: boolean;
  replies: Message[];
}

/**
 * Store a customer's message, durably and with card numbers and other secrets masked, then
 * let the assistant answer. The message commits
 * in its own transaction before anything else runs, so an acknowledged message survives a
 * crash in the assistant or the process. A retried send with the same `clientMessageId`
 * is stored once, and gets the assistant's answer if the first attempt's turn failed.
 *
 * @example
 *   await postCustomerMessage(deps, conversation, { body: 'Where is my order?', clientMessageId: 'c-1' });
 */
export async function postCustomerMessage(
  deps: Deps,
  conversation: Conversation,
  input: { body: string; clientMessageId?: string },
  onAssistantError: (error: unknown) => void = () => {},
): Promise<PostedCustomerMessage> {
  const { workspaceId, id } = conversation;
  const stored = await inTransaction(deps, workspaceId, async (tx, emit) => {
    const current = await tx.conversations.lock(workspaceId, id);
    if (!current) throw new DomainError('not_found');
    const appended = await tx.messages.append(workspaceId, id, { id: deps.ids.uuid(), authorKind: 'customer', ...input, body: storableBody(input.body) });
    // A retried send is answered with what was stored, even after the conversation was resolved.
    if (!appended.created) return { ...appended, status: current.status };
    if (current.status === 'resolved') throw new DomainError('conversation_resolved');
    emit({ type: 'message.created', conversationId: id, payload: { seq: appended.message.seq, authorKind: 'customer' } });
    return { ...appended, status: current.status };
  });
  const replies =
    stored.status === 'with_assistant'
      ? await answerSafely(deps, conversation, onAssistantError)
      : stored.created && stored.status === 'waiting_for_agent'
        ? await answerSafely(deps, conversation, onAssistantError, () => answerWaitingCustomer(deps, { ...conversation, status: 'waiting_for_agent' }, stored.message))
        : [];
  return { message: stored.message, created: stored.created, replies };
}

/** The message is already accepted: a failing assistant must not turn that into an error. */
async function answerSafely(
  deps: Deps,
  conversation: Conversation,
  onError: (error: unknown) => void,
  turn: () => Promise<Message[]> = () => runAssistantTurn(deps, conversation),
): Promise<Message[]> {
  try {
    return await turn();
  } catch (error) {
    onError(error);
    return [];
  }
}
