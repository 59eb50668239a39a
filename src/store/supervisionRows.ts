import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { Database } from './schema.ts';

/** What supervisors watch, read in two queries (no locks: a snapshot may be a moment old). */
export function supervisionRows(db: Kysely<Database>): Store['supervision'] {
  return {
    async waiting(workspaceId, limit) {
      const { rows } = await sql<{
        id: string;
        conversation_id: string;
        queue: string;
        priority: number;
        status: 'pending' | 'offered';
        path: 'warm' | 'off_hours' | 'no_agent';
        waited_seconds: number;
        decision: { topic?: string | null; sentiment?: string; language?: string; intent?: string };
        total: number;
      }>`
        SELECT h.id, h.conversation_id, coalesce(q.name, h.queue, t.name, 'General') AS queue, h.priority, h.status, h.path,
               extract(epoch FROM now() - h.created_at)::float8 AS waited_seconds, h.decision, count(*) OVER ()::int AS total
          FROM handoffs h
          LEFT JOIN teams t ON t.workspace_id = h.workspace_id AND t.id = h.team_id
          -- A routing queue names a team by category or name (as teamForQueue reads it): show the team's name.
          LEFT JOIN LATERAL (
            SELECT name FROM teams
             WHERE workspace_id = h.workspace_id AND (lower(category) = lower(h.queue) OR lower(name) = lower(h.queue))
             ORDER BY lower(category) = lower(h.queue) DESC
             LIMIT 1) q ON true
         WHERE h.workspace_id = ${workspaceId} AND h.status IN ('pending', 'offered')
         ORDER BY h.priority DESC, h.created_at
         LIMIT ${limit}`.execute(db);
      const entries = rows.map((r) => ({
        handoffId: r.id,
        conversationId: r.conversation_id,
        queue: r.queue,
        priority: r.priority,
        status: r.status,
        path: r.path,
        waitedSeconds: Math.max(0, Math.round(r.waited_seconds)),
        topic: r.decision.topic ?? null,
        sentiment: r.decision.sentiment ?? 'neutral',
        language: r.decision.language ?? 'en',
        intent: r.decision.intent ?? '',
      }));
      return { entries, total: rows[0]?.total ?? 0 };
    },
    async agentLoads(workspaceId) {
      const { rows } = await sql<{
        id: string;
        display_name: string;
        role: 'agent' | 'supervisor' | 'admin';
        team: string | null;
        presence: 'online' | 'away' | 'offline';
        capacity: number;
        load: number;
      }>`
        SELECT a.id, a.display_name, a.role, t.name AS team, a.presence, a.capacity,
               ((SELECT count(*) FROM conversations c
                  WHERE c.workspace_id = a.workspace_id AND c.assigned_agent_id = a.id AND c.status = 'with_agent')
              + (SELECT count(*) FROM offers o
                  WHERE o.workspace_id = a.workspace_id AND o.agent_id = a.id AND o.status = 'pending'))::int AS load
          FROM agents a
          LEFT JOIN teams t ON t.workspace_id = a.workspace_id AND t.id = a.team_id
         WHERE a.workspace_id = ${workspaceId} AND a.active
         ORDER BY (a.presence = 'online') DESC, a.display_name`.execute(db);
      return rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role, team: r.team, presence: r.presence, load: r.load, capacity: r.capacity }));
    },
  };
}
