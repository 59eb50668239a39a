import type { Kysely } from 'kysely';
import type { Store } from '../core/store.ts';
import { agentRows } from './agentRows.ts';
import { backtestRows } from './backtestRows.ts';
import { contactRows } from './contactRows.ts';
import { conversationRows, customerRows } from './conversationRows.ts';
import { csatRows } from './csatRows.ts';
import { eventRows } from './eventRows.ts';
import { handoffRows } from './handoffRows.ts';
import { messageRows } from './messageRows.ts';
import { metricRows } from './metricRows.ts';
import { calibrationRows } from './calibrationRows.ts';
import { offerRows } from './offerRows.ts';
import { operationsRows } from './operationsRows.ts';
import { packetRows } from './packetRows.ts';
import { routingRows } from './routingRows.ts';
import { supervisionRows } from './supervisionRows.ts';
import type { Database } from './schema.ts';

/** SQLSTATE of a transaction PostgreSQL rolled back so that another could go on. */
const retryable = new Set(['40P01', '40001']);

/**
 * Run a transaction again, up to 3 more times with a short random pause, when the server
 * rolled it back as a deadlock victim or for a serialization failure; the work must not keep
 * state outside the transaction between attempts.
 */
async function retryOnConflict<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= attempts || typeof code !== 'string' || !retryable.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * The Store port on Kysely: the same code serves PGlite and a PostgreSQL server.
 *
 * @example
 *   const store = kyselyStore(db);
 *   await store.transaction(async (tx) => tx.conversations.lock(ws, id));
 */
export function kyselyStore(db: Kysely<Database>): Store {
  return {
    // Inside a transaction already, nested work joins it. A transaction the server chose as a
    // deadlock victim (or a serialization failure) rolled back entirely and runs again.
    transaction: (work) => (db.isTransaction ? work(kyselyStore(db)) : retryOnConflict(() => db.transaction().execute((tx) => work(kyselyStore(tx))))),
    customers: customerRows(db),
    conversations: conversationRows(db),
    messages: messageRows(db),
    handoffs: handoffRows(db),
    events: eventRows(db),
    csat: csatRows(db),
    supervision: supervisionRows(db),
    backtest: backtestRows(db),
    metrics: metricRows(db),
    calibration: calibrationRows(db),
    operations: operationsRows(db),
    contactRequests: contactRows(db),
    ...agentRows(db),
    ...packetRows(db),
    ...offerRows(db),
    ...routingRows(db),
  };
}
