import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import { defaultRoutingPolicy } from '../routing/policy/routingPolicy.ts';
import { parseRoutingPolicy } from '../routing/policy/parseRoutingPolicy.ts';
import type { AgentCandidate } from '../routing/selection/types.ts';
import { toHandoff } from './rowMappers.ts';
import type { Database } from './schema.ts';

/** What a routing pass reads and locks, in SQL: waiting handoffs, candidate agents, their load. */
export function routingRows(db: Kysely<Database>): Pick<Store, 'routing'> {
  return {
    routing: {
      async policy(workspaceId) {
        const row = await db.selectFrom('workspaces').select('routing_policy').where('id', '=', workspaceId).executeTakeFirst();
        const parsed = parseRoutingPolicy(row?.routing_policy ?? {});
        return parsed.ok ? parsed.policy : defaultRoutingPolicy;
      },
      async setPolicy(workspaceId, policy) {
        await db.updateTable('workspaces').set({ routing_policy: JSON.stringify(policy) }).where('id', '=', workspaceId).execute();
      },
      async lockPass(workspaceId) {
        // One routing pass per workspace at a time, across instances; released at commit.
        await sql`SELECT pg_advisory_xact_lock(hashtext('baton.route'), hashtext(${workspaceId}))`.execute(db);
      },
      async lockWaiting(workspaceId, limit) {
        // Pending handoffs, locked for this pass; a pass in another instance skips them (R1).
        const rows = await db
          .selectFrom('handoffs')
          .selectAll('handoffs')
          .where('handoffs.workspace_id', '=', workspaceId)
          .where('handoffs.status', '=', 'pending')
          .orderBy('handoffs.priority', 'desc')
          .orderBy('handoffs.created_at')
          .limit(limit)
          // NO KEY: rows that reference the handoff (its packet, its offers) can still be written.
          .forNoKeyUpdate()
          .skipLocked()
          .execute();
        if (rows.length === 0) return [];
        const ids = rows.map((r) => r.id);
        const [context, offers] = await Promise.all([
          db
            .selectFrom('handoffs')
            .innerJoin('conversations', (j) => j.onRef('conversations.workspace_id', '=', 'handoffs.workspace_id').onRef('conversations.id', '=', 'handoffs.conversation_id'))
            .innerJoin('customers', (j) => j.onRef('customers.workspace_id', '=', 'conversations.workspace_id').onRef('customers.id', '=', 'conversations.customer_id'))
            .leftJoin('teams', (j) => j.onRef('teams.workspace_id', '=', 'handoffs.workspace_id').onRef('teams.id', '=', 'handoffs.team_id'))
            .select(['handoffs.id', 'customers.tier', 'teams.category', 'conversations.customer_id'])
            .where('handoffs.id', 'in', ids)
            .execute(),
          db.selectFrom('offers').select(['handoff_id', 'agent_id', 'status']).where('handoff_id', 'in', ids).execute(),
        ]);
        // The customer's last agent: who last took a handoff of theirs, in another conversation.
        const customerIds = [...new Set(context.map((c) => c.customer_id))];
        const previous = await db
          .selectFrom('handoffs')
          .innerJoin('conversations', (j) => j.onRef('conversations.workspace_id', '=', 'handoffs.workspace_id').onRef('conversations.id', '=', 'handoffs.conversation_id'))
          .select(['conversations.customer_id', 'handoffs.assigned_agent_id', sql<Date>`coalesce(handoffs.closed_at, handoffs.assigned_at)`.as('at')])
          .where('handoffs.workspace_id', '=', workspaceId)
          .where('conversations.customer_id', 'in', customerIds)
          .where('handoffs.assigned_agent_id', 'is not', null)
          .orderBy('at', 'desc')
          .execute();
        return rows.map((r) => {
          const found = context.find((c) => c.id === r.id);
          const last = previous.find((p) => p.customer_id === found?.customer_id);
          const mine = offers.filter((o) => o.handoff_id === r.id);
          return {
            handoff: toHandoff(r),
            tier: found?.tier ?? 'standard',
            category: found?.category ?? null,
            offeredTo: mine.map((o) => o.agent_id),
            declinedBy: mine.filter((o) => o.status === 'declined').map((o) => o.agent_id),
            lapsedBy: mine.filter((o) => o.status === 'timed_out' || o.status === 'rescinded').map((o) => o.agent_id),
            lastAgent: last?.assigned_agent_id ? { agentId: last.assigned_agent_id, atMs: new Date(last.at).getTime() } : null,
          };
        });
      },
      async candidates(workspaceId) {
        // Online agents with their load: conversations they hold plus offers waiting on them.
        const rows = await db
          .selectFrom('agents')
          .select([
            'agents.id',
            'agents.skills',
            'agents.languages',
            'agents.team_id',
            'agents.tiers',
            'agents.seniority',
            'agents.capacity',
            'agents.presence',
            'agents.created_at',
            'agents.last_assigned_at',
            (eb) =>
              eb
                .selectFrom('conversations')
                .select(eb.fn.countAll<string>().as('n'))
                .whereRef('conversations.workspace_id', '=', 'agents.workspace_id')
                .whereRef('conversations.assigned_agent_id', '=', 'agents.id')
                .where('conversations.status', '=', 'with_agent')
                .as('conversations'),
            (eb) =>
              eb
                .selectFrom('offers')
                .select(eb.fn.countAll<string>().as('n'))
                .whereRef('offers.workspace_id', '=', 'agents.workspace_id')
                .whereRef('offers.agent_id', '=', 'agents.id')
                .where('offers.status', '=', 'pending')
                .as('offers'),
          ])
          .where('agents.workspace_id', '=', workspaceId)
          .where('agents.active', '=', true)
          .where('agents.presence', '=', 'online')
          // Accepts lock an agent's row FOR UPDATE: they wait for this pass, so the load read
          // here stays true while the pass offers against it (offers + held <= capacity).
          .forKeyShare()
          .execute();
        return rows.map(
          (r): AgentCandidate => ({
            id: r.id,
            skills: r.skills,
            languages: r.languages,
            teamId: r.team_id,
            ...(r.tiers && { tiers: r.tiers }),
            seniority: r.seniority,
            capacity: r.capacity,
            load: Number(r.conversations ?? 0) + Number(r.offers ?? 0),
            presence: r.presence,
            idleSinceMs: (r.last_assigned_at ?? r.created_at).getTime(),
            ...(r.last_assigned_at && { lastAssignedAtMs: r.last_assigned_at.getTime() }),
          }),
        );
      },
      async lockAgentLoad(workspaceId, agentId) {
        // The agent's row lock serialises every assignment to them: capacity is checked and
        // used in the same transaction (R8).
        const agent = await db
          .selectFrom('agents')
          .select(['capacity', 'presence'])
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', agentId)
          .where('active', '=', true)
          .forUpdate()
          .executeTakeFirst();
        if (!agent) return undefined;
        const held = await db
          .selectFrom('conversations')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('workspace_id', '=', workspaceId)
          .where('assigned_agent_id', '=', agentId)
          .where('status', '=', 'with_agent')
          .executeTakeFirstOrThrow();
        return { capacity: agent.capacity, presence: agent.presence, load: Number(held.n) };
      },
      async markAssigned(workspaceId, agentId) {
        await db.updateTable('agents').set({ last_assigned_at: sql`now()` }).where('workspace_id', '=', workspaceId).where('id', '=', agentId).execute();
      },
      async staleWarmHandoffs(workspaceId, ttlSeconds) {
        const rows = await db
          .selectFrom('handoffs')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('status', 'in', ['pending', 'offered'])
          .where('path', '=', 'warm')
          .where('created_at', '<', sql<Date>`now() - make_interval(secs => ${ttlSeconds})`)
          .orderBy('created_at')
          .limit(100)
          .execute();
        return rows.map(toHandoff);
      },
      async setRouting(workspaceId, handoffId, fields) {
        if (Object.keys(fields).length === 0) return;
        await db
          .updateTable('handoffs')
          .set({
            ...(fields.path && { path: fields.path }),
            ...(fields.queue !== undefined && { queue: fields.queue }),
            ...(fields.fallbackAtOffers !== undefined && { fallback_at_offers: fields.fallbackAtOffers }),
          })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', handoffId)
          .execute();
      },
      async setQueues(workspaceId, queues) {
        if (queues.length === 0) return;
        await sql`
          UPDATE handoffs AS h SET queue = v.queue
            FROM unnest(${queues.map((q) => q.handoffId)}::uuid[], ${queues.map((q) => q.queue)}::text[]) AS v(id, queue)
           WHERE h.workspace_id = ${workspaceId}::uuid AND h.id = v.id AND h.queue IS NULL`.execute(db);
      },
      async queuePosition(workspaceId, handoffId, agingPerMinute) {
        // The routing pass's order (orderQueue): safety handoffs first, then priority plus
        // aging (at most 30 points), then the longest wait; the rules' boosts are left out.
        const rows = await sql<{ status: string; ahead: string }>`
          WITH waiting AS (
            SELECT id, status, created_at, priority >= 90 AS safety,
                   priority + least(30, floor(extract(epoch FROM now() - created_at) / 60) * ${agingPerMinute}::float8) AS effective
              FROM handoffs
             WHERE workspace_id = ${workspaceId}::uuid AND status IN ('pending', 'offered')
          )
          SELECT me.status,
                 (SELECT count(*) FROM waiting o
                   WHERE (o.safety AND NOT me.safety)
                      OR (o.safety = me.safety AND (o.effective > me.effective OR (o.effective = me.effective AND o.created_at < me.created_at)))) AS ahead
            FROM waiting me WHERE me.id = ${handoffId}::uuid`.execute(db);
        const me = rows.rows[0];
        return me ? Number(me.ahead) + 1 : undefined;
      },
      async workspacesWithWaiting() {
        const rows = await db.selectFrom('handoffs').select('workspace_id').distinct().where('status', 'in', ['pending', 'offered']).execute();
        return rows.map((r) => r.workspace_id);
      },
    },
  };
}
