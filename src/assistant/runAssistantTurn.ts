import type { Deps } from '../core/deps.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { Conversation, Message } from '../message/types.ts';
import { escalateConversation } from '../routing/escalateConversation.ts';
import { planHandoff, type HandoffPlan } from '../routing/planHandoff.ts';
import { assistantTurn, type AssistantContext, type AssistantTurn } from './assistantTurn.ts';
import { parseMessageTemplates, type MessageTemplates } from './messageTemplates.ts';
import { settleAttempts } from './settleAttempts.ts';

/** How much of a conversation the assistant reads: frustration decays long before this. */
const maxReadMessages = 200;
/** Self-service actions that read the customer's account from the CRM. */
const actionsReadingTheAccount = new Set(['order_lookup', 'plan_change']);

/**
 * Let the built-in assistant answer the newest customer message: a reply (an article or a
 * self-service action, recorded as an attempted resolution), or, when the escalation policy
 * says so, a handoff with what the customer hears (warm, off-hours or no agent).
 *
 * Slow work (a CRM lookup for an action, an LLM phrasing the answer, planning the handoff) runs before the
 * transaction, on what was read; the transaction then takes the conversation's lock and writes
 * only if nothing moved meanwhile (same newest message, still with the assistant). A newer
 * customer message is answered by its own turn, which reads every unanswered message, so a
 * retry after a failed turn answers exactly once and nothing is answered twice.
 *
 * @example
 *   const replies = await runAssistantTurn(deps, conversation);
 */
export async function runAssistantTurn(deps: Deps, conversation: Conversation): Promise<Message[]> {
  const { workspaceId, id } = conversation;
  const current = await deps.store.conversations.get(workspaceId, id);
  if (current?.status !== 'with_assistant') return [];
  const messages = await deps.store.messages.after(workspaceId, id, Math.max(0, current.lastSeq - maxReadMessages), maxReadMessages);
  if (messages.at(-1)?.authorKind !== 'customer') return [];
  const [articles, policy, intents, settings, customer, attempts] = await Promise.all([
    deps.store.articles.list(workspaceId),
    deps.store.workspaces.escalationPolicy(workspaceId),
    deps.store.intents.list(workspaceId),
    deps.store.workspaces.settings(workspaceId),
    deps.store.customers.get(workspaceId, current.customerId),
    deps.store.attempts.list(workspaceId, id),
  ]);
  // An action tried since an agent last spoke is not offered again (it is in the "AI tried" list).
  const lastAgentSeq = messages.findLast((m) => m.authorKind === 'agent')?.seq ?? 0;
  const triedActions = attempts.filter((a) => a.kind === 'action' && (a.atSeq ?? 0) > lastAgentSeq).map((a) => a.ref);
  const context: AssistantContext = {
    messages,
    articles,
    intents,
    knowledge: deps.intentCatalog.knowledgeFor(workspaceId, articles),
    analyzers: { ...deps.analyzers, intents: deps.intentCatalog.classifierFor(workspaceId, intents) },
    policy,
    customer: { tier: customer?.tier },
    siteUrl: settings.siteUrl,
    triedActions,
    now: deps.clock.now(),
  };
  let turn = assistantTurn(context);
  // The CRM is read only when the chosen action reads the account, never to decide a handoff:
  // a slow CRM delays an order lookup by at most its timeout, and a handoff not at all.
  // Without an account (an anonymous visitor, no CRM record, the CRM down) those actions are
  // not tried: the assistant answers from the knowledge base instead of "not on your account".
  if (turn.kind === 'reply' && turn.attempt?.kind === 'action' && actionsReadingTheAccount.has(turn.attempt.ref)) {
    const lookup = customer?.externalId ? await deps.crm.lookup(workspaceId, customer.externalId) : undefined;
    turn = assistantTurn(
      lookup?.status === 'found' ? { ...context, account: lookup.account } : { ...context, triedActions: [...triedActions, ...actionsReadingTheAccount] },
    );
  }
  const text = turn.kind === 'reply' ? await phrased(deps, turn, messages) : undefined;
  const plan = turn.kind === 'handoff' ? await planFor(deps, workspaceId, turn, settings.messageTemplates) : undefined;
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const locked = await tx.conversations.lock(workspaceId, id);
    if (locked?.status !== 'with_assistant' || locked.lastSeq !== current.lastSeq) return [];
    await settleAttempts(tx, workspaceId, id, messages);
    const body = plan?.text ?? text!;
    const { message } = await tx.messages.append(workspaceId, id, { id: deps.ids.uuid(), authorKind: 'assistant', body });
    emit({ type: 'message.created', conversationId: id, payload: { seq: message.seq, authorKind: 'assistant' } });
    if (turn.kind === 'reply' && turn.attempt) {
      await tx.attempts.record(workspaceId, id, { seq: message.seq, ...turn.attempt });
      if (turn.attempt.outcome) await tx.attempts.settle(workspaceId, id, message.seq, turn.attempt.outcome, turn.attempt.evidence);
    }
    if (turn.kind === 'handoff' && plan) {
      await escalateConversation(deps, tx, emit, locked, turn.decision, {
        atSeq: message.seq,
        teamId: plan.team?.id ?? null,
        quotedWaitSeconds: plan.quotedWaitSeconds,
        path: plan.path,
      });
    }
    return [message];
  });
}

/** The reply as an LLM phrases it, when one is configured; the phraser falls back to the draft by itself. */
async function phrased(deps: Deps, turn: Extract<AssistantTurn, { kind: 'reply' }>, messages: readonly Message[]): Promise<string> {
  const question = messages.at(-1)?.body ?? '';
  return deps.phraser.phraseAnswer({ question, draft: turn.text, language: turn.decision.language });
}

async function planFor(deps: Deps, workspaceId: string, turn: Extract<AssistantTurn, { kind: 'handoff' }>, storedTemplates: unknown): Promise<HandoffPlan> {
  const [teams, recent, waiting] = await Promise.all([
    deps.store.teams.list(workspaceId),
    deps.store.handoffs.recentAcceptanceSeconds(workspaceId, 50),
    deps.store.handoffs.waiting(workspaceId, 500),
  ]);
  const online = await Promise.all(teams.map(async (t) => [t.id, await deps.store.teams.onlineAgents(workspaceId, t.id)] as const));
  return planHandoff({
    decision: turn.decision,
    teams,
    articleCategory: turn.articleCategory,
    onlineByTeam: new Map(online),
    recentAcceptanceSeconds: recent,
    waitingAhead: waiting.length,
    templates: templatesOf(storedTemplates),
    emailAvailable: deps.mail !== undefined,
    now: deps.clock.now(),
  });
}

/** Templates are validated when saved; a stored set that no longer parses falls back to Baton's texts. */
function templatesOf(stored: unknown): MessageTemplates {
  try {
    return parseMessageTemplates(stored ?? {});
  } catch {
    return {};
  }
}
