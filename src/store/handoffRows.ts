import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { Database } from './schema.ts';
import { activeHandoffStatuses } from '../routing/handoffMachine.ts';
import { toHandoff } from './rowMappers.ts';

/** Handoffs in SQL; one active handoff per conversation is a unique partial index. */
export function handoffRows(db: Kysely<Database>): Store['handoffs'] {
  return {
    async create(workspaceId, h) {
      // ON CONFLICT on the one-active-handoff index: no aborted transaction on a race.
      const row = await db
          .insertInto('handoffs')
          .values({
            workspace_id: workspaceId,
            id: h.id,
            conversation_id: h.conversationId,
            status: 'pending',
            priority: h.priority,
            decision: JSON.stringify(h.decision),
            assigned_agent_id: null,
            close_reason: null,
            at_seq: h.atSeq ?? null,
            team_id: h.teamId ?? null,
            quoted_wait_seconds: h.quotedWaitSeconds ?? null,
            ...(h.path && { path: h.path }),
          })
          .onConflict((oc) => oc.column('conversation_id').where('status', 'in', [...activeHandoffStatuses]).doNothing())
          .returningAll()
          .executeTakeFirst();
      return row && toHandoff(row);
    },
    async get(workspaceId, id) {
      const row = await db.selectFrom('handoffs').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return row && toHandoff(row);
    },
    async activeFor(workspaceId, conversationId) {
      const row = await db
        .selectFrom('handoffs')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('conversation_id', '=', conversationId)
        .where('status', 'in', [...activeHandoffStatuses])
        .executeTakeFirst();
      return row && toHandoff(row);
    },
    async waiting(workspaceId, limit) {
      const rows = await db
        .selectFrom('handoffs')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('status', '=', 'pending')
        .orderBy('priority', 'desc')
        .orderBy('created_at')
        .limit(limit)
        .execute();
      return rows.map(toHandoff);
    },
    async recentAcceptanceSeconds(workspaceId, limit) {
      // The newest accepted handoffs' waits (escalation to acceptance), for the wait estimate.
      const rows = await db
        .selectFrom('handoffs')
        .select(sql<number>`extract(epoch from assigned_at - created_at)::float8`.as('seconds'))
        .where('workspace_id', '=', workspaceId)
        .where('assigned_at', 'is not', null)
        .orderBy('assigned_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => Number(r.seconds));
    },
    async recordQuote(workspaceId, handoffId, quote) {
      // Kept only when the estimate changed since the last quote kept for this handoff.
      await sql`
        INSERT INTO wait_quotes (workspace_id, handoff_id, position, estimate_seconds)
        SELECT ${workspaceId}::uuid, ${handoffId}::uuid, ${quote.position}::int, ${quote.estimateSeconds}::int
        WHERE NOT EXISTS (
          SELECT 1 FROM (
            SELECT estimate_seconds FROM wait_quotes
             WHERE workspace_id = ${workspaceId}::uuid AND handoff_id = ${handoffId}::uuid
             ORDER BY quoted_at DESC LIMIT 1
          ) AS last
          WHERE last.estimate_seconds = ${quote.estimateSeconds}::int
        )`.execute(db);
    },
    async waitPromises(workspaceId, since) {
      const rows = await db.selectFrom('handoff_wait_promises').selectAll().where('workspace_id', '=', workspaceId).where('created_at', '>=', since).orderBy('created_at').execute();
      return rows.map((r) => ({
        handoffId: r.handoff_id,
        teamId: r.team_id,
        createdAt: r.created_at,
        quotedWaitSeconds: r.quoted_wait_seconds,
        actualWaitSeconds: r.actual_wait_seconds === null ? null : Number(r.actual_wait_seconds),
        kept: r.kept,
        requotes: r.requotes,
      }));
    },
    async setStatus(workspaceId, id, from, to, fields) {
      const closing = to === 'completed' || to === 'cancelled';
      const row = await db
        .updateTable('handoffs')
        .set({
          status: to,
          ...(fields.assignedAgentId !== undefined && { assigned_agent_id: fields.assignedAgentId }),
          ...(to === 'assigned' && { assigned_at: sql`now()` }),
          ...(to === 'pending' && { assigned_agent_id: null, assigned_at: null }),
          ...(closing && { closed_at: sql`now()`, close_reason: fields.closeReason ?? to }),
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('status', '=', from)
        .returningAll()
        .executeTakeFirst();
      return row && toHandoff(row);
    },
  };
}
