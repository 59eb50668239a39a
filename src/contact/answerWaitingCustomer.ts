import { extractEntities } from '../analysis/extractEntities.ts';
import type { Deps } from '../core/deps.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { Conversation, Message } from '../message/types.ts';
import { readContinuationChoice } from '../schedule/readContinuationChoice.ts';
import { contactPrompts } from './contactPrompts.ts';
import { requestContinuation } from './requestContinuation.ts';

const phonePattern = /\+?\d[\d ().-]{5,22}\d/;

/**
 * A customer waiting after the off-hours or no-agent message answers it in the chat: the
 * reply word (EMAIL, CALLBACK, LLAMADA, RÜCKRUF, …) is their explicit choice. Baton then asks
 * for the address or number (an email goes straight to a verified customer's address on
 * record), and the next message that holds one completes the request. Anything else is left
 * for the agent: Baton says nothing. Returns the messages Baton wrote.
 *
 * @example
 *   await answerWaitingCustomer(deps, conversation, message); // [] or [the question, or the confirmation]
 */
export async function answerWaitingCustomer(deps: Deps, conversation: Conversation, message: Message): Promise<Message[]> {
  const { workspaceId, id } = conversation;
  const handoff = await deps.store.handoffs.activeFor(workspaceId, id);
  if (!handoff || handoff.path === 'warm') return [];
  const phrases = contactPrompts[handoff.decision.language] ?? contactPrompts.en!;
  const choice = readContinuationChoice(message.body);
  if (choice === 'email' && !deps.mail) return say(deps, conversation, phrases.noEmail);
  if (choice) {
    const customer = await deps.store.customers.get(workspaceId, conversation.customerId);
    if (choice === 'email' && customer?.externalId && customer.email) return confirm(deps, conversation, () => requestContinuation(deps, conversation, { kind: 'email', consent: true }));
    return say(deps, conversation, phrases[choice], choice);
  }
  const asked = await pendingAsk(deps, conversation);
  if (asked === 'email') {
    const email = extractEntities(message.body).emails[0];
    if (email) return confirm(deps, conversation, () => requestContinuation(deps, conversation, { kind: 'email', consent: true, email }));
  }
  if (asked === 'callback') {
    const phone = phonePattern.exec(message.body)?.[0];
    const rest = phone ? message.body.replace(phone, ' ').replace(/^[\s,;:.-]+|[\s,;:.-]+$/g, '').slice(0, 100) : '';
    if (phone) return confirm(deps, conversation, () => requestContinuation(deps, conversation, { kind: 'callback', consent: true, phone, ...(rest && { preferredTime: rest }) }));
  }
  return [];
}

/** The kind Baton last asked a contact detail for, unless a request was made since. */
async function pendingAsk(deps: Deps, conversation: Conversation): Promise<'email' | 'callback' | undefined> {
  const events = await deps.store.events.list(conversation.workspaceId, { conversationId: conversation.id });
  const last = events.findLast((e) => e.type === 'contact.asked' || e.type === 'contact.requested');
  return last?.type === 'contact.asked' ? last.payload.kind : undefined;
}

async function say(deps: Deps, conversation: Conversation, body: string, asking?: 'email' | 'callback'): Promise<Message[]> {
  const { workspaceId, id } = conversation;
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const { message } = await tx.messages.append(workspaceId, id, { id: deps.ids.uuid(), authorKind: 'system', body });
    emit({ type: 'message.created', conversationId: id, payload: { seq: message.seq, authorKind: 'system' } });
    if (asking) emit({ type: 'contact.asked', conversationId: id, payload: { kind: asking } });
    return [message];
  });
}

/** Make the request; its confirmation is the newest message. */
async function confirm(deps: Deps, conversation: Conversation, request: () => Promise<unknown>): Promise<Message[]> {
  await request();
  const current = await deps.store.conversations.get(conversation.workspaceId, conversation.id);
  return deps.store.messages.after(conversation.workspaceId, conversation.id, (current?.lastSeq ?? 1) - 1, 1);
}
