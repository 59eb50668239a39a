import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** A numbered migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations shipped with Baton, in order (`NNN_name.sql`). */
export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number.parseInt(file.slice(0, 3), 10),
      name: file.slice(4, -4),
      sql: readFileSync(join(migrationsDir, file), 'utf8'),
    }));
}

/**
 * Apply the migrations not yet applied, all in one transaction under a transaction-level
 * advisory lock: when several instances start at once on an empty database, one migrates and
 * the others wait, then find nothing left to do. Returns the versions this call applied.
 *
 * @example
 *   await migrate(db); // [1] on a new database, [] afterwards
 */
export async function migrate(db: Kysely<Database>, migrations = listMigrations()): Promise<number[]> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('baton.migrate'))`.execute(tx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`.execute(tx);
    const done = new Set((await tx.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await sql.raw(migration.sql).execute(tx);
      await tx.insertInto('schema_migrations').values({ version: migration.version, name: migration.name }).execute();
      applied.push(migration.version);
    }
    return applied;
  });
}
