import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { AttemptedResolution, HandoffPacket } from '../packet/types.ts';
import type { Database } from './schema.ts';

/** Attempted resolutions, handoff packets and teams in SQL. */
export function packetRows(db: Kysely<Database>): Pick<Store, 'attempts' | 'packets' | 'teams'> {
  return {
    attempts: {
      async record(workspaceId, conversationId, a) {
        await db
          .insertInto('attempted_resolutions')
          .values({ workspace_id: workspaceId, conversation_id: conversationId, seq: a.seq, kind: a.kind, ref: a.ref, label: a.label })
          .onConflict((oc) => oc.columns(['conversation_id', 'seq']).doNothing())
          .execute();
      },
      async list(workspaceId, conversationId) {
        const rows = await db
          .selectFrom('attempted_resolutions')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('conversation_id', '=', conversationId)
          .orderBy('seq')
          .execute();
        return rows.map(
          (r): AttemptedResolution => ({ kind: r.kind, ref: r.ref, label: r.label, outcome: r.outcome, atSeq: r.seq, ...(r.evidence !== null && { evidence: r.evidence }) }),
        );
      },
      async settle(workspaceId, conversationId, seq, outcome, evidence) {
        // Only an attempt still `offered` is settled: the first reply after it decides.
        await db
          .updateTable('attempted_resolutions')
          .set({ outcome, evidence: evidence ?? null, updated_at: sql`now()` })
          .where('workspace_id', '=', workspaceId)
          .where('conversation_id', '=', conversationId)
          .where('seq', '=', seq)
          .where('outcome', '=', 'offered')
          .execute();
      },
    },
    packets: {
      async save(workspaceId, handoffId, packet, summary) {
        // The first packet built for a handoff is the one kept: a lazy rebuild racing the
        // builder after escalation does not overwrite it.
        await db
          .insertInto('handoff_packets')
          .values({ workspace_id: workspaceId, handoff_id: handoffId, packet_version: packet.packetVersion, packet: JSON.stringify(packet), summary })
          .onConflict((oc) => oc.columns(['workspace_id', 'handoff_id']).doNothing())
          .execute();
      },
      async get(workspaceId, handoffId) {
        const row = await db
          .selectFrom('handoff_packets')
          .select(['packet', 'summary'])
          .where('workspace_id', '=', workspaceId)
          .where('handoff_id', '=', handoffId)
          .executeTakeFirst();
        return row && { packet: row.packet as HandoffPacket, summary: row.summary };
      },
    },
    teams: {
      async list(workspaceId) {
        const rows = await db.selectFrom('teams').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
        return rows.map((r) => ({ id: r.id, name: r.name, category: r.category, businessHours: r.business_hours ?? null }));
      },
      async setBusinessHours(workspaceId, teamId, hours) {
        const result = await db
          .updateTable('teams')
          .set({ business_hours: hours === null ? null : JSON.stringify(hours) })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', teamId)
          .executeTakeFirst();
        return Number(result.numUpdatedRows) > 0;
      },
      async onlineAgents(workspaceId, teamId) {
        const row = await db
          .selectFrom('agents')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('workspace_id', '=', workspaceId)
          .where('active', '=', true)
          .where('presence', '=', 'online')
          .$if(teamId !== null, (q) => q.where('team_id', '=', teamId))
          .executeTakeFirstOrThrow();
        return Number(row.n);
      },
    },
  };
}
