import type { Deps } from '../../core/deps.ts';
import { minAnswerConfidence } from '../../assistant/knowledge/answerQuestion.ts';
import { loadConversationRecords } from '../handoffMetrics.ts';
import { findReviewItems } from './findReviewItems.ts';
import type { HandoffFacts, ReviewItem } from './types.ts';

/**
 * The calibration list of the handoffs of the last `days` days, with each item's review so
 * far: read from the event log (as the metrics are), the packets' sentiment, the agents'
 * first replies searched in the knowledge base.
 *
 * @example
 *   const items = await calibrationList(deps, workspaceId, { days: 14 });
 */
export async function calibrationList(deps: Pick<Deps, 'store' | 'clock' | 'intentCatalog'>, workspaceId: string, options: { days: number }): Promise<ReviewItem[]> {
  const to = deps.clock.now();
  const from = new Date(to.getTime() - options.days * 86_400_000);
  const records = await loadConversationRecords(deps, workspaceId, from, to);
  const handoffIds = records.flatMap((r) => r.handoffs.map((h) => h.handoffId));
  const [details, articles] = await Promise.all([deps.store.calibration.details(workspaceId, handoffIds), deps.store.articles.list(workspaceId)]);
  const knowledge = deps.intentCatalog.knowledgeFor(workspaceId, articles);

  const facts: HandoffFacts[] = records.flatMap((record) =>
    record.handoffs.map((h) => {
      const detail = details.get(h.handoffId);
      let knowledgeMatch: HandoffFacts['knowledgeMatch'] = null;
      for (const reply of detail?.agentReplies ?? []) {
        const [best] = knowledge.search(reply, 1);
        const article = best && articles.find((a) => a.slug === best.slug);
        if (article && best.confidence >= minAnswerConfidence && best.confidence > (knowledgeMatch?.confidence ?? 0)) knowledgeMatch = { slug: article.slug, title: article.title, confidence: best.confidence };
      }
      return {
        handoffId: h.handoffId,
        conversationId: h.conversationId,
        team: h.team,
        agentId: h.agentId,
        createdAt: h.createdAt,
        assignedAt: h.assignedAt,
        closedAt: h.closedAt,
        closed: h.closed,
        summary: h.summary,
        coldStart: h.coldStart,
        csat: record.csat,
        sentiment: detail?.sentiment ?? null,
        knowledgeMatch,
      };
    }),
  );
  const items = findReviewItems(facts);
  const reviews = await deps.store.calibration.reviews(workspaceId, [...new Set(items.map((i) => i.handoffId))]);
  return items.map((item) => ({ ...item, review: reviews.get(`${item.handoffId}:${item.kind}`) ?? null }));
}
