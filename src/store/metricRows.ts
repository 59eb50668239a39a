import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { HandoffExtras, MetricEvent } from '../metrics/types.ts';
import type { Database } from './schema.ts';

/** What the handoff metrics read: the event log of the period's conversations, and per handoff the first agent reply and the packet. */
export function metricRows(db: Kysely<Database>): Store['metrics'] {
  return {
    async events(workspaceId, from, to, limit) {
      // Every event of the conversations that started in the period, in log order (also
      // those after its end: a CSAT given the next day still belongs to the conversation).
      const { rows } = await sql<{ type: MetricEvent['type']; occurred_at: Date; conversation_id: string; handoff_id: string | null; agent_id: string | null; payload: unknown }>`
        WITH started AS (
          SELECT conversation_id FROM events
           WHERE workspace_id = ${workspaceId} AND type = 'conversation.started'
             AND occurred_at >= ${from} AND occurred_at < ${to}
           ORDER BY occurred_at
           LIMIT ${limit})
        SELECT e.type, e.occurred_at, e.conversation_id, e.handoff_id, e.agent_id, e.payload
          FROM events e JOIN started s ON s.conversation_id = e.conversation_id
         WHERE e.workspace_id = ${workspaceId}
         ORDER BY e.id`.execute(db);
      return rows.map((r) => ({
        type: r.type,
        occurredAt: r.occurred_at,
        conversationId: r.conversation_id,
        ...(r.handoff_id && { handoffId: r.handoff_id }),
        ...(r.agent_id && { agentId: r.agent_id }),
        payload: r.payload,
      })) as MetricEvent[];
    },
    async extras(workspaceId, handoffIds) {
      const extras = new Map<string, HandoffExtras>();
      if (handoffIds.length === 0) return extras;
      const { rows } = await sql<{ handoff_id: string; first_reply: string | null; packet: { intent?: { line?: string; orderIds?: string[]; accountNumbers?: string[] }; customer?: { verified?: boolean } } | null }>`
        SELECT h.id AS handoff_id, p.packet,
               (SELECT m.body FROM messages m
                 WHERE m.workspace_id = h.workspace_id AND m.conversation_id = h.conversation_id
                   AND m.author_kind = 'agent' AND m.created_at >= h.assigned_at
                 ORDER BY m.seq LIMIT 1) AS first_reply
          FROM handoffs h
          LEFT JOIN handoff_packets p ON p.workspace_id = h.workspace_id AND p.handoff_id = h.id
         WHERE h.workspace_id = ${workspaceId} AND h.assigned_at IS NOT NULL AND h.id = ANY(${handoffIds}::uuid[])`.execute(db);
      for (const r of rows) {
        const intent = r.packet?.intent;
        extras.set(r.handoff_id, {
          ...(r.first_reply !== null && { firstAgentReply: r.first_reply }),
          ...(r.packet && {
            packet: {
              orderIds: intent?.orderIds ?? [],
              accountNumbers: intent?.accountNumbers ?? [],
              verified: r.packet.customer?.verified === true,
              intentKnown: !!intent?.line && intent.line !== 'Unknown request',
            },
          }),
        });
      }
      return extras;
    },
  };
}
