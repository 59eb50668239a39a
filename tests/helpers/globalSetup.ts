import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { systemClock } from '../../src/core/ports.ts';
import { cryptoIds } from '../../src/core/secrets.ts';
import { seedDemoWorkspace } from '../../src/seed/seedDemoWorkspace.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { Database } from '../../src/store/schema.ts';
import { templatePath } from './templatePath.ts';

/**
 * Once per test run: a PGlite database with every migration and the demo workspace, saved as
 * a tarball. Each test file opens its own copy in ~1 s instead of running initdb (~4 s).
 */
export default async function setup(): Promise<void> {
  const pglite = new PGlite();
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite) as pg.PoolConfig) }) });
  await migrate(db);
  await seedDemoWorkspace(db, cryptoIds, systemClock);
  await db.destroy();
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  mkdirSync(dirname(templatePath), { recursive: true });
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
}
