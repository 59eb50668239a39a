import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/ports.ts';
import { cryptoIds } from '../../src/core/secrets.ts';
import { builtInCrm } from '../../src/crm/builtInCrm.ts';
import { httpCrm } from '../../src/crm/httpCrm.ts';
import { importAccounts } from '../../src/crm/importAccounts.ts';
import type { CrmConnector } from '../../src/crm/types.ts';
import { engines } from '../helpers/engines.ts';
import { demoWorkspaceId } from '../helpers/fixtures.ts';
import { contractAccounts, crmDocument, crmFieldMap, importBatchOf } from './crmFixture.ts';
import { startCrmStandIn } from './crmStandIn.ts';

/** A CRM implementation holding `contractAccounts`, ready to be asked. */
interface Subject {
  name: string;
  open(): Promise<{ crm: CrmConnector; workspaceId: string; close(): Promise<void> }>;
}

const subjects: Subject[] = [
  ...engines.map((engine) => ({
    name: `built-in on ${engine.name}`,
    async open() {
      const database = await engine.open();
      const workspaceId = await demoWorkspaceId(database.db);
      const { rejected } = await importAccounts(database.db, workspaceId, importBatchOf(contractAccounts), cryptoIds);
      expect(rejected).toEqual([]);
      return { crm: builtInCrm(database.db), workspaceId, close: () => database.close() };
    },
  })),
  {
    name: 'HTTP (stand-in CRM on loopback)',
    async open() {
      const standIn = await startCrmStandIn(new Map(contractAccounts.map((a) => [a.externalId, crmDocument(a)])));
      const config = { urlTemplate: `${standIn.url}/api/customers/{externalId}`, fields: crmFieldMap, timeoutMs: 2000, cacheSeconds: 60 };
      return { crm: httpCrm(config, { clock: systemClock }), workspaceId: '00000000-0000-4000-8000-000000000001', close: () => standIn.close() };
    },
  },
];

describe.each(subjects)('CRM contract: $name', (subject) => {
  let crm: CrmConnector;
  let workspaceId: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ crm, workspaceId, close } = await subject.open());
  });
  afterAll(() => close?.());

  it('finds an account with every field, lists newest first', async () => {
    expect(await crm.lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'found', account: contractAccounts[0] });
  });

  it('orders, subscriptions and tickets come newest first', async () => {
    const found = await crm.lookup(workspaceId, 'CRM-T-1');
    if (found.status !== 'found') throw new Error(found.status);
    expect(found.account.orders.map((o) => o.number)).toEqual(['A-103', 'A-102', 'A-101']);
    expect(found.account.subscriptions.map((s) => s.plan)).toEqual(['Pro annual', 'Basic monthly']);
    expect(found.account.tickets.map((t) => t.subject)).toEqual(['Charged twice for seats', 'Export to CSV times out', 'SSO login loop']);
  });

  it('leaves out what it does not know rather than answering null, and reads ids that need encoding', async () => {
    const found = await crm.lookup(workspaceId, 'ACME/42 ü?&#');
    expect(found).toEqual({ status: 'found', account: contractAccounts[1] });
    if (found.status !== 'found') return;
    expect(Object.keys(found.account).sort()).toEqual(['externalId', 'orders', 'subscriptions', 'tickets', 'tier']);
  });

  it('answers not_found for an unknown or empty id', async () => {
    expect(await crm.lookup(workspaceId, 'CRM-T-404')).toEqual({ status: 'not_found' });
    expect(await crm.lookup(workspaceId, 'crm-t-1')).toEqual({ status: 'not_found' });
    expect(await crm.lookup(workspaceId, '')).toEqual({ status: 'not_found' });
  });

  it('answers the same to concurrent lookups', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => crm.lookup(workspaceId, 'CRM-T-1')));
    for (const answer of answers) expect(answer).toEqual({ status: 'found', account: contractAccounts[0] });
  });
});
