import type { Database } from '../store/schema.ts';
import { sql, type Kysely } from 'kysely';
import type { Ids } from '../core/ports.ts';
import { withKnownOwner } from './customerIdsOf.ts';
import type { KindCounts } from './importAccounts.ts';
import type { OrderRecord, Rejection } from './importTypes.ts';
import { chunks, planChanges } from './planChanges.ts';

/**
 * Upsert orders by number (unique in the workspace). An order whose customer is unknown, or
 * whose number already belongs to another customer, is rejected into `rejected`.
 *
 * @example
 *   const counts = await writeOrders(tx, workspaceId, batch.orders, owners, cryptoIds, rejected);
 */
export async function writeOrders(
  db: Kysely<Database>,
  workspaceId: string,
  records: OrderRecord[],
  owners: Map<string, string>,
  ids: Ids,
  rejected: Rejection[],
): Promise<KindCounts> {
  const stored = await db
    .selectFrom('orders')
    .innerJoin('customers', (join) => join.onRef('customers.workspace_id', '=', 'orders.workspace_id').onRef('customers.id', '=', 'orders.customer_id'))
    .select(['orders.id', 'orders.number', 'orders.customer_id', 'customers.external_id as owner', 'orders.status', 'orders.total_minor', 'orders.currency', 'orders.placed_at'])
    .where('orders.workspace_id', '=', workspaceId)
    .where(sql<boolean>`orders.number = ANY(${records.map((r) => r.number)}::text[])`)
    .execute();
  const ownerOf = new Map(stored.map((row) => [row.number, row.owner]));
  const writable = withKnownOwner('orders', records, owners, rejected).filter((r) => {
    const owner = ownerOf.get(r.number);
    if (owner === undefined || owner === r.customerExternalId) return true;
    rejected.push({ kind: 'orders', at: r.at, reason: `order "${r.number}" belongs to another customer ("${owner}")` });
    return false;
  });
  const plan = planChanges(
    writable,
    stored,
    (r) => r.number,
    (row) => row.number,
    (row, r) => row.status === r.status && Number(row.total_minor) === r.totalMinor && row.currency === r.currency && row.placed_at.getTime() === Date.parse(r.placedAt),
  );
  const fields = (r: OrderRecord) => ({ status: r.status, total_minor: r.totalMinor, currency: r.currency, placed_at: r.placedAt });
  for (const batch of chunks(plan.created, 500)) {
    await db
      .insertInto('orders')
      .values(batch.map((r) => ({ workspace_id: workspaceId, id: ids.uuid(), customer_id: owners.get(r.customerExternalId)!, number: r.number, ...fields(r) })))
      .execute();
  }
  for (const { stored: row, record } of plan.changed) {
    await db.updateTable('orders').set(fields(record)).where('workspace_id', '=', workspaceId).where('id', '=', row.id).execute();
  }
  return { created: plan.created.length, updated: plan.changed.length, unchanged: plan.unchanged };
}
