import type { Kysely } from 'kysely';
import type { DomainEvent, StoredEvent } from '../core/events.ts';
import type { Store } from '../core/store.ts';
import type { Database } from './schema.ts';

/** The append-only event log in SQL (a trigger refuses UPDATE and DELETE). */
export function eventRows(db: Kysely<Database>): Store['events'] {
  return {
    async append(workspaceId, events) {
      if (events.length === 0) return;
      await db
        .insertInto('events')
        .values(
          events.map((e) => ({
            workspace_id: workspaceId,
            type: e.type,
            conversation_id: 'conversationId' in e ? e.conversationId : null,
            handoff_id: 'handoffId' in e ? e.handoffId : null,
            agent_id: 'agentId' in e ? (e.agentId ?? null) : null,
            payload: JSON.stringify(e.payload),
          })),
        )
        .execute();
    },
    async list(workspaceId, filter) {
      let query = db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId);
      if (filter.conversationId) query = query.where('conversation_id', '=', filter.conversationId);
      if (filter.afterId) query = query.where('id', '>', filter.afterId);
      const rows = await query.orderBy('id').limit(1000).execute();
      return rows.map(
        (r) =>
          ({
            type: r.type,
            workspaceId: r.workspace_id,
            id: r.id,
            occurredAt: r.occurred_at,
            ...(r.conversation_id && { conversationId: r.conversation_id }),
            ...(r.handoff_id && { handoffId: r.handoff_id }),
            ...(r.agent_id && { agentId: r.agent_id }),
            payload: r.payload,
          }) as unknown as StoredEvent,
      );
    },
  } satisfies { append(w: string, e: readonly DomainEvent[]): Promise<void>; list: Store['events']['list'] };
}
