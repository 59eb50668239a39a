import type { Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import { agentRows } from './agentRows.ts';
import { contactRows } from './contactRows.ts';
import { conversationRows, customerRows } from './conversationRows.ts';
import { eventRows } from './eventRows.ts';
import { handoffRows } from './handoffRows.ts';
import { messageRows } from './messageRows.ts';
import { offerRows } from './offerRows.ts';
import { packetRows } from './packetRows.ts';
import { routingRows } from './routingRows.ts';
import type { Database } from './schema.ts';

/**
 * The Store port on Kysely: the same code serves PGlite and a PostgreSQL server.
 *
 * @example
 *   const store = kyselyStore(db);
 *   await store.transaction(async (tx) => tx.conversations.lock(ws, id));
 */
export function kyselyStore(db: Kysely<Database>): Store {
  return {
    // Inside a transaction already, nested work joins it.
    transaction: (work) =>
      db.isTransaction ? work(kyselyStore(db)) : db.transaction().execute((tx) => work(kyselyStore(tx))),
    customers: customerRows(db),
    conversations: conversationRows(db),
    messages: messageRows(db),
    handoffs: handoffRows(db),
    events: eventRows(db),
    contactRequests: contactRows(db),
    ...agentRows(db),
    ...packetRows(db),
    ...offerRows(db),
    ...routingRows(db),
  };
}
