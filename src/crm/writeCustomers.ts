import type { Database } from '../store/schema.ts';
import { sql, type Kysely } from 'kysely';
import type { Ids } from '../core/ports.ts';
import type { KindCounts } from './importAccounts.ts';
import type { CustomerRecord } from './importTypes.ts';
import { chunks, planChanges } from './planChanges.ts';

type Fields = { name: string | null; email: string | null; phone: string | null; tier: string; customer_since: string | null };

/**
 * Upsert customers by external id. A field the record leaves out keeps its stored value (a new
 * customer without a tier is `standard`). Call inside the import's transaction.
 *
 * @example
 *   const counts = await writeCustomers(tx, workspaceId, batch.customers, cryptoIds);
 */
export async function writeCustomers(db: Kysely<Database>, workspaceId: string, records: CustomerRecord[], ids: Ids): Promise<KindCounts> {
  const stored = await db
    .selectFrom('customers')
    .select(['id', 'external_id', 'name', 'email', 'phone', 'tier', sql<string | null>`to_char(customer_since, 'YYYY-MM-DD')`.as('customer_since')])
    .where('workspace_id', '=', workspaceId)
    .where(sql<boolean>`external_id = ANY(${records.map((r) => r.externalId)}::text[])`)
    .execute();
  const merged = (r: CustomerRecord, old?: Fields): Fields => ({
    name: r.name ?? old?.name ?? null,
    email: r.email ?? old?.email ?? null,
    phone: r.phone ?? old?.phone ?? null,
    tier: r.tier ?? old?.tier ?? 'standard',
    customer_since: r.customerSince ?? old?.customer_since ?? null,
  });
  const same = (old: Fields, r: CustomerRecord) => Object.entries(merged(r, old)).every(([k, v]) => old[k as keyof Fields] === v);
  const plan = planChanges(records, stored, (r) => r.externalId, (row) => row.external_id!, same);
  for (const batch of chunks(plan.created, 500)) {
    await db
      .insertInto('customers')
      .values(batch.map((r) => ({ workspace_id: workspaceId, id: ids.uuid(), external_id: r.externalId, ...merged(r) })))
      // A visitor verified by the server in the meantime already has a row: it becomes this customer.
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'external_id']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          email: eb.ref('excluded.email'),
          phone: eb.ref('excluded.phone'),
          tier: eb.ref('excluded.tier'),
          customer_since: eb.ref('excluded.customer_since'),
        })),
      )
      .execute();
  }
  for (const { stored: old, record } of plan.changed) {
    await db.updateTable('customers').set(merged(record, old)).where('workspace_id', '=', workspaceId).where('id', '=', old.id).execute();
  }
  return { created: plan.created.length, updated: plan.changed.length, unchanged: plan.unchanged };
}
