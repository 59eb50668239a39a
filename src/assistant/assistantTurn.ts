import { conversationAnalyzer, type Analyzers, type ConversationAnalysis } from '../analysis/analyzeConversation.ts';
import { extractEntities } from '../analysis/extractEntities.ts';
import type { Message } from '../message/types.ts';
import { decideEscalation, type CustomerRecord, type EscalationDecision } from '../policy/decideEscalation.ts';
import type { EscalationPolicy } from '../policy/escalationPolicy.ts';
import { chooseAction } from './actions/chooseAction.ts';
import { selfServiceActions } from './actions/selfServiceActions.ts';
import type { AccountSnapshot } from './actions/selfServiceAction.ts';
import type { Article } from './article.ts';
import type { AttemptKind, AttemptOutcome } from './attempts/attempt.ts';
import { labelFor } from './attempts/labelFor.ts';
import type { WorkspaceIntent } from './intentCatalog.ts';
import { answerQuestion, notSureText } from './knowledge/answerQuestion.ts';
import type { KnowledgeIndex } from './knowledge/knowledgeIndex.ts';
import { toTurns } from './toTurns.ts';

/** What the assistant tried in its reply, to be recorded as an attempted resolution. */
export interface NewAttempt {
  kind: AttemptKind;
  ref: string;
  label: string;
  /** Set at once when the attempt failed by itself (an order not on the account). */
  outcome?: AttemptOutcome;
  evidence?: string;
}

/** What the assistant does after a customer message. */
export type AssistantTurn =
  | { kind: 'reply'; text: string; articleSlug?: string; attempt?: NewAttempt; decision: EscalationDecision; analysis: ConversationAnalysis }
  | { kind: 'handoff'; decision: EscalationDecision; analysis: ConversationAnalysis; articleCategory?: string };

/** Everything the built-in assistant reads to take its turn. */
export interface AssistantContext {
  messages: readonly Message[];
  articles: readonly Article[];
  /** The workspace's intents; `analyzers.intents` is the classifier trained on them. */
  intents?: readonly WorkspaceIntent[];
  /** The workspace's knowledge-base index (BM25); without it and without intents, no article is found. */
  knowledge?: KnowledgeIndex;
  analyzers: Analyzers;
  policy: EscalationPolicy;
  customer: CustomerRecord;
  /** The customer's account, for self-service actions that read orders and plans. */
  account?: AccountSnapshot;
  /** The workspace's site; self-service links are built under it. */
  siteUrl?: string;
  /** Actions already tried in this conversation (by id): not offered again. */
  triedActions?: readonly string[];
  now?: Date;
}

const smallTalkText = 'Happy to help! What can I do for you today? You can also ask for a person at any time.';

/**
 * The built-in assistant's turn: analyse the conversation so far and escalate when the
 * policy says so. Otherwise prepare the answer: a self-service action when one fits (order
 * lookup, refund portal, password reset, plan change, troubleshooting), else the knowledge
 * base's article, from the workspace's intent classifier when it has one (its confidence is
 * the reply's confidence, so an unsure answer escalates cleanly instead of guessing) or from
 * BM25 search. The reply names what it tried, for the handoff packet. Pure: the caller
 * loads everything and writes the message (and, for a handoff, what the customer hears).
 *
 * @example
 *   assistantTurn({ messages, articles, knowledge, analyzers, policy: defaultPolicy, customer: {} }).kind // 'handoff'
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
  let analysis: ConversationAnalysis | undefined;
  for (const [index, turn] of turns.entries()) {
    analysis = analyzer.add(turn);
    if (index < unanswered) continue;
    const decision = decideEscalation(analysis, context.customer, context.policy);
    if (decision.escalate) return { kind: 'handoff', decision, analysis, articleCategory: subjectCategory(context) };
  }
  const question = context.messages.filter((m) => m.authorKind === 'customer').at(-1)?.body ?? '';
  const answer = prepareAnswer(question, context, analysis);
  analysis = analyzer.add({ role: 'bot', text: answer.text, confidence: answer.confidence });
  const decision = decideEscalation(analysis, context.customer, context.policy);
  // Escalating here means the answer was unsure: its article says nothing about the subject.
  if (decision.escalate) return { kind: 'handoff', decision, analysis, articleCategory: subjectCategory(context) };
  return { kind: 'reply', text: answer.text, articleSlug: answer.article?.slug, attempt: answer.attempt, decision, analysis };
}

/** Replies that carry no question: answered as small talk, never with a confidence. */
const acknowledgement =
  /^\s*(yes|yeah|yep|no|nope|nah|ok(ay)?|k|sure|fine|cool|great|perfect|awesome|nice|got it|understood|i see|right|alright|thanks?( you)?( (so|very) much)?( for (your|the) help)?|thx|ty|cheers|that worked|it works( now)?|done|bye|goodbye|see you|good (morning|afternoon|evening|night)|hi|hello|hey)( there)?[\s.!,?😀🙂👍🙏]*$/i;

