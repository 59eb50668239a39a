import type { Database } from '../store/schema.ts';
import { sql, type Kysely } from 'kysely';
import type { Ids } from '../core/ports.ts';
import { withKnownOwner } from './customerIdsOf.ts';
import type { KindCounts } from './importAccounts.ts';
import type { Rejection, SubscriptionRecord } from './importTypes.ts';
import { chunks, planChanges } from './planChanges.ts';

/**
 * Upsert subscriptions by customer, plan and start; status and renewal date are updated.
 * A subscription of an unknown customer is rejected into `rejected`.
 *
 * @example
 *   const counts = await writeSubscriptions(tx, workspaceId, batch.subscriptions, owners, cryptoIds, rejected);
 */
export async function writeSubscriptions(
  db: Kysely<Database>,
  workspaceId: string,
  records: SubscriptionRecord[],
  owners: Map<string, string>,
  ids: Ids,
  rejected: Rejection[],
): Promise<KindCounts> {
  const known = withKnownOwner('subscriptions', records, owners, rejected);
  const stored = await db
    .selectFrom('subscriptions')
    .select(['id', 'customer_id', 'plan', 'status', 'started_at', 'renews_at'])
    .where('workspace_id', '=', workspaceId)
    .where(sql<boolean>`customer_id = ANY(${[...new Set(known.map((r) => owners.get(r.customerExternalId)!))]}::uuid[])`)
    .execute();
  const plan = planChanges(
    known,
    stored,
    (r) => `${owners.get(r.customerExternalId)}\u0000${r.plan}\u0000${Date.parse(r.startedAt)}`,
    (row) => `${row.customer_id}\u0000${row.plan}\u0000${row.started_at.getTime()}`,
    (row, r) => row.status === r.status && (row.renews_at?.getTime() ?? null) === (r.renewsAt === undefined ? null : Date.parse(r.renewsAt)),
  );
  for (const batch of chunks(plan.created, 500)) {
    await db
      .insertInto('subscriptions')
      .values(
        batch.map((r) => ({
          workspace_id: workspaceId,
          id: ids.uuid(),
          customer_id: owners.get(r.customerExternalId)!,
          plan: r.plan,
          status: r.status,
          started_at: r.startedAt,
          renews_at: r.renewsAt ?? null,
        })),
      )
      .execute();
  }
  for (const { stored: row, record } of plan.changed) {
    await db
      .updateTable('subscriptions')
      .set({ status: record.status, renews_at: record.renewsAt ?? null })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', row.id)
      .execute();
  }
  return { created: plan.created.length, updated: plan.changed.length, unchanged: plan.unchanged };
}
