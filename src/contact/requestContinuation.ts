import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { Conversation } from '../message/types.ts';
import type { EscalationDecision } from '../policy/decideEscalation.ts';
import { continuationEmail } from '../notify/continuationEmail.ts';
import { conversationReplyAddress } from '../notify/replyAddress.ts';
import { contactPrompts } from './contactPrompts.ts';
import type { ContactRequest } from './types.ts';

/** What the customer chose, with their explicit yes. */
export type ContinuationInput =
  | { kind: 'email'; consent: boolean; email?: string }
  | { kind: 'callback'; consent: boolean; phone: string; preferredTime?: string };

/**
 * A waiting customer chooses to continue by email or to be called back. Nothing happens
 * without `consent: true` (`consent_required`): the channel never changes on Baton's own
 * initiative. Email uses the address the customer gives, else the one on their verified
 * record; it is sent at once with the conversation's summary and a per-conversation Reply-To
 * (`contact_unavailable` when no SMTP server is configured). A callback becomes an open task
 * for agents. Asking twice for the same kind returns the first request: one email, one call.
 *
 * @example
 *   await requestContinuation(deps, conversation, { kind: 'callback', consent: true, phone: '+1 415 555 0134', preferredTime: 'after 5pm' });
 */
export async function requestContinuation(deps: Deps, conversation: Conversation, input: ContinuationInput): Promise<ContactRequest> {
  if (input.consent !== true) throw new DomainError('consent_required');
  const { workspaceId, id } = conversation;
  if (input.kind === 'email' && !deps.mail) throw new DomainError('contact_unavailable', 'Continuing by email is not set up here; ask for a callback or wait in chat.');
  const customer = await deps.store.customers.get(workspaceId, conversation.customerId);
  const email = input.kind === 'email' ? (input.email ?? (customer?.externalId ? customer.email : null) ?? undefined) : undefined;
  if (input.kind === 'email' && !email) throw new DomainError('invalid_request', 'Give the email address to continue at.');
  const { request, created, decision } = await inTransaction(deps, workspaceId, async (tx, emit) => {
    const current = await tx.conversations.lock(workspaceId, id);
    if (current?.status !== 'waiting_for_agent') throw new DomainError('contact_unavailable', 'Only a conversation waiting for a person can continue another way.');
    const handoff = await tx.handoffs.activeFor(workspaceId, id);
    const [existing] = (await tx.contactRequests.list(workspaceId, { conversationId: id })).filter((r) => r.kind === input.kind && r.status !== 'failed');
    if (existing) return { request: existing, created: false, decision: handoff?.decision };
    const request = await tx.contactRequests.create(workspaceId, {
      id: deps.ids.uuid(),
      conversationId: id,
      kind: input.kind,
      ...(input.kind === 'email' ? { email } : { phone: input.phone, preferredTime: input.preferredTime }),
      consentedAt: deps.clock.now(),
    });
    const phrases = contactPrompts[handoff?.decision.language ?? 'en'] ?? contactPrompts.en!;
    const body = input.kind === 'email' ? phrases.emailConfirmed(email!) : phrases.callbackConfirmed(input.phone, input.preferredTime);
    const { message } = await tx.messages.append(workspaceId, id, { id: deps.ids.uuid(), authorKind: 'system', body });
    emit({ type: 'contact.requested', conversationId: id, payload: { kind: input.kind, requestId: request.id } });
    emit({ type: 'message.created', conversationId: id, payload: { seq: message.seq, authorKind: 'system' } });
    return { request, created: true, decision: handoff?.decision };
  });
  if (!created || request.kind !== 'email' || !deps.mail) return request;
  return sendContinuationEmail(deps, conversation, request, customer?.name ?? undefined, decision);
}

async function sendContinuationEmail(deps: Deps, conversation: Conversation, request: ContactRequest, name: string | undefined, decision: EscalationDecision | undefined): Promise<ContactRequest> {
  const { workspaceId, id } = conversation;
  const mail = deps.mail!;
  const outcome = await mail.sender
    .send({
      to: request.email!,
      ...continuationEmail({ language: decision?.language ?? 'en', customerName: name, summaryLines: decision ? [decision.intent] : [], conversationId: id, replyAddress: conversationReplyAddress(mail.from, id) }),
    })
    .then(
      ({ messageId }) => ({ status: 'sent' as const, detail: messageId }),
      (error: unknown) => ({ status: 'failed' as const, detail: error instanceof Error ? error.message.slice(0, 200) : 'send failed' }),
    );
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const updated = await tx.contactRequests.setStatus(workspaceId, request.id, 'open', outcome.status, outcome.detail);
    emit({ type: outcome.status === 'sent' ? 'contact.sent' : 'contact.failed', conversationId: id, payload: { kind: 'email', requestId: request.id } });
    return updated ?? request;
  });
}
