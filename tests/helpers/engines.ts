import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { systemClock } from '../../src/core/ports.ts';
import { cryptoIds } from '../../src/core/secrets.ts';
import { seedDemoWorkspace } from '../../src/seed/seedDemoWorkspace.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openDatabase, type OpenDatabase } from '../../src/store/openDatabase.ts';
import { templatePath } from './templatePath.ts';

/** A database engine the suites run against. */
export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** A new, migrated database holding the demo workspace, private to the caller. */
  open(options?: { empty?: boolean }): Promise<OpenDatabase & { url?: string }>;
}

const serverUrl = process.env.BATON_TEST_DATABASE_URL;

/** PGlite always; a PostgreSQL server too when `BATON_TEST_DATABASE_URL` is set. */
export const engines: TestEngine[] = [
  {
    name: 'pglite',
    async open(options) {
      if (options?.empty) return openDatabase({ engine: 'pglite', memory: true });
      return openDatabase({ engine: 'pglite', loadDataDir: new Blob([readFileSync(templatePath)]) });
    },
  },
  ...(serverUrl ? [{ name: 'postgres' as const, open: (options?: { empty?: boolean }) => openServerDatabase(serverUrl, options?.empty ?? false) }] : []),
];

/**
 * A fresh database on the PostgreSQL server, dropped on close: every test file gets its own,
 * so files run in parallel without seeing each other's rows.
 */
export async function openServerDatabase(adminUrl: string, empty: boolean): Promise<OpenDatabase & { url: string }> {
  const name = `baton_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 20 });
  if (!empty) {
    await migrate(database.db);
    await seedDemoWorkspace(database.db, cryptoIds, systemClock);
  }
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
