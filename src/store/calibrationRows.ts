import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { Review } from '../metrics/calibration/types.ts';
import type { Database } from './schema.ts';

/** Calibration reviews in SQL, and what the list needs beyond the event log. */
export function calibrationRows(db: Kysely<Database>): Store['calibration'] {
  return {
    async details(workspaceId, handoffIds) {
      const details = new Map<string, { sentiment: { tag: string; signals: { signal: string; evidence: string }[] } | null; agentReplies: string[] }>();
      if (handoffIds.length === 0) return details;
      const { rows } = await sql<{ handoff_id: string; sentiment: { tag?: string; signals?: { signal: string; evidence: string }[] } | null; replies: string[] | null }>`
        SELECT h.id AS handoff_id, p.packet -> 'sentiment' AS sentiment,
               (SELECT array_agg(body ORDER BY seq) FROM (
                  SELECT m.body, m.seq FROM messages m
                   WHERE m.workspace_id = h.workspace_id AND m.conversation_id = h.conversation_id
                     AND m.author_kind = 'agent' AND m.created_at >= h.assigned_at
                   ORDER BY m.seq LIMIT 3) first_replies) AS replies
          FROM handoffs h
          LEFT JOIN handoff_packets p ON p.workspace_id = h.workspace_id AND p.handoff_id = h.id
         WHERE h.workspace_id = ${workspaceId} AND h.id = ANY(${handoffIds}::uuid[])`.execute(db);
      for (const r of rows) {
        details.set(r.handoff_id, {
          sentiment: r.sentiment ? { tag: r.sentiment.tag ?? 'neutral', signals: (r.sentiment.signals ?? []).map((s) => ({ signal: s.signal, evidence: s.evidence })) } : null,
          agentReplies: r.replies ?? [],
        });
      }
      return details;
    },
    async reviews(workspaceId, handoffIds) {
      const reviews = new Map<string, Review>();
      if (handoffIds.length === 0) return reviews;
      const rows = await db
        .selectFrom('calibration_reviews')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('handoff_id', 'in', [...handoffIds])
        .execute();
      for (const r of rows) reviews.set(`${r.handoff_id}:${r.kind}`, { mark: r.mark, note: r.note, reviewerAgentId: r.reviewer_agent_id, updatedAt: r.updated_at });
      return reviews;
    },
    async saveReview(workspaceId, handoffId, kind, review) {
      const handoff = await db.selectFrom('handoffs').select('id').where('workspace_id', '=', workspaceId).where('id', '=', handoffId).executeTakeFirst();
      if (!handoff) return undefined;
      const row = await db
        .insertInto('calibration_reviews')
        .values({ workspace_id: workspaceId, handoff_id: handoffId, kind, mark: review.mark, note: review.note, reviewer_agent_id: review.reviewerAgentId })
        .onConflict((c) => c.columns(['workspace_id', 'handoff_id', 'kind']).doUpdateSet({ mark: review.mark, note: review.note, reviewer_agent_id: review.reviewerAgentId, updated_at: sql`now()` }))
        .returningAll()
        .executeTakeFirstOrThrow();
      return { mark: row.mark, note: row.note, reviewerAgentId: row.reviewer_agent_id, updatedAt: row.updated_at };
    },
  };
}
