import type { ImportBatch } from '../../src/crm/importTypes.ts';
import { currencyDigits } from '../../src/crm/minorUnits.ts';
import type { CrmAccount } from '../../src/crm/types.ts';

/** The accounts every CRM implementation must return, lists newest first. */
export const contractAccounts: CrmAccount[] = [
  {
    externalId: 'CRM-T-1',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    phone: '+44 20 7946 0000',
    tier: 'gold',
    customerSince: '2019-06-01',
    orders: [
      { number: 'A-103', status: 'processing', totalMinor: 1200, currency: 'JPY', placedAt: '2024-06-10T08:30:00.000Z' },
      { number: 'A-102', status: 'shipped', totalMinor: 8999, currency: 'USD', placedAt: '2024-05-01T10:00:00.000Z' },
      { number: 'A-101', status: 'delivered', totalMinor: 4500, currency: 'EUR', placedAt: '2023-11-20T15:45:30.250Z' },
    ],
    subscriptions: [
      { plan: 'Pro annual', status: 'active', startedAt: '2024-01-01T00:00:00.000Z', renewsAt: '2025-01-01T00:00:00.000Z' },
      { plan: 'Basic monthly', status: 'cancelled', startedAt: '2022-03-15T00:00:00.000Z' },
    ],
    tickets: [
      { subject: 'Charged twice for seats', status: 'open', openedAt: '2024-06-11T07:00:00.000Z' },
      { subject: 'Export to CSV times out', status: 'solved', openedAt: '2024-02-02T09:15:00.000Z' },
      { subject: 'SSO login loop', status: 'solved', openedAt: '2023-08-30T12:00:00.000Z' },
    ],
  },
  // An id that needs URL-encoding, and an account with nothing but its tier.
  { externalId: 'ACME/42 ü?&#', tier: 'standard', orders: [], subscriptions: [], tickets: [] },
];

/** The same accounts as a batch for `importAccounts` (how the built-in CRM is filled). */
export function importBatchOf(accounts: CrmAccount[]): ImportBatch {
  return {
    customers: accounts.map(({ orders: _o, subscriptions: _s, tickets: _t, ...customer }) => ({ at: customer.externalId, ...customer })),
    orders: accounts.flatMap((a) => a.orders.map((o) => ({ at: o.number, customerExternalId: a.externalId, ...o }))),
    subscriptions: accounts.flatMap((a) => a.subscriptions.map((s) => ({ at: s.plan, customerExternalId: a.externalId, ...s, status: s.status as 'active' }))),
    tickets: accounts.flatMap((a) => a.tickets.map((t) => ({ at: t.subject, customerExternalId: a.externalId, ...t }))),
  };
}

/** How the stand-in CRM below is read: its own names, nested, with decimals and zoned dates. */
export const crmFieldMap: Record<string, string> = {
  externalId: 'data.id',
  name: 'data.profile.fullName',
  email: 'data.profile.contact.email',
  phone: 'data.profile.contact.phones.0.number',
  tier: 'data.account.level',
  customerSince: 'data.account.opened',
  orders: 'data.purchases',
  'orders.number': 'order_no',
  'orders.status': 'state',
  'orders.total': 'amount',
  'orders.currency': 'currency_code',
  'orders.placedAt': 'created',
  subscriptions: 'data.plans',
  'subscriptions.plan': 'name',
  'subscriptions.status': 'state',
  'subscriptions.startedAt': 'start',
  'subscriptions.renewsAt': 'renewal',
  tickets: 'data.cases',
  'tickets.subject': 'title',
  'tickets.status': 'state',
  'tickets.openedAt': 'created',
};

/** An account as a CRM might serve it: other names, lists in no particular order, amounts as
 * decimals, lower-case currencies, capitalized tiers, times in +02:00. */
export function crmDocument(account: CrmAccount): unknown {
  const shuffled = <T>(list: T[]) => [...list.slice(1), ...list.slice(0, 1)];
  return {
    data: {
      id: account.externalId,
      profile: { fullName: account.name, contact: { email: account.email, phones: account.phone ? [{ kind: 'work', number: account.phone }] : [] } },
      account: { level: account.tier && account.tier[0]!.toUpperCase() + account.tier.slice(1), opened: account.customerSince && `${account.customerSince}T09:00:00Z` },
      purchases: shuffled(account.orders).map((o) => ({
        order_no: o.number,
        state: o.status,
        amount: decimal(o.totalMinor, o.currency),
        currency_code: o.currency.toLowerCase(),
        created: inParis(o.placedAt),
      })),
      plans: shuffled(account.subscriptions).map((s) => ({ name: s.plan, state: s.status, start: s.startedAt, renewal: s.renewsAt ?? null })),
      cases: shuffled(account.tickets).map((t) => ({ title: t.subject, state: t.status, created: inParis(t.openedAt) })),
    },
  };
}

function decimal(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits);
}

/** The same instant written at +02:00: "2024-05-01T12:00:00.000+02:00". */
function inParis(iso: string): string {
  return `${new Date(Date.parse(iso) + 2 * 3600_000).toISOString().slice(0, -1)}+02:00`;
}
