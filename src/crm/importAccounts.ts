import { sql, type Kysely } from 'kysely';
import type { Ids } from '../core/ports.ts';
import type { Database } from '../store/schema.ts';
import { customerIdsOf } from './customerIdsOf.ts';
import type { ImportBatch, RecordKind, Rejection } from './importTypes.ts';
import { writeCustomers } from './writeCustomers.ts';
import { writeOrders } from './writeOrders.ts';
import { writeSubscriptions } from './writeSubscriptions.ts';
import { writeTickets } from './writeTickets.ts';

/** What writing did to one kind of record. */
export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import wrote, and the records it could not write (unknown customer, order of another customer). */
export interface ImportResult {
  counts: Record<RecordKind, KindCounts>;
  rejected: Rejection[];
}

/**
 * Write a validated batch into the built-in CRM tables of one workspace, in one transaction:
 * customers first, then their orders, subscriptions and tickets. Upserts by each record's key,
 * and rows that already hold the same values are not touched, so importing the same file twice
 * changes nothing. Imports into one workspace run one at a time (advisory lock
 * `baton.import:<workspace id>`), so two of them cannot both create the same row.
 *
 * @example
 *   const parsed = parseImport('accounts.json', text);
 *   if (parsed.ok) {
 *     const { counts, rejected } = await importAccounts(db, workspaceId, parsed.parsed.batch, cryptoIds);
 *   }
 */
export async function importAccounts(db: Kysely<Database>, workspaceId: string, batch: ImportBatch, ids: Ids): Promise<ImportResult> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`baton.import:${workspaceId}`}))`.execute(tx);
    const crm = tx;
    const rejected: Rejection[] = [];
    const customers = await writeCustomers(crm, workspaceId, batch.customers, ids);
    const referenced = [...batch.orders, ...batch.subscriptions, ...batch.tickets].map((r) => r.customerExternalId);
    const owners = await customerIdsOf(crm, workspaceId, referenced);
    const orders = await writeOrders(crm, workspaceId, batch.orders, owners, ids, rejected);
    const subscriptions = await writeSubscriptions(crm, workspaceId, batch.subscriptions, owners, ids, rejected);
    const tickets = await writeTickets(crm, workspaceId, batch.tickets, owners, ids, rejected);
    return { counts: { customers, orders, subscriptions, tickets }, rejected };
  });
}
