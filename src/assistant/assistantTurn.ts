import { conversationAnalyzer, type Analyzers } from '../analysis/analyzeConversation.ts';
import type { Turn } from '../analysis/sentiment/types.ts';
import type { Message } from '../message/types.ts';
import { decideEscalation, type CustomerRecord, type EscalationDecision } from '../policy/decideEscalation.ts';
import type { EscalationPolicy } from '../policy/escalationPolicy.ts';
import { answerFromKnowledgeBase, type Article } from './answerFromKnowledgeBase.ts';

/** What the assistant does after a customer message. */
export type AssistantTurn =
  | { kind: 'reply'; text: string; articleSlug?: string; decision: EscalationDecision }
  | { kind: 'handoff'; text: string; decision: EscalationDecision };

/** Everything the built-in assistant reads to take its turn. */
export interface AssistantContext {
  messages: readonly Message[];
  articles: readonly Article[];
  analyzers: Analyzers;
  policy: EscalationPolicy;
  customer: CustomerRecord;
}

/**
 * The built-in assistant's turn: analyse the conversation so far, escalate when the policy
 * says so (with a warm message), otherwise answer from the knowledge base. Pure: the caller
 * loads the messages, articles, policy and customer record.
 *
 * @example
 *   assistantTurn({ messages, articles, analyzers, policy: defaultPolicy, customer: {} }).kind // 'handoff'
 */
export function assistantTurn(context: AssistantContext): AssistantTurn {
  const analyzer = conversationAnalyzer(context.analyzers, context.policy.sentimentSensitivity);
  const turns = toTurns(context.messages);
  // Every customer turn since the assistant last spoke is decided on, as if live: two
  // messages sent before the assistant answered are both read.
  const unanswered = turns.findLastIndex((t) => t.role !== 'customer') + 1;
  let decision: EscalationDecision | undefined;
  for (const [index, turn] of turns.entries()) {
    const analysis = analyzer.add(turn);
    if (index < unanswered) continue;
    decision = decideEscalation(analysis, context.customer, context.policy);
    if (decision.escalate) break;
  }
  decision ??= decideEscalation(analyzer.add({ role: 'customer', text: '' }), context.customer, context.policy);
  const customerTexts = context.messages.filter((m) => m.authorKind === 'customer');
  if (decision.escalate) {
    return {
      kind: 'handoff',
      decision,
      text: "I'm connecting you with a member of our support team. They will see this whole conversation, so you won't need to repeat anything.",
    };
  }
  const answer = answerFromKnowledgeBase(customerTexts.at(-1)?.body ?? '', context.articles);
  return { kind: 'reply', text: answer.text, articleSlug: answer.article?.slug, decision };
}

/** Stored messages as analysis reads them: the assistant is the bot; system notices are skipped. */
function toTurns(messages: readonly Message[]): Turn[] {
  return messages.flatMap((m): Turn[] =>
    m.authorKind === 'customer' ? [{ role: 'customer', text: m.body }] : m.authorKind === 'assistant' ? [{ role: 'bot', text: m.body }] : m.authorKind === 'agent' ? [{ role: 'agent', text: m.body }] : [],
  );
}
