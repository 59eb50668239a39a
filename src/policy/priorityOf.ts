import type { SentimentTag } from '../analysis/sentiment/types.ts';
import type { TopicMatch } from '../analysis/types.ts';
import type { Trigger } from './decideEscalation.ts';

/** Base priority of each trigger; the strongest one sets the floor. */
const base = {
  confidence: 30,
  explicit_request: 40,
  sentiment: 45,
  topic: { billing_dispute: 50, legal: 55, accessibility: 50, safety: 90 },
} as const;
const sentimentBoost: Record<SentimentTag, number> = { neutral: 0, frustrated: 10, upset: 20 };
const tierBoost: Record<string, number> = { free: 0, standard: 0, gold: 8, platinum: 12 };
/** Each trigger beyond the first adds this much: combined reasons are more urgent. */
const perExtraTrigger = 6;

/**
 * A priority from 0 to 100: the strongest trigger's base, plus the sentiment (upset >
 * frustrated > neutral), plus each further trigger, plus the customer's tier, plus a large
 * disputed amount. Safety is never below 90 and every other handoff stays below it.
 *
 * @example
 *   priorityOf([{ type: 'topic', turn: 2, evidence: '' }], 'frustrated', { topic: 'billing_dispute', evidence: '' }, 'gold') // 68
 */
export function priorityOf(triggers: Trigger[], sentiment: SentimentTag, topic: TopicMatch | undefined, tier: string | undefined): number {
  const bases = triggers.map((t) => (t.type === 'topic' ? (topic ? base.topic[topic.topic] : 50) : base[t.type]));
  let priority = Math.max(0, ...bases);
  priority += sentimentBoost[sentiment];
  priority += perExtraTrigger * Math.max(0, triggers.length - 1);
  priority += tierBoost[tier ?? 'standard'] ?? 0;
  if (topic?.amount && topic.amount.amount >= 1000) priority += 5;
  // Safety is always first: never below 90, and nothing else reaches 90.
  priority = topic?.topic === 'safety' ? Math.max(priority, 90) : Math.min(priority, 89);
  return Math.max(0, Math.min(100, Math.round(priority)));
}
