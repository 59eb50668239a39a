import { sql, type Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import type { Database } from './schema.ts';
import { toConversation, toCustomer } from './rowMappers.ts';

/** Customers and conversations in SQL. */
export function customerRows(db: Kysely<Database>): Store['customers'] {
  return {
    async get(workspaceId, id) {
      const row = await db.selectFrom('customers').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return row && toCustomer(row);
    },
    async create(workspaceId, c) {
      // A concurrent insert of the same external id waits, then finds the other's row.
      const row =
        (await db
          .insertInto('customers')
          .values({ workspace_id: workspaceId, id: c.id, external_id: c.externalId, name: c.name, email: c.email, tier: c.tier })
          .onConflict((oc) => oc.columns(['workspace_id', 'external_id']).doNothing())
          .returningAll()
          .executeTakeFirst()) ??
        (await db
          .selectFrom('customers')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('external_id', '=', c.externalId!)
          .executeTakeFirstOrThrow());
      return toCustomer(row);
    },
    async byExternalId(workspaceId, externalId) {
      const row = await db
        .selectFrom('customers')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return row && toCustomer(row);
    },
  };
}

/** Conversations in SQL; the one-open-per-customer-and-channel rule is a unique partial index. */
export function conversationRows(db: Kysely<Database>): Store['conversations'] {
  return {
    async create(workspaceId, c) {
      // ON CONFLICT rather than catching the violation: inside a transaction a caught
      // unique violation would still abort it.
      const row = await db
          .insertInto('conversations')
          .values({
            workspace_id: workspaceId,
            id: c.id,
            customer_id: c.customerId,
            channel: c.channel,
            status: 'with_assistant',
            customer_token_hash: c.customerTokenHash,
            assigned_agent_id: null,
          })
          .onConflict((oc) => oc.columns(['workspace_id', 'customer_id', 'channel']).where('status', '<>', 'resolved').doNothing())
          .returningAll()
          .executeTakeFirst();
      return row && toConversation(row);
    },
    async get(workspaceId, id) {
      const row = await db.selectFrom('conversations').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return row && toConversation(row);
    },
    async lock(workspaceId, id) {
      const row = await db
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      return row && toConversation(row);
    },
    async byTokenHash(tokenHash) {
      const row = await db.selectFrom('conversations').selectAll().where('customer_token_hash', '=', tokenHash).executeTakeFirst();
      return row && toConversation(row);
    },
    async openFor(workspaceId, customerId, channel) {
      const row = await db
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', '=', customerId)
        .where('channel', '=', channel)
        .where('status', '<>', 'resolved')
        .executeTakeFirst();
      return row && toConversation(row);
    },
    async setTokenHash(workspaceId, id, tokenHash) {
      await db.updateTable('conversations').set({ customer_token_hash: tokenHash }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    },
    async setStatus(workspaceId, id, from, to, assignedAgentId) {
      const row = await db
        .updateTable('conversations')
        .set({
          status: to,
          assigned_agent_id: assignedAgentId,
          updated_at: sql`now()`,
          resolved_at: to === 'resolved' ? sql`now()` : null,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('status', '=', from)
        .returningAll()
        .executeTakeFirst();
      return row && toConversation(row);
    },
    async assignedTo(workspaceId, agentId) {
      const rows = await db
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('assigned_agent_id', '=', agentId)
        .where('status', '=', 'with_agent')
        .orderBy('updated_at', 'desc')
        .execute();
      return rows.map(toConversation);
    },
  };
}
