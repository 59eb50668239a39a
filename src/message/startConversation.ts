import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { hashToken, safeEqual, signExternalId } from '../core/secrets.ts';
import type { Channel, Conversation, Customer } from './types.ts';

/** Who is starting the conversation: anonymous, or a known customer vouched for by the host site. */
export interface StartConversationInput {
  workspace: string;
  channel: Channel;
  customer?: { externalId?: string; signature?: string; name?: string; email?: string };
}

/** The conversation and the bearer token that reads and writes only it. */
export interface StartedConversation {
  conversation: Conversation;
  customerToken: string;
  /** True when the customer already had an open conversation on this channel; it continues. */
  resumed: boolean;
}

export const greeting = "Hi! I'm the support assistant. Ask me anything, or ask for a person at any time.";

/**
 * Start (or resume) a customer's conversation. A known customer must come with the host
 * site's HMAC of their external id; the open conversation on the same channel is resumed
 * with a fresh token rather than a second one opened (the database allows one).
 *
 * @example
 *   const { customerToken } = await startConversation(deps, { workspace: 'demo', channel: 'chat' });
 */
export async function startConversation(deps: Deps, input: StartConversationInput): Promise<StartedConversation> {
  const workspace = await deps.store.workspaces.bySlug(input.workspace);
  if (!workspace) throw new DomainError('not_found', 'No such workspace.');
  const externalId = input.customer?.externalId;
  if (externalId !== undefined) {
    const expected = signExternalId(workspace.identitySecret, externalId);
    if (!safeEqual(expected, input.customer?.signature ?? '')) throw new DomainError('identity_unverified');
  }
  const customerToken = deps.ids.token();
  const tokenHash = hashToken(customerToken);
  return inTransaction(deps, workspace.id, async (tx, emit) => {
    let customer: Customer | undefined = externalId ? await tx.customers.byExternalId(workspace.id, externalId) : undefined;
    customer ??= await tx.customers.create(workspace.id, {
      id: deps.ids.uuid(),
      externalId: externalId ?? null,
      name: input.customer?.name ?? null,
      email: input.customer?.email ?? null,
    });
    const open = await tx.conversations.openFor(workspace.id, customer.id, input.channel);
    if (open) {
      await tx.conversations.setTokenHash(workspace.id, open.id, tokenHash);
      return { conversation: open, customerToken, resumed: true };
    }
    const conversation = await tx.conversations.create(workspace.id, {
      id: deps.ids.uuid(),
      customerId: customer.id,
      channel: input.channel,
      customerTokenHash: tokenHash,
    });
    if (!conversation) {
      // A concurrent start for the same customer won the race: resume theirs.
      const theirs = await tx.conversations.openFor(workspace.id, customer.id, input.channel);
      if (!theirs) throw new DomainError('conflict');
      await tx.conversations.setTokenHash(workspace.id, theirs.id, tokenHash);
      return { conversation: theirs, customerToken, resumed: true };
    }
    emit({ type: 'conversation.started', conversationId: conversation.id, payload: { channel: input.channel, customerId: customer.id } });
    const { message } = await tx.messages.append(workspace.id, conversation.id, { id: deps.ids.uuid(), authorKind: 'assistant', body: greeting });
    emit({ type: 'message.created', conversationId: conversation.id, payload: { seq: message.seq, authorKind: 'assistant' } });
    return { conversation: { ...conversation, lastSeq: message.seq }, customerToken, resumed: false };
  });
}