interface PreparedAnswer {
  text: string;
  article?: Article;
  confidence?: number;
  attempt?: NewAttempt;
}

/** Whether the customer's words carry no question ("thanks", "ok"). */
const isSmallTalk = (question: string) => acknowledgement.test(question.slice(0, 80));

/**
 * The confidence the assistant reports for its answer to `question`: the intent classifier's
 * (or BM25 search's) confidence in the article it answers with; undefined for small talk,
 * which never fires the confidence trigger. A reply made by a self-service action reports no
 * confidence either; the caller knows whether one was made. Lets the policy backtest replay
 * stored answers with the confidence they were sent with.
 *
 * @example
 *   answerConfidence('how do I reset my password', { analyzers, intents, articles }) // 0.91
 *   answerConfidence('thanks!', { analyzers, intents, articles })                    // undefined
 */
export function answerConfidence(question: string, context: ArticleSearch): number | undefined {
  return isSmallTalk(question) ? undefined : findArticle(question, context).confidence;
}

function prepareAnswer(question: string, context: AssistantContext, analysis: ConversationAnalysis | undefined): PreparedAnswer {
  if (isSmallTalk(question)) return { text: smallTalkText };
  const found = findArticle(question, context);
  const asked = extractEntities(question);
  const entities = asked.orderIds.length > 0 || !analysis ? asked : analysis.entities;
  const untried = selfServiceActions.filter((a) => !context.triedActions?.includes(a.id));
  const action = chooseAction(question, entities, found.article, untried);
  if (action) {
    const result = action.run({ question, entities, account: context.account, article: found.article, baseUrl: context.siteUrl ?? 'https://example.com', now: context.now });
    const failed = result.status === 'not_found';
    return {
      text: result.text,
      article: found.article,
      attempt: {
        kind: 'action',
        ref: action.id,
        label: labelFor('action', action.id, found.article?.title),
        ...(failed && { outcome: 'failed' as const, evidence: 'not found on the account' }),
      },
    };
  }
  if (!found.article) return { text: found.text, confidence: found.confidence };
  return {
    text: found.text,
    article: found.article,
    confidence: found.confidence,
    attempt: { kind: 'article', ref: found.article.slug, label: labelFor('article', found.article.slug, found.article.title) },
  };
}

/**
 * The category of what the customer is asking about, for the team: the article that surely
 * answers one of their messages since an agent last spoke (newest first), if any.
 */
function subjectCategory(context: AssistantContext): string | undefined {
  const lastAgent = context.messages.findLastIndex((m) => m.authorKind === 'agent');
  const asked = context.messages.slice(lastAgent + 1).filter((m) => m.authorKind === 'customer');
  for (const message of asked.reverse().slice(0, 5)) {
    const found = findArticle(message.body, context);
    if (found.article?.category && (found.confidence ?? 0) >= context.policy.confidenceThreshold) return found.article.category;
  }
  return undefined;
}

/** What finding an article reads: the classifier (in `analyzers.intents`), the intents, the articles and their index. */
export type ArticleSearch = Pick<AssistantContext, 'analyzers' | 'intents' | 'articles' | 'knowledge'>;

/** The article that answers the question: by the intent classifier when the workspace has one, else by BM25 search. */
function findArticle(question: string, context: ArticleSearch): { article?: Article; text: string; confidence?: number } {
  const classifier = context.analyzers.intents;
  if (classifier && context.intents) {
    const prediction = classifier.classify(question);
    const intent = context.intents.find((i) => i.name === prediction.intent);
    const article = context.articles.find((a) => a.slug === intent?.articleSlug);
    return { article, text: article ? `${article.title}: ${article.body}` : smallTalkText, confidence: prediction.confidence };
  }
  if (!context.knowledge) return { text: notSureText, confidence: 0 };
  const reply = answerQuestion(context.knowledge, context.articles, question);
  return { article: reply.article, text: reply.text, confidence: reply.confidence };
}
