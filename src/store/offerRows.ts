import { sql, type Kysely, type Selectable } from 'kysely';
import type { Store } from '../core/store.ts';
import type { Offer } from '../routing/types.ts';
import type { Database } from './schema.ts';

const toOffer = (r: Selectable<Database['offers']>): Offer => ({
  workspaceId: r.workspace_id,
  id: r.id,
  handoffId: r.handoff_id,
  agentId: r.agent_id,
  status: r.status,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  answeredAt: r.answered_at,
  reason: r.reason,
});

/** Offers in SQL. Timers use the database's clock. */
export function offerRows(db: Kysely<Database>): Pick<Store, 'offers'> {
  return {
    offers: {
      async create(workspaceId, o) {
        // ON CONFLICT on the one-pending-offer index: a racing pass gets undefined, not an error.
        const row = await db
          .insertInto('offers')
          .values({
            workspace_id: workspaceId,
            id: o.id,
            handoff_id: o.handoffId,
            agent_id: o.agentId,
            expires_at: sql<Date>`now() + make_interval(secs => ${o.timeoutSeconds})`,
            reason: null,
          })
          .onConflict((oc) => oc.column('handoff_id').where('status', '=', 'pending').doNothing())
          .returningAll()
          .executeTakeFirst();
        return row && toOffer(row);
      },
      async get(workspaceId, id) {
        const row = await db.selectFrom('offers').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
        return row && toOffer(row);
      },
      async finish(workspaceId, id, to, reason) {
        const row = await db
          .updateTable('offers')
          .set({ status: to, answered_at: sql`now()`, reason: reason ?? null })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .returningAll()
          .executeTakeFirst();
        return row && toOffer(row);
      },
      async pendingFor(workspaceId, agentId) {
        const rows = await db
          .selectFrom('offers')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('agent_id', '=', agentId)
          .where('status', '=', 'pending')
          .orderBy('created_at')
          .execute();
        return rows.map(toOffer);
      },
      async pendingForHandoff(workspaceId, handoffId) {
        const rows = await db.selectFrom('offers').selectAll().where('workspace_id', '=', workspaceId).where('handoff_id', '=', handoffId).where('status', '=', 'pending').execute();
        return rows.map(toOffer);
      },
      async claimExpired(limit) {
        // Across workspaces; another instance expiring the same offers skips them (Q1).
        const rows = await db
          .selectFrom('offers')
          .selectAll()
          .where('status', '=', 'pending')
          .where('expires_at', '<=', sql<Date>`now()`)
          .orderBy('expires_at')
          .limit(limit)
          .forUpdate()
          .skipLocked()
          .execute();
        return rows.map(toOffer);
      },
    },
  };
}
