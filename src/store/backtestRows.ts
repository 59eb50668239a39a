import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { StoredConversation } from '../policy/backtest/types.ts';
import type { Database } from './schema.ts';

/** As the live assistant: it never reads more than 200 messages of a conversation. */
const maxMessages = 200;

type Row = {
  id: string;
  created_at: Date;
  tier: string;
  available: number;
  handed_off: boolean;
  at_seq: number | null;
  priority: number | null;
  seq: number | null;
  author_kind: 'customer' | 'assistant' | null;
  body: string | null;
  action: boolean | null;
};

/**
 * What the policy backtest reads, in one query (one snapshot, one round trip): the window's
 * newest conversations with their customer's tier and their first handoff, then each one's
 * customer and assistant messages before that handoff's message (before the first agent
 * message for a handoff stored without its `at_seq`), each flagged when a self-service action
 * made it. Strategy: the conversations are picked first (`LIMIT`, with `count(*) OVER ()` for
 * the whole window), and messages and attempts are then read by their primary keys
 * `(conversation_id, seq)`. `conversations` has no index on `created_at`: a backtest is a rare,
 * supervisor-run read, so it filters the workspace's conversations in a scan (not measured at
 * scale; add `(workspace_id, created_at)` if backtests become frequent).
 */
export function backtestRows(db: Kysely<Database>): Store['backtest'] {
  return {
    async conversationsSince(workspaceId, since, limit) {
      const { rows } = await sql<Row>`
        WITH picked AS (
          SELECT c.id, c.created_at, cu.tier, count(*) OVER ()::int AS available
            FROM conversations c
            JOIN customers cu ON cu.workspace_id = c.workspace_id AND cu.id = c.customer_id
           WHERE c.workspace_id = ${workspaceId} AND c.created_at >= ${since}
           ORDER BY c.created_at DESC, c.id
           LIMIT ${limit}
        ), first_handoff AS (
          SELECT DISTINCT ON (h.conversation_id) h.conversation_id, h.at_seq, h.priority
            FROM handoffs h
            JOIN picked p ON p.id = h.conversation_id
           WHERE h.workspace_id = ${workspaceId}
           ORDER BY h.conversation_id, h.created_at, h.id
        )
        SELECT p.id, p.created_at, p.tier, p.available, f.conversation_id IS NOT NULL AS handed_off, f.at_seq, f.priority,
               m.seq, m.author_kind, m.body, a.kind = 'action' AS action
          FROM picked p
          LEFT JOIN first_handoff f ON f.conversation_id = p.id
          LEFT JOIN LATERAL (
            SELECT min(seq) AS seq FROM messages WHERE conversation_id = p.id AND author_kind = 'agent'
          ) first_agent ON f.conversation_id IS NOT NULL AND f.at_seq IS NULL
          LEFT JOIN messages m
            ON m.conversation_id = p.id
           AND m.author_kind IN ('customer', 'assistant')
           AND m.seq <= ${maxMessages}
           AND m.seq < coalesce(f.at_seq, first_agent.seq, ${maxMessages + 1})
          LEFT JOIN attempted_resolutions a ON a.conversation_id = m.conversation_id AND a.seq = m.seq
         ORDER BY p.created_at DESC, p.id, m.seq`.execute(db);
      const conversations: StoredConversation[] = [];
      for (const row of rows) {
        let conversation = conversations.at(-1);
        if (conversation?.id !== row.id) {
          conversation = {
            id: row.id,
            createdAt: row.created_at,
            tier: row.tier,
            messages: [],
            handoff: row.handed_off ? { atSeq: row.at_seq, priority: row.priority ?? 0 } : null,
          };
          conversations.push(conversation);
        }
        if (row.seq !== null && row.author_kind !== null && row.body !== null) {
          conversation.messages.push({ seq: row.seq, authorKind: row.author_kind, body: row.body, action: row.action === true });
        }
      }
      return { conversations, available: rows[0]?.available ?? 0 };
    },
  };
}
