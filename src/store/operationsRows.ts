import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { Database } from './schema.ts';

/**
 * The operations metrics' reads, across workspaces, at each scrape. No locks (a scrape may be
 * a moment old) and a row limit, so a scrape stays cheap however many workspaces there are.
 */
export function operationsRows(db: Kysely<Database>): Store['operations'] {
  return {
    async waitingByQueue(limit) {
      // Group the waiting handoffs first (the partial index handoffs_one_active_per_conversation
      // covers pending and offered ones), then name each group's queue once, exactly as
      // supervisionRows.waiting names it: the routing queue's team name, the queue, the team, 'General'.
      const { rows } = await sql<{ workspace: string; queue: string; waiting: number }>`
        WITH groups AS (
          SELECT workspace_id, queue, team_id, count(*) AS n
            FROM handoffs
           WHERE status IN ('pending', 'offered')
           GROUP BY workspace_id, queue, team_id)
        SELECT w.slug AS workspace, coalesce(q.name, g.queue, t.name, 'General') AS queue, sum(g.n)::int AS waiting
          FROM groups g
          JOIN workspaces w ON w.id = g.workspace_id
          LEFT JOIN teams t ON t.workspace_id = g.workspace_id AND t.id = g.team_id
          LEFT JOIN LATERAL (
            SELECT name FROM teams
             WHERE workspace_id = g.workspace_id AND (lower(category) = lower(g.queue) OR lower(name) = lower(g.queue))
             ORDER BY lower(category) = lower(g.queue) DESC
             LIMIT 1) q ON true
         GROUP BY w.slug, coalesce(q.name, g.queue, t.name, 'General')
         ORDER BY waiting DESC, workspace, queue
         LIMIT ${limit}`.execute(db);
      return rows;
    },
    async agentsOnline(limit) {
      const { rows } = await sql<{ workspace: string; online: number }>`
        SELECT w.slug AS workspace, count(a.id)::int AS online
          FROM workspaces w
          LEFT JOIN agents a ON a.workspace_id = w.id AND a.active AND a.presence = 'online'
         GROUP BY w.slug
         ORDER BY online DESC, workspace
         LIMIT ${limit}`.execute(db);
      return rows;
    },
    async slugOf(workspaceId) {
      const row = await db.selectFrom('workspaces').select('slug').where('id', '=', workspaceId).executeTakeFirst();
      return row?.slug;
    },
  };
}
