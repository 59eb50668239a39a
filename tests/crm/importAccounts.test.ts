import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cryptoIds } from '../../src/core/secrets.ts';
import { builtInCrm } from '../../src/crm/builtInCrm.ts';
import { importAccounts } from '../../src/crm/importAccounts.ts';
import type { ImportBatch } from '../../src/crm/importTypes.ts';
import { parseImport } from '../../src/crm/parseImport.ts';
import type { CrmConnector } from '../../src/crm/types.ts';
import type { OpenDatabase } from '../../src/store/openDatabase.ts';
import { engines } from '../helpers/engines.ts';
import { demoWorkspaceId } from '../helpers/fixtures.ts';

const accounts = {
  customers: [
    {
      externalId: 'IMP-1',
      name: 'Imported One',
      email: 'one@example.com',
      phone: '+1 555 010 0199',
      tier: 'gold',
      customerSince: '2020-01-31',
      orders: [{ number: 'IMP-O-1', status: 'shipped', total: 89.99, currency: 'USD', placedAt: '2024-05-01T10:00:00Z' }],
      subscriptions: [{ plan: 'Pro', status: 'active', startedAt: '2024-01-01', renewsAt: '2025-01-01' }],
      tickets: [{ subject: 'Where is my parcel?', status: 'open', openedAt: '2024-05-03T08:00:00Z' }],
    },
    { externalId: 'IMP-2', orders: [{ number: 'IMP-O-2', status: 'new', totalMinor: 500, currency: 'EUR', placedAt: '2024-06-01' }] },
  ],
};

function batch(document: unknown): ImportBatch {
  const outcome = parseImport('accounts.json', JSON.stringify(document));
  if (!outcome.ok) throw new Error(outcome.problem);
  expect(outcome.parsed.rejected).toEqual([]);
  return outcome.parsed.batch;
}

const counts = (created: number, updated: number, unchanged: number) => ({ created, updated, unchanged });

