import { sql, type Kysely, type Selectable } from 'kysely';
import type { Store } from '../core/store.ts';
import type { Offer } from '../routing/types.ts';
import type { Database } from './schema.ts';

const toOffer = (r: Selectable<Database['offers']>): Offer => ({
  workspaceId: r.workspace_id,
  id: r.id,
  handoffId: r.handoff_id,
  roundId: r.round_id,
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
      async createRound(workspaceId, r) {
        if (r.offers.length === 0) return [];
        // ON CONFLICT on the one-open-round index: a racing pass gets no round, not an error.
        const round = await db
          .insertInto('offer_rounds')
          .values({ workspace_id: workspaceId, id: r.roundId, handoff_id: r.handoffId })
          .onConflict((oc) => oc.column('handoff_id').where('open', '=', true).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!round) return [];
        const rows = await db
          .insertInto('offers')
          .values(
            r.offers.map((o) => ({
              workspace_id: workspaceId,
              id: o.id,
              handoff_id: r.handoffId,
              round_id: r.roundId,
              agent_id: o.agentId,
              expires_at: sql<Date>`now() + make_interval(secs => ${r.timeoutSeconds})`,
              reason: null,
            })),
          )
          .returningAll()
          .execute();
        return rows.map(toOffer);
      },
      async closeRound(workspaceId, roundId) {
        const closed = await db
          .updateTable('offer_rounds')
          .set({ open: false })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', roundId)
          .where('open', '=', true)
          .where((eb) => eb.not(eb.exists(eb.selectFrom('offers').select('id').where('offers.round_id', '=', roundId).where('offers.status', '=', 'pending'))))
          .returning('id')
          .executeTakeFirst();
        return closed !== undefined;
      },
      async pendingInRound(workspaceId, roundId) {
        const rows = await db.selectFrom('offers').selectAll().where('workspace_id', '=', workspaceId).where('round_id', '=', roundId).where('status', '=', 'pending').execute();
        return rows.map(toOffer);
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
