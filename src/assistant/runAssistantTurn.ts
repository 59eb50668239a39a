import type { Deps } from '../core/deps.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { Conversation, Message } from '../message/types.ts';
import { escalateConversation } from '../routing/escalateConversation.ts';
import { assistantTurn } from './assistantTurn.ts';

/**
 * Let the built-in assistant answer the newest customer message: a knowledge-base reply, or
 * a warm message and a handoff when the escalation policy says so. Idempotent: under the
 * conversation's row lock it answers only if the assistant holds the conversation and the
 * newest message is the customer's, so a retry after a failed turn answers exactly once.
 *
 * @example
 *   const replies = await runAssistantTurn(deps, conversation);
 */
/** How much of a conversation the assistant reads: frustration decays long before this. */
const maxReadMessages = 200;

export async function runAssistantTurn(deps: Deps, conversation: Conversation): Promise<Message[]> {
  const { workspaceId, id } = conversation;
  const [articles, policy, intents] = await Promise.all([
    deps.store.articles.list(workspaceId),
    deps.store.workspaces.escalationPolicy(workspaceId),
    deps.store.intents.list(workspaceId),
  ]);
  const classifier = deps.intentCatalog.classifierFor(workspaceId, intents);
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const current = await tx.conversations.lock(workspaceId, id);
    if (current?.status !== 'with_assistant') return [];
    const [newest] = await tx.messages.after(workspaceId, id, current.lastSeq - 1, 1);
    if (newest?.authorKind !== 'customer') return [];
    // The newest messages, not the oldest: a long conversation's latest turn must be read.
    const messages = await tx.messages.after(workspaceId, id, Math.max(0, current.lastSeq - maxReadMessages), maxReadMessages);
    const customer = await tx.customers.get(workspaceId, current.customerId);
    const turn = assistantTurn({ messages, articles, intents, analyzers: { ...deps.analyzers, intents: classifier }, policy, customer: { tier: customer?.tier } });
    const { message } = await tx.messages.append(workspaceId, id, { id: deps.ids.uuid(), authorKind: 'assistant', body: turn.text });
    emit({ type: 'message.created', conversationId: id, payload: { seq: message.seq, authorKind: 'assistant' } });
    if (turn.kind === 'handoff') await escalateConversation(deps, tx, emit, current, turn.decision);
    return [message];
  });
}
