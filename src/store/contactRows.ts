import { type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { ContactRequest } from '../contact/types.ts';
import type { Database } from './schema.ts';

/** Customers' consented requests to continue by email or by a callback, in SQL. */
export function contactRows(db: Kysely<Database>): Store['contactRequests'] {
  const toRequest = (r: Awaited<ReturnType<typeof select>>[number]): ContactRequest => ({
    id: r.id,
    conversationId: r.conversation_id,
    kind: r.kind,
    email: r.email,
    phone: r.phone,
    preferredTime: r.preferred_time,
    consentedAt: r.consented_at,
    status: r.status,
    detail: r.detail,
    createdAt: r.created_at,
  });
  const select = (workspaceId: string) => db.selectFrom('contact_requests').selectAll().where('workspace_id', '=', workspaceId).execute();
  return {
    async create(workspaceId, r) {
      const row = await db
        .insertInto('contact_requests')
        .values({
          workspace_id: workspaceId,
          id: r.id,
          conversation_id: r.conversationId,
          kind: r.kind,
          email: r.email ?? null,
          phone: r.phone ?? null,
          preferred_time: r.preferredTime ?? null,
          consented_at: r.consentedAt,
          detail: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRequest(row);
    },
    async list(workspaceId, filter) {
      const rows = await db
        .selectFrom('contact_requests')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
        .$if(filter.conversationId !== undefined, (q) => q.where('conversation_id', '=', filter.conversationId!))
        .orderBy('created_at')
        .limit(filter.limit ?? 100)
        .execute();
      return rows.map(toRequest);
    },
    async setStatus(workspaceId, id, from, to, detail) {
      const row = await db
        .updateTable('contact_requests')
        .set({ status: to, detail })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('status', '=', from)
        .returningAll()
        .executeTakeFirst();
      return row && toRequest(row);
    },
  };
}
