import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { Database } from './schema.ts';
import { toMessage } from './rowMappers.ts';

/**
 * Messages in SQL. `append` expects the caller's transaction to hold the conversation's row
 * lock (`conversations.lock`): under it, the duplicate check for `clientMessageId` and the
 * `last_seq + 1` bump cannot interleave with another writer, so sequence numbers are gapless.
 */
export function messageRows(db: Kysely<Database>): Store['messages'] {
  return {
    async append(workspaceId, conversationId, m) {
      if (m.clientMessageId) {
        const existing = await db
          .selectFrom('messages')
          .selectAll()
          .where('conversation_id', '=', conversationId)
          .where('client_message_id', '=', m.clientMessageId)
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirst();
        if (existing) return { message: toMessage(existing), created: false };
      }
      const { last_seq: seq } = await db
        .updateTable('conversations')
        .set({ last_seq: sql`last_seq + 1`, updated_at: sql`now()` })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', conversationId)
        .returning('last_seq')
        .executeTakeFirstOrThrow();
      const row = await db
        .insertInto('messages')
        .values({
          workspace_id: workspaceId,
          conversation_id: conversationId,
          seq,
          id: m.id,
          author_kind: m.authorKind,
          author_agent_id: m.authorAgentId ?? null,
          body: m.body,
          client_message_id: m.clientMessageId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { message: toMessage(row), created: true };
    },
    async after(workspaceId, conversationId, afterSeq, limit) {
      const rows = await db
        .selectFrom('messages')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('conversation_id', '=', conversationId)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toMessage);
    },
  };
}
