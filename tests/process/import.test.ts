import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtInCrm } from '../../src/crm/builtInCrm.ts';
import { openDatabase } from '../../src/store/openDatabase.ts';
import { runBaton } from '../helpers/batonProcess.ts';

const dir = mkdtempSync(join(tmpdir(), 'baton-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { BATON_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const accounts = file(
  'accounts.json',
  JSON.stringify({
    customers: [
      {
        externalId: 'ACME-1',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        tier: 'gold',
        orders: [{ number: 'A-100', status: 'shipped', total: 89.99, currency: 'USD', placedAt: '2024-05-01T10:00:00Z' }],
        tickets: [{ subject: 'Parcel late', status: 'open', openedAt: '2024-05-03T08:00:00Z' }],
      },
      { externalId: 'ACME-2', email: 'not-an-email' },
    ],
  }),
);

describe('npx baton import', { timeout: 120_000 }, () => {
  it('refuses an unknown workspace with exit code 2', () => {
    const result = runBaton(['import', accounts, '--workspace', 'nowhere'], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown workspace "nowhere"');
  });

  it('imports the good rows of a JSON file, names the bad one, and exits 3', async () => {
    expect(runBaton(['seed'], env).status).toBe(0);
    const result = runBaton(['import', accounts, '--workspace', 'demo'], env);
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/customers\s+1\s+0\s+0\s+1/);
    expect(result.stdout).toContain('customers[1]: email "not-an-email" is not an email address');

    const database = await openDatabase({ engine: 'pglite', dataDir: env.BATON_DATA_DIR });
    try {
      const { id } = await database.db.selectFrom('workspaces').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
      const crm = builtInCrm(database.db);
      expect(await crm.lookup(id, 'ACME-1')).toMatchObject({
        status: 'found',
        account: { name: 'Ada Lovelace', tier: 'gold', orders: [{ number: 'A-100', totalMinor: 8999, currency: 'USD' }], tickets: [{ subject: 'Parcel late' }] },
      });
      expect(await crm.lookup(id, 'ACME-2')).toEqual({ status: 'not_found' });
    } finally {
      await database.close();
    }
  });

  it('imports CSV files, customers first whatever the order given, and changes nothing the second time', () => {
    const orders = file('orders.csv', 'customer_external_id,number,status,total,currency,placed_at\nACME-3,G-1,delivered,1299.00,EUR,2024-04-01T09:00:00Z\n');
    const customers = file('customers.csv', 'external_id,name,email,tier,customer_since\nACME-3,Grace Hopper,grace@example.com,platinum,2020-01-02\n');
    const first = runBaton(['import', orders, customers, '--workspace', 'demo'], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/customers\.csv[\s\S]*customers\s+1\s+0\s+0\s+0[\s\S]*orders\.csv[\s\S]*orders\s+1\s+0\s+0\s+0/);
    expect(first.stdout).toContain('Every row was imported.');

    const again = runBaton(['import', accounts, customers, orders, '--workspace', 'demo'], env);
    expect(again.status).toBe(3);
    expect(again.stdout).not.toMatch(/^\s+(customers|orders|subscriptions|tickets)\s+[1-9]/m);
    expect(again.stdout).toMatch(/customers\s+0\s+0\s+1\s+1/);
  });

  it('refuses a data folder in use by a running Baton, and wrong arguments', () => {
    writeFileSync(join(env.BATON_DATA_DIR, 'baton.pid'), String(process.pid));
    try {
      const locked = runBaton(['import', accounts, '--workspace', 'demo'], env);
      expect(locked.status).toBe(1);
      expect(locked.stderr).toContain(`is in use by process ${process.pid}`);
    } finally {
      rmSync(join(env.BATON_DATA_DIR, 'baton.pid'), { force: true });
    }
    expect(runBaton(['import', accounts], env).status).toBe(2);
    const unreadable = runBaton(['import', join(dir, 'missing.csv'), '--workspace', 'demo'], env);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toContain('Cannot read');
  });
});
