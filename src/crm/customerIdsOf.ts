import type { Database } from '../store/schema.ts';
import { sql, type Kysely } from 'kysely';
import type { RecordKind, Rejection } from './importTypes.ts';

/**
 * The row ids of the workspace's customers with these external ids (unknown ones are absent).
 *
 * @example
 *   const owners = await customerIdsOf(db, workspaceId, ['CUST-29441']); // Map { 'CUST-29441' => 'uuid' }
 */
export async function customerIdsOf(db: Kysely<Database>, workspaceId: string, externalIds: string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'external_id'])
    .where('workspace_id', '=', workspaceId)
    .where(sql<boolean>`external_id = ANY(${[...new Set(externalIds)]}::text[])`)
    .execute();
  return new Map(rows.map((r) => [r.external_id!, r.id]));
}

/**
 * The records whose customer exists; the others are rejected into `rejected`.
 *
 * @example
 *   const known = withKnownOwner('tickets', batch.tickets, owners, rejected);
 */
export function withKnownOwner<R extends { at: string; customerExternalId: string }>(kind: RecordKind, records: R[], owners: Map<string, string>, rejected: Rejection[]): R[] {
  return records.filter((r) => {
    if (owners.has(r.customerExternalId)) return true;
    rejected.push({ kind, at: r.at, reason: `customer "${r.customerExternalId}" does not exist in this workspace (import it first)` });
    return false;
  });
}
