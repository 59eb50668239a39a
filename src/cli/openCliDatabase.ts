import { ConfigError, loadConfig } from '../core/config.ts';
import { migrate } from '../store/migrate.ts';
import { DataDirLockedError, openDatabase, type OpenDatabase } from '../store/openDatabase.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

/**
 * The database a command works on, migrated: `DATABASE_URL`, or the embedded one in
 * `BATON_DATA_DIR`. A bad setting, or a data folder a running Baton holds, is explained on
 * `err` and gives `undefined` (the command exits 1). The caller closes the database.
 *
 * @example
 *   const database = await openCliDatabase(env, err);
 *   if (!database) return 1;
 *   try { … } finally { await database.close(); }
 */
export async function openCliDatabase(env: Record<string, string | undefined>, err: NodeJS.WritableStream): Promise<OpenDatabase | undefined> {
  let database: OpenDatabase;
  try {
    const config = loadConfig(env);
    database = await openDatabase(config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl } : { engine: 'pglite', dataDir: config.dataDir });
  } catch (error) {
    if (!(error instanceof ConfigError) && !(error instanceof DataDirLockedError)) throw error;
    err.write(`${error.message}\n`);
    return undefined;
  }
  try {
    await migrate(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/**
 * The line every command prints for a workspace slug that does not exist, naming those that do.
 *
 * @example
 *   err.write(unknownWorkspace('demo2', ['demo']));
 */
export function unknownWorkspace(slug: string, known: readonly string[]): string {
  return `Unknown workspace "${slug}". Workspaces: ${known.join(', ') || 'none (run baton seed, or create one)'}.\n`;
}

/**
 * Explain on `err` that no workspace has this slug, naming those that exist.
 *
 * @example
 *   if (!workspace) return (await reportUnknownWorkspace(database.db, slug, err), 2);
 */
export async function reportUnknownWorkspace(db: Kysely<Database>, slug: string, err: NodeJS.WritableStream): Promise<void> {
  const known = (await db.selectFrom('workspaces').select('slug').orderBy('slug').execute()).map((w) => w.slug);
  err.write(unknownWorkspace(slug, known));
}
