import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { Database } from './schema.ts';
import { defaultPolicy, parsePolicy } from '../policy/escalationPolicy.ts';
import { toAgent } from './rowMappers.ts';

/** Workspaces, agents, their sessions and the knowledge base in SQL. */
export function agentRows(db: Kysely<Database>): Pick<Store, 'workspaces' | 'agents' | 'sessions' | 'articles' | 'intents'> {
  return {
    workspaces: {
      async bySlug(slug) {
        const row = await db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
        return row && { id: row.id, slug: row.slug, name: row.name, identitySecret: row.identity_secret };
      },
      async escalationPolicy(workspaceId) {
        const row = await db.selectFrom('workspaces').select('escalation_policy').where('id', '=', workspaceId).executeTakeFirst();
        // Written only through parsePolicy; a row that no longer parses (an older field
        // removed) falls back to the defaults rather than stopping the assistant.
        const parsed = parsePolicy(row?.escalation_policy ?? {});
        return parsed.ok ? parsed.policy : defaultPolicy;
      },
      async setEscalationPolicy(workspaceId, policy) {
        await db.updateTable('workspaces').set({ escalation_policy: JSON.stringify(policy) }).where('id', '=', workspaceId).execute();
      },
      async settings(workspaceId) {
        const row = await db.selectFrom('workspaces').select(['message_templates', 'site_url']).where('id', '=', workspaceId).executeTakeFirstOrThrow();
        return { messageTemplates: row.message_templates, siteUrl: row.site_url };
      },
      async setMessageTemplates(workspaceId, templates) {
        await db.updateTable('workspaces').set({ message_templates: JSON.stringify(templates) }).where('id', '=', workspaceId).execute();
      },
    },
    agents: {
      async byEmail(workspaceId, email) {
        const row = await db
          .selectFrom('agents')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('email', '=', email.toLowerCase())
          .executeTakeFirst();
        return row && { ...toAgent(row), passwordHash: row.password_hash, active: row.active };
      },
      async get(workspaceId, id) {
        const row = await db.selectFrom('agents').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).where('active', '=', true).executeTakeFirst();
        return row && toAgent(row);
      },
      async setPresence(workspaceId, id, presence) {
        await db.updateTable('agents').set({ presence }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
      },
      async renewConnections(agents, leaseMs) {
        if (agents.length === 0) return;
        await db
          .updateTable('agents')
          .set({ connected_until: sql<Date>`now() + make_interval(secs => ${leaseMs / 1000})`, last_seen_at: sql<Date>`now()` })
          // Rows another transaction holds (an accept, an expiry) are left for the next renewal,
          // a third of the lease later: a renewal never waits on them, so it never deadlocks.
          .where('id', 'in', (eb) =>
            eb
              .selectFrom('agents')
              .select('id')
              .where((w) => w.or(agents.map((a) => w.and([w('workspace_id', '=', a.workspaceId), w('id', '=', a.id)]))))
              .forNoKeyUpdate()
              .skipLocked(),
          )
          .execute();
      },
      async claimLapsedConnections(limit) {
        const rows = await db
          .updateTable('agents')
          .set({ connected_until: null })
          // Agent ids are uuids: the id alone names the row.
          .where('id', 'in', (eb) =>
            eb.selectFrom('agents').select('id').where('connected_until', '<', sql<Date>`now()`).limit(limit).forUpdate().skipLocked(),
          )
          .returning(['workspace_id', 'id'])
          .execute();
        return rows.map((r) => ({ workspaceId: r.workspace_id, id: r.id }));
      },
    },
    sessions: {
      async create(s) {
        await db
          .insertInto('agent_sessions')
          .values({
            token_hash: s.tokenHash,
            workspace_id: s.workspaceId,
            agent_id: s.agentId,
            expires_at: sql<Date>`now() + make_interval(secs => ${s.expiresInSeconds})`,
          })
          .execute();
      },
      async find(tokenHash) {
        const row = await db
          .selectFrom('agent_sessions')
          .innerJoin('agents', (j) => j.onRef('agents.workspace_id', '=', 'agent_sessions.workspace_id').onRef('agents.id', '=', 'agent_sessions.agent_id'))
          .select(['agent_sessions.workspace_id', 'agent_sessions.agent_id', 'agent_sessions.expires_at'])
          .where('agent_sessions.token_hash', '=', tokenHash)
          .where('agent_sessions.expires_at', '>', sql<Date>`now()`)
          .where('agents.active', '=', true)
          .executeTakeFirst();
        return row && { workspaceId: row.workspace_id, agentId: row.agent_id, expiresAt: row.expires_at };
      },
      async delete(tokenHash) {
        await db.deleteFrom('agent_sessions').where('token_hash', '=', tokenHash).execute();
      },
    },
    intents: {
      async list(workspaceId) {
        const rows = await db.selectFrom('intents').select(['name', 'article_slug', 'examples']).where('workspace_id', '=', workspaceId).orderBy('name').execute();
        return rows.map((r) => ({ name: r.name, articleSlug: r.article_slug, examples: r.examples }));
      },
      async replace(workspaceId, intents) {
        await db.deleteFrom('intents').where('workspace_id', '=', workspaceId).execute();
        if (intents.length === 0) return;
        await db
          .insertInto('intents')
          .values(intents.map((i) => ({ workspace_id: workspaceId, name: i.name, article_slug: i.articleSlug, examples: i.examples })))
          .execute();
      },
    },
    articles: {
      async list(workspaceId) {
        return db.selectFrom('kb_articles').select(['slug', 'title', 'body', 'category']).where('workspace_id', '=', workspaceId).orderBy('slug').execute();
      },
    },
  };
}
