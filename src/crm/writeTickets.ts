import type { Database } from '../store/schema.ts';
import { sql, type Kysely } from 'kysely';
import type { Ids } from '../core/ports.ts';
import { withKnownOwner } from './customerIdsOf.ts';
import type { KindCounts } from './importAccounts.ts';
import type { Rejection, TicketRecord } from './importTypes.ts';
import { chunks, planChanges } from './planChanges.ts';

/**
 * Upsert previous tickets by customer, opening time and subject; the status is updated.
 * A ticket of an unknown customer is rejected into `rejected`.
 *
 * @example
 *   const counts = await writeTickets(tx, workspaceId, batch.tickets, owners, cryptoIds, rejected);
 */
export async function writeTickets(
  db: Kysely<Database>,
  workspaceId: string,
  records: TicketRecord[],
  owners: Map<string, string>,
  ids: Ids,
  rejected: Rejection[],
): Promise<KindCounts> {
  const known = withKnownOwner('tickets', records, owners, rejected);
  const stored = await db
    .selectFrom('tickets')
    .select(['id', 'customer_id', 'subject', 'status', 'opened_at'])
    .where('workspace_id', '=', workspaceId)
    .where(sql<boolean>`customer_id = ANY(${[...new Set(known.map((r) => owners.get(r.customerExternalId)!))]}::uuid[])`)
    .execute();
  const plan = planChanges(
    known,
    stored,
    (r) => `${owners.get(r.customerExternalId)}\u0000${Date.parse(r.openedAt)}\u0000${r.subject}`,
    (row) => `${row.customer_id}\u0000${row.opened_at.getTime()}\u0000${row.subject}`,
    (row, r) => row.status === r.status,
  );
  for (const batch of chunks(plan.created, 500)) {
    await db
      .insertInto('tickets')
      .values(
        batch.map((r) => ({
          workspace_id: workspaceId,
          id: ids.uuid(),
          customer_id: owners.get(r.customerExternalId)!,
          subject: r.subject,
          status: r.status,
          opened_at: r.openedAt,
        })),
      )
      .execute();
  }
  for (const { stored: row, record } of plan.changed) {
    await db.updateTable('tickets').set({ status: record.status }).where('workspace_id', '=', workspaceId).where('id', '=', row.id).execute();
  }
  return { created: plan.created.length, updated: plan.changed.length, unchanged: plan.unchanged };
}
