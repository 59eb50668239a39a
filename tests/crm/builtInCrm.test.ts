import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cryptoIds } from '../../src/core/secrets.ts';
import { builtInCrm } from '../../src/crm/builtInCrm.ts';
import { importAccounts } from '../../src/crm/importAccounts.ts';
import type { CrmConnector } from '../../src/crm/types.ts';
import type { OpenDatabase } from '../../src/store/openDatabase.ts';
import { engines } from '../helpers/engines.ts';
import { demoWorkspaceId, otherWorkspace } from '../helpers/fixtures.ts';
import { importBatchOf } from './crmFixture.ts';

describe.each(engines)('the built-in CRM on $name', (engine) => {
  let database: OpenDatabase;
  let crm: CrmConnector;
  let demo: string;
  let other: string;
  beforeAll(async () => {
    database = await engine.open();
    crm = builtInCrm(database.db);
    demo = await demoWorkspaceId(database.db);
    other = (await otherWorkspace(database.db)).workspaceId;
  });
  afterAll(() => database?.close());

  it('reads the seeded demo customers', async () => {
    const found = await crm.lookup(demo, 'CUST-29441');
    expect(found).toMatchObject({ status: 'found', account: { externalId: 'CUST-29441', tier: 'gold', email: 'gold.customer@demo.baton.test' } });
    if (found.status !== 'found') return;
    expect(found.account.orders.map((o) => [o.number, o.totalMinor, o.currency])).toEqual([
      ['8821', 8999, 'USD'],
      ['8790', 4500, 'USD'],
    ]);
    expect(found.account.customerSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(found.account.subscriptions[0]).toMatchObject({ plan: 'Pro annual', status: 'active', renewsAt: expect.stringMatching(/Z$/) });
  });

  it('keeps each workspace to its own customers', async () => {
    const theirs = { externalId: 'CUST-29441', name: 'Someone else', tier: 'free', orders: [], subscriptions: [], tickets: [] };
    expect((await importAccounts(database.db, other, importBatchOf([theirs]), cryptoIds)).rejected).toEqual([]);
    expect(await crm.lookup(other, 'CUST-29441')).toEqual({ status: 'found', account: theirs });
    expect(await crm.lookup(demo, 'CUST-29441')).toMatchObject({ status: 'found', account: { name: 'Gold Customer (demo)', tier: 'gold' } });
    expect(await crm.lookup(other, 'CUST-10077')).toEqual({ status: 'not_found' });
  });

  it('answers unavailable rather than throwing when the database refuses the question', async () => {
    expect(await crm.lookup('not-a-workspace-id', 'CUST-29441')).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/^database error/) });
  });
});
