import type { HandoffFacts, ReviewItem } from './types.ts';

/** A handoff resolved within this long of the accept was quick (and maybe unneeded). */
export const quickResolutionMs = 10 * 60_000;

const minutes = (ms: number) =>
  ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)}m ${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}s`;

/**
 * The calibration list for a team session, from real handoffs. Pure; newest first.
 * - `assistant_could_have_handled`: resolved by the agent within 10 minutes of the accept,
 *   with an answer the knowledge base has (an agent reply matches an article well enough for
 *   the assistant to have answered with it).
 * - `missed_sentiment`: tagged neutral at escalation, though the analysis saw frustration
 *   signals before it, or the customer then rated the conversation 1 or 2.
 * - `ignored_context`: the agent never opened the summary before replying, and the first reply
 *   was a cold start.
 *
 * @example
 *   findReviewItems(facts).map((i) => i.kind) // ['ignored_context', 'missed_sentiment']
 */
export function findReviewItems(handoffs: readonly HandoffFacts[]): Omit<ReviewItem, 'review'>[] {
  const items: Omit<ReviewItem, 'review'>[] = [];
  for (const h of [...handoffs].sort((a, b) => b.createdAt - a.createdAt)) {
    const base = { handoffId: h.handoffId, conversationId: h.conversationId, team: h.team, agentId: h.agentId, at: new Date(h.createdAt).toISOString() };
    const took = h.assignedAt !== null && h.closedAt !== null ? h.closedAt - h.assignedAt : null;
    if (h.knowledgeMatch && h.closed?.status === 'completed' && h.closed.reason !== 'handed_back' && took !== null && took <= quickResolutionMs) {
      items.push({
        ...base,
        kind: 'assistant_could_have_handled',
        reason: `Resolved ${minutes(took)} after the accept with an answer the knowledge base has: "${h.knowledgeMatch.title}".`,
        evidence: [`article ${h.knowledgeMatch.slug}, match ${h.knowledgeMatch.confidence.toFixed(2)}`],
      });
    }
    if (h.sentiment?.tag === 'neutral' && (h.sentiment.signals.length > 0 || (h.csat !== null && h.csat <= 2))) {
      const signals = h.sentiment.signals.map((s) => `${s.signal.replaceAll('_', ' ')}: "${s.evidence}"`);
      items.push({
        ...base,
        kind: 'missed_sentiment',
        reason:
          h.sentiment.signals.length > 0
            ? `Tagged neutral, though ${h.sentiment.signals.length} frustration signal${h.sentiment.signals.length > 1 ? 's' : ''} came before the escalation.`
            : `Tagged neutral, then rated ${h.csat} out of 5.`,
        evidence: [...signals, ...(h.csat !== null && h.csat <= 2 ? [`CSAT ${h.csat}`] : [])],
      });
    }
    if (h.summary === 'never_opened' && h.coldStart === true) {
      items.push({ ...base, kind: 'ignored_context', reason: 'The summary was never opened before the first reply, and that reply was a cold start.', evidence: [] });
    }
  }
  return items;
}
