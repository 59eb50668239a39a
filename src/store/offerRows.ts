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
      async createRounds(workspaceId, rounds) {
        const wanted = rounds.filter((r) => r.offers.length > 0);
        if (wanted.length === 0) return [];
        // One statement per step for the whole pass: the handoffs move, then their rounds
        // (ON CONFLICT on the one-open-round index: a racing pass gets no round, not an
        // error), then the offers of the rounds made.
        const moved = await sql<{ id: string }>`
          UPDATE handoffs SET status = 'offered'
           WHERE workspace_id = ${workspaceId}::uuid AND id = ANY(${wanted.map((r) => r.handoffId)}::uuid[]) AND status = 'pending'
          RETURNING id`.execute(db);
        const movedIds = new Set(moved.rows.map((r) => r.id));
        const candidates = wanted.filter((r) => movedIds.has(r.handoffId));
        if (candidates.length === 0) return [];
        const made = await sql<{ id: string; handoff_id: string }>`
          INSERT INTO offer_rounds (workspace_id, id, handoff_id)
          SELECT ${workspaceId}::uuid, r.id, r.handoff_id
            FROM unnest(${candidates.map((r) => r.roundId)}::uuid[], ${candidates.map((r) => r.handoffId)}::uuid[]) AS r(id, handoff_id)
          ON CONFLICT (handoff_id) WHERE open DO NOTHING
          RETURNING id, handoff_id`.execute(db);
        const madeRounds = new Set(made.rows.map((r) => r.id));
        const lost = candidates.filter((r) => !madeRounds.has(r.roundId)).map((r) => r.handoffId);
        if (lost.length > 0) {
          await sql`UPDATE handoffs SET status = 'pending' WHERE workspace_id = ${workspaceId}::uuid AND id = ANY(${lost}::uuid[]) AND status = 'offered'`.execute(db);
        }
        const offers = candidates.filter((r) => madeRounds.has(r.roundId)).flatMap((r) => r.offers.map((o) => ({ ...o, roundId: r.roundId, handoffId: r.handoffId, timeoutSeconds: r.timeoutSeconds })));
        if (offers.length === 0) return [];
        const rows = await sql<Selectable<Database['offers']>>`
          INSERT INTO offers (workspace_id, id, handoff_id, round_id, agent_id, created_at, expires_at)
          SELECT ${workspaceId}::uuid, o.id, o.handoff_id, o.round_id, o.agent_id, clock_timestamp(), clock_timestamp() + make_interval(secs => o.timeout)
            FROM unnest(
              ${offers.map((o) => o.id)}::uuid[], ${offers.map((o) => o.handoffId)}::uuid[], ${offers.map((o) => o.roundId)}::uuid[],
              ${offers.map((o) => o.agentId)}::uuid[], ${offers.map((o) => o.timeoutSeconds)}::float8[]
            ) AS o(id, handoff_id, round_id, agent_id, timeout)
          RETURNING *`.execute(db);
        return rows.rows.map(toOffer);
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
      async lock(workspaceId, id) {
        const row = await db.selectFrom('offers').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).forUpdate().executeTakeFirst();
        return row && toOffer(row);
      },
      async get(workspaceId, id) {
        const row = await db.selectFrom('offers').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
        return row && toOffer(row);
      },
      async finish(workspaceId, id, to, reason) {
        const row = await db
          .updateTable('offers')
          .set({ status: to, answered_at: sql`clock_timestamp()`, reason: reason ?? null })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .where('status', '=', 'pending')
          // An offer past its expiry can no longer be accepted, even before the sweep ends it.
          .$if(to === 'accepted', (qb) => qb.where('expires_at', '>', sql<Date>`clock_timestamp()`))
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
