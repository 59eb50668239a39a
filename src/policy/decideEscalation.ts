import type { ConversationAnalysis } from '../analysis/analyzeConversation.ts';
import { describeIntent } from '../analysis/describeIntent.ts';
import type { SentimentTag } from '../analysis/sentiment/types.ts';
import type { Topic, TopicMatch } from '../analysis/types.ts';
import type { EscalationPolicy } from './escalationPolicy.ts';
import { priorityOf } from './priorityOf.ts';

/** The kinds of trigger. */
export type TriggerType = 'confidence' | 'sentiment' | 'explicit_request' | 'topic';

/** One reason to hand off, with the evidence that fired it. */
export interface Trigger {
  type: TriggerType;
  /** Index of the turn that fired it (a bot turn for confidence, else a customer turn). */
  turn: number;
  evidence: string;
}

/** The escalation decision, stored on the handoff as it was made. */
export interface EscalationDecision {
  escalate: boolean;
  triggers: Trigger[];
  /** 0–100; higher is routed first. */
  priority: number;
  sentiment: SentimentTag;
  topic: Topic | null;
  language: string;
  /** One line: what the customer is trying to do, with ids and amounts. */
  intent: string;
  /** Why, in one sentence a person can read. */
  explanation: string;
}

/** What the policy knows of the customer. */
export interface CustomerRecord {
  tier?: string;
}

const tagRank: Record<SentimentTag, number> = { neutral: 0, frustrated: 1, upset: 2 };

/**
 * Decide, at the latest turn, whether to hand the conversation to a person. Pure: the
 * analysis so far, the customer record and the workspace policy in; the decision with every
 * trigger's evidence, a priority and a readable explanation out. A trigger fires at the turn
 * its evidence appears (so an old request does not fire again after a hand-back).
 *
 * @example
 *   decideEscalation(analysis, { tier: 'gold' }, defaultPolicy)
 *   // { escalate: true, triggers: [{ type: 'topic', turn: 2, evidence: 'charged twice' }], priority: 66, ... }
 */
export function decideEscalation(analysis: ConversationAnalysis, customer: CustomerRecord, policy: EscalationPolicy): EscalationDecision {
  const now = analysis.turn;
  const triggers: Trigger[] = [];
  const bot = analysis.botConfidence;
  if (bot && bot.turn === now && bot.confidence < policy.confidenceThreshold) {
    triggers.push({ type: 'confidence', turn: now, evidence: `bot confidence ${bot.confidence.toFixed(2)} < ${policy.confidenceThreshold}` });
  }
  if (analysis.humanRequest?.turn === now) triggers.push({ type: 'explicit_request', turn: now, evidence: analysis.humanRequest.matched });
  // A dispute named without its amount ("I was billed two times") is about the amount the
  // customer named earlier, if any; a dispute with no amount ever named always goes to a person.
  const disputed = (match: TopicMatch) => match.amount ?? analysis.entities.amounts.at(-1);
  const topicHere = analysis.topics.find(
    ({ turn, match }) =>
      turn === now &&
      policy.topics.includes(match.topic) &&
      (match.topic !== 'billing_dispute' || disputed(match) === undefined || disputed(match)!.amount > policy.disputeAmountThreshold),
  );
  if (topicHere) triggers.push({ type: 'topic', turn: now, evidence: `${topicHere.match.topic}: ${topicHere.match.evidence}` });
  const sentiment = analysis.sentiment;
  const customerTurn = sentiment.signals.some((s) => s.turn === now) || triggers.some((t) => t.type !== 'confidence');
  if (customerTurn && tagRank[sentiment.tag] >= tagRank[policy.sentimentEscalatesAt]) {
    const signals = sentiment.signals.slice(-3).map((s) => `${s.signal} (turn ${s.turn}): ${s.evidence}`);
    triggers.push({ type: 'sentiment', turn: now, evidence: `${sentiment.tag}; ${signals.join('; ')}` });
  }
  const topic = (topicHere ?? analysis.topics.findLast((t) => policy.topics.includes(t.match.topic)))?.match.topic ?? null;
  const escalate = triggers.length > 0;
  return {
    escalate,
    triggers,
    priority: escalate ? priorityOf(triggers, sentiment.tag, topicHere?.match, customer.tier) : 0,
    sentiment: sentiment.tag,
    topic,
    language: analysis.language.language,
    intent: describeIntent(analysis),
    explanation: escalate ? explain(triggers, sentiment.tag) : 'No trigger fired.',
  };
}

function explain(triggers: Trigger[], tag: SentimentTag): string {
  const parts = triggers.map((t) => {
    if (t.type === 'explicit_request') return `the customer asked for a person ("${t.evidence}")`;
    if (t.type === 'confidence') return `the assistant was unsure (${t.evidence})`;
    if (t.type === 'topic') return `the topic always goes to a person (${t.evidence})`;
    return `the customer is ${tag}`;
  });
  const sentence = parts.join('; ');
  return `Escalated because ${sentence}.`;
}