describe.each(engines)('importing accounts on $name', (engine) => {
  let database: OpenDatabase;
  let ws: string;
  let crm: CrmConnector;
  beforeAll(async () => {
    database = await engine.open();
    ws = await demoWorkspaceId(database.db);
    crm = builtInCrm(database.db);
  });
  afterAll(() => database?.close());

  it('creates what is new, then changes nothing when the same file comes again', async () => {
    const first = await importAccounts(database.db, ws, batch(accounts), cryptoIds);
    expect(first).toEqual({ counts: { customers: counts(2, 0, 0), orders: counts(2, 0, 0), subscriptions: counts(1, 0, 0), tickets: counts(1, 0, 0) }, rejected: [] });
    const again = await importAccounts(database.db, ws, batch(accounts), cryptoIds);
    expect(again.counts).toEqual({ customers: counts(0, 0, 2), orders: counts(0, 0, 2), subscriptions: counts(0, 0, 1), tickets: counts(0, 0, 1) });
    expect(await crm.lookup(ws, 'IMP-1')).toEqual({
      status: 'found',
      account: {
        externalId: 'IMP-1',
        name: 'Imported One',
        email: 'one@example.com',
        phone: '+1 555 010 0199',
        tier: 'gold',
        customerSince: '2020-01-31',
        orders: [{ number: 'IMP-O-1', status: 'shipped', totalMinor: 8999, currency: 'USD', placedAt: '2024-05-01T10:00:00.000Z' }],
        subscriptions: [{ plan: 'Pro', status: 'active', startedAt: '2024-01-01T00:00:00.000Z', renewsAt: '2025-01-01T00:00:00.000Z' }],
        tickets: [{ subject: 'Where is my parcel?', status: 'open', openedAt: '2024-05-03T08:00:00.000Z' }],
      },
    });
    expect(await crm.lookup(ws, 'IMP-2')).toMatchObject({ status: 'found', account: { tier: 'standard', orders: [{ number: 'IMP-O-2', totalMinor: 500 }] } });
  });

  it('updates what changed and keeps the customer fields a file leaves out', async () => {
    const update = {
      customers: [
        {
          externalId: 'IMP-1',
          tier: 'platinum',
          orders: [{ number: 'IMP-O-1', status: 'delivered', total: '89.99', currency: 'USD', placedAt: '2024-05-01T12:00:00+02:00' }],
          subscriptions: [{ plan: 'Pro', status: 'cancelled', startedAt: '2024-01-01T00:00:00Z' }],
          tickets: [{ subject: 'Where is my parcel?', status: 'solved', openedAt: '2024-05-03T08:00:00Z' }],
        },
      ],
    };
    const result = await importAccounts(database.db, ws, batch(update), cryptoIds);
    expect(result.counts).toEqual({ customers: counts(0, 1, 0), orders: counts(0, 1, 0), subscriptions: counts(0, 1, 0), tickets: counts(0, 1, 0) });
    const found = await crm.lookup(ws, 'IMP-1');
    expect(found).toMatchObject({
      status: 'found',
      account: { name: 'Imported One', email: 'one@example.com', phone: '+1 555 010 0199', tier: 'platinum', customerSince: '2020-01-31' },
    });
    if (found.status !== 'found') return;
    expect(found.account.orders).toEqual([{ number: 'IMP-O-1', status: 'delivered', totalMinor: 8999, currency: 'USD', placedAt: '2024-05-01T10:00:00.000Z' }]);
    expect(found.account.subscriptions).toEqual([{ plan: 'Pro', status: 'cancelled', startedAt: '2024-01-01T00:00:00.000Z' }]);
    expect(found.account.tickets[0]!.status).toBe('solved');
  });

  it('rejects records of unknown customers and orders that belong to another customer, writing the rest', async () => {
    const rows: ImportBatch = {
      customers: [],
      orders: [
        { at: 'row 2', customerExternalId: 'IMP-2', number: 'IMP-O-1', status: 'new', totalMinor: 1, currency: 'USD', placedAt: '2024-01-01T00:00:00.000Z' },
        { at: 'row 3', customerExternalId: 'NOBODY', number: 'IMP-O-9', status: 'new', totalMinor: 1, currency: 'USD', placedAt: '2024-01-01T00:00:00.000Z' },
        { at: 'row 4', customerExternalId: 'IMP-2', number: 'IMP-O-3', status: 'new', totalMinor: 1, currency: 'USD', placedAt: '2024-01-01T00:00:00.000Z' },
      ],
      subscriptions: [{ at: 'row 5', customerExternalId: 'NOBODY', plan: 'Pro', status: 'active', startedAt: '2024-01-01T00:00:00.000Z' }],
      tickets: [{ at: 'row 6', customerExternalId: 'NOBODY', subject: 'x', status: 'open', openedAt: '2024-01-01T00:00:00.000Z' }],
    };
    const result = await importAccounts(database.db, ws, rows, cryptoIds);
    expect(result.counts.orders).toEqual(counts(1, 0, 0));
    expect(result.rejected).toEqual([
      { kind: 'orders', at: 'row 3', reason: 'customer "NOBODY" does not exist in this workspace (import it first)' },
      { kind: 'orders', at: 'row 2', reason: 'order "IMP-O-1" belongs to another customer ("IMP-1")' },
      { kind: 'subscriptions', at: 'row 5', reason: 'customer "NOBODY" does not exist in this workspace (import it first)' },
      { kind: 'tickets', at: 'row 6', reason: 'customer "NOBODY" does not exist in this workspace (import it first)' },
    ]);
    expect(await crm.lookup(ws, 'IMP-1')).toMatchObject({ account: { orders: [{ number: 'IMP-O-1', status: 'delivered' }] } });
  });

  it('runs imports into one workspace one at a time: the same new file twice at once creates each row once', async () => {
    const fresh = { customers: [{ externalId: 'IMP-C-1', orders: [{ number: 'IMP-C-O', status: 'new', totalMinor: 1, currency: 'USD', placedAt: '2024-01-01' }] }] };
    const results = await Promise.all([importAccounts(database.db, ws, batch(fresh), cryptoIds), importAccounts(database.db, ws, batch(fresh), cryptoIds)]);
    expect(results.map((r) => r.counts.customers.created).sort()).toEqual([0, 1]);
    expect(results.map((r) => r.counts.orders.unchanged).sort()).toEqual([0, 1]);
  });
});
