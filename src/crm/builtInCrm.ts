import { sql, type Kysely, type RawBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../store/schema.ts';
import { accountListLimit, type CrmAccount, type CrmConnector } from './types.ts';

/** A timestamp as `toISOString()` writes it, whatever the session's time zone. */
const iso = (column: string): RawBuilder<string> => sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The CRM kept in Baton's own tables (`customers`, `orders`, `subscriptions`, `tickets`,
 * filled by `baton import`), read by external id within one workspace. One query: the lists
 * are JSON sub-selects, newest first, at most `accountListLimit` each.
 *
 * @example
 *   const crm = builtInCrm(db);
 *   await crm.lookup(workspaceId, 'CUST-29441'); // { status: 'found', account: { tier: 'gold', orders: [...], … } }
 */
export function builtInCrm(db: Kysely<Database>): CrmConnector {
  const crm = db;
  return {
    async lookup(workspaceId, externalId) {
      try {
        const row = await crm
          .selectFrom('customers as c')
          .select((eb) => [
            'c.external_id',
            'c.name',
            'c.email',
            'c.phone',
            'c.tier',
            sql<string | null>`to_char(c.customer_since, 'YYYY-MM-DD')`.as('customer_since'),
            jsonArrayFrom(
              eb
                .selectFrom('orders as o')
                .select(['o.number', 'o.status', 'o.total_minor as totalMinor', 'o.currency', iso('o.placed_at').as('placedAt')])
                .whereRef('o.workspace_id', '=', 'c.workspace_id')
                .whereRef('o.customer_id', '=', 'c.id')
                .orderBy('o.placed_at', 'desc')
                .orderBy('o.number', 'desc')
                .limit(accountListLimit),
            ).as('orders'),
            jsonArrayFrom(
              eb
                .selectFrom('subscriptions as s')
                .select(['s.plan', 's.status', iso('s.started_at').as('startedAt'), iso('s.renews_at').as('renewsAt')])
                .whereRef('s.workspace_id', '=', 'c.workspace_id')
                .whereRef('s.customer_id', '=', 'c.id')
                .orderBy('s.started_at', 'desc')
                .orderBy('s.plan')
                .limit(accountListLimit),
            ).as('subscriptions'),
            jsonArrayFrom(
              eb
                .selectFrom('tickets as t')
                .select(['t.subject', 't.status', iso('t.opened_at').as('openedAt')])
                .whereRef('t.workspace_id', '=', 'c.workspace_id')
                .whereRef('t.customer_id', '=', 'c.id')
                .orderBy('t.opened_at', 'desc')
                .orderBy('t.subject')
                .limit(accountListLimit),
            ).as('tickets'),
          ])
          .where('c.workspace_id', '=', workspaceId)
          .where('c.external_id', '=', externalId)
          .executeTakeFirst();
        if (!row) return { status: 'not_found' };
        const account: CrmAccount = {
          externalId: row.external_id!,
          ...present({ name: row.name, email: row.email, phone: row.phone, tier: row.tier, customerSince: row.customer_since }),
          orders: row.orders.map((o) => ({ ...o, totalMinor: Number(o.totalMinor) })),
          subscriptions: row.subscriptions.map(({ renewsAt, ...s }) => ({ ...s, ...present({ renewsAt }) })),
          tickets: row.tickets,
        };
        return { status: 'found', account };
      } catch (error) {
        return { status: 'unavailable', reason: `database error: ${(error as Error).message}`.slice(0, 160) };
      }
    },
  };
}

/** The fields that have a value: an account leaves unknowns out rather than null. */
function present<T extends Record<string, string | null>>(fields: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as { [K in keyof T]?: string };
}
