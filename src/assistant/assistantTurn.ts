import { conversationAnalyzer, type Analyzers } from '../analysis/analyzeConversation.ts';
import type { Turn } from '../analysis/sentiment/types.ts';
import type { Message } from '../message/types.ts';
import { decideEscalation, type CustomerRecord, type EscalationDecision } from '../policy/decideEscalation.ts';
import type { EscalationPolicy } from '../policy/escalationPolicy.ts';
import { answerFromKnowledgeBase, type Article } from './answerFromKnowledgeBase.ts';
import type { WorkspaceIntent } from './intentCatalog.ts';
import { warmHandoffMessage } from './warmHandoffMessage.ts';

/** What the assistant does after a customer message. */
export type AssistantTurn =
  | { kind: 'reply'; text: string; articleSlug?: string; decision: EscalationDecision }
  | { kind: 'handoff'; text: string; decision: EscalationDecision };

/** Everything the built-in assistant reads to take its turn. */
export interface AssistantContext {
  messages: readonly Message[];
  articles: readonly Article[];
  /** The workspace's intents; `analyzers.intents` is the classifier trained on them. */
  intents?: readonly WorkspaceIntent[];
  analyzers: Analyzers;
  policy: EscalationPolicy;
  customer: CustomerRecord;
}

const smallTalkText = 'Happy to help! What can I do for you today? You can also ask for a person at any time.';

/**
 * The built-in assistant's turn: analyse the conversation so far and escalate when the
 * policy says so (with a warm message). Otherwise prepare the answer: with a workspace
 * intent classifier, the article of the classified intent, and the classifier's confidence
 * as the reply's own confidence, so an unsure answer escalates cleanly instead of guessing;
 * without one, the best knowledge-base match. Pure: the caller loads everything.
 *
 * @example
 *   assistantTurn({ messages, articles, analyzers, policy: defaultPolicy, customer: {} }).kind // 'handoff'
 */
export function assistantTurn(context: AssistantContext): AssistantTurn {
  const analyzer = conversationAnalyzer(context.analyzers, context.policy.sentimentSensitivity);
  // What happened before an agent last spoke was dealt with by that agent: analysis starts
  // after it, so an earlier request or frustration does not hand the customer straight back.
  const lastAgent = context.messages.findLastIndex((m) => m.authorKind === 'agent');
  const turns = toTurns(context.messages.slice(lastAgent + 1));
  // Every customer turn since the assistant last spoke is decided on, as if live: two
  // messages sent before the assistant answered are both read.
  const unanswered = turns.findLastIndex((t) => t.role !== 'customer') + 1;
  let decision: EscalationDecision | undefined;
  for (const [index, turn] of turns.entries()) {
    const analysis = analyzer.add(turn);
    if (index < unanswered) continue;
    decision = decideEscalation(analysis, context.customer, context.policy);
    if (decision.escalate) return { kind: 'handoff', decision, text: warmHandoffMessage(decision.language) };
  }
  const question = context.messages.filter((m) => m.authorKind === 'customer').at(-1)?.body ?? '';
  const answer = prepareAnswer(question, context);
  decision = decideEscalation(analyzer.add({ role: 'bot', text: answer.text, confidence: answer.confidence }), context.customer, context.policy);
  if (decision.escalate) return { kind: 'handoff', decision, text: warmHandoffMessage(decision.language) };
  return { kind: 'reply', text: answer.text, articleSlug: answer.articleSlug, decision };
}

/** Replies that carry no question: answered as small talk, never with a confidence. */
const acknowledgement =
  /^\s*(yes|yeah|yep|no|nope|nah|ok(ay)?|k|sure|fine|cool|great|perfect|awesome|nice|got it|understood|i see|right|alright|thanks?( you)?( (so|very) much)?( for (your|the) help)?|thx|ty|cheers|that worked|it works( now)?|done|bye|goodbye|see you|good (morning|afternoon|evening|night)|hi|hello|hey)( there)?[\s.!,?😀🙂👍🙏]*$/i;

function prepareAnswer(question: string, context: AssistantContext): { text: string; articleSlug?: string; confidence?: number } {
  const classifier = context.analyzers.intents;
  if (acknowledgement.test(question.slice(0, 80))) return { text: smallTalkText };
  if (classifier && context.intents) {
    const prediction = classifier.classify(question);
    const intent = context.intents.find((i) => i.name === prediction.intent);
    const article = context.articles.find((a) => a.slug === intent?.articleSlug);
    const text = article ? `${article.title}: ${article.body}` : smallTalkText;
    return { text, articleSlug: article?.slug, confidence: prediction.confidence };
  }
  const found = answerFromKnowledgeBase(question, context.articles);
  return { text: found.text, articleSlug: found.article?.slug };
}

/** Stored messages as analysis reads them: the assistant is the bot; system notices are skipped. */
function toTurns(messages: readonly Message[]): Turn[] {
  return messages.flatMap((m): Turn[] =>
    m.authorKind === 'customer' ? [{ role: 'customer', text: m.body }] : m.authorKind === 'assistant' ? [{ role: 'bot', text: m.body }] : m.authorKind === 'agent' ? [{ role: 'agent', text: m.body }] : [],
  );
}
