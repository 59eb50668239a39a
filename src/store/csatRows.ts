import type { Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { CsatResponse } from '../feedback/types.ts';
import type { Database } from './schema.ts';

type Row = { conversation_id: string; score: number; comment: string | null; created_at: Date };
const toResponse = (r: Row): CsatResponse => ({ conversationId: r.conversation_id, score: r.score, comment: r.comment, createdAt: r.created_at });

/** CSAT answers in SQL: the primary key keeps one per conversation. */
export function csatRows(db: Kysely<Database>): Store['csat'] {
  return {
    async record(workspaceId, conversationId, answer) {
      const row = await db
        .insertInto('csat_responses')
        .values({ workspace_id: workspaceId, conversation_id: conversationId, score: answer.score, comment: answer.comment })
        .onConflict((c) => c.columns(['workspace_id', 'conversation_id']).doNothing())
        .returning(['conversation_id', 'score', 'comment', 'created_at'])
        .executeTakeFirst();
      return row && toResponse(row);
    },
    async get(workspaceId, conversationId) {
      const row = await db
        .selectFrom('csat_responses')
        .select(['conversation_id', 'score', 'comment', 'created_at'])
        .where('workspace_id', '=', workspaceId)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row && toResponse(row);
    },
  };
}
