import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

// PGlite's default shared_buffers is 128 MB, most of its resident memory. 32 MB holds a
// support team's working set; measured on reopening the demo database: 325 MB resident with
// the default, 242 MB with 32 MB.
const postgresqlconf = ['shared_buffers = 32MB'];

/** Where the data lives: a PostgreSQL server, or the embedded PGlite in a folder (or in memory). */
export type DatabaseTarget =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir: string }
  | { engine: 'pglite'; loadDataDir: Blob }
  | { engine: 'pglite'; memory: true };

/** An open database: the Kysely handle and how to close it. */
export interface OpenDatabase {
  db: Kysely<Database>;
  engine: 'postgres' | 'pglite';
  /** The server's address, for a PostgreSQL server (the event relay opens its own connection). */
  url?: string;
  close(): Promise<void>;
}

/**
 * Open Baton's database. Both engines go through `pg` and Kysely's PostgresDialect, so every
 * query runs the same code; PGlite is reached through `createPgConfig`. A PGlite folder is
 * locked to one process: a second Baton on the same folder is refused with a clear message.
 *
 * @example
 *   const { db, close } = await openDatabase({ engine: 'pglite', dataDir: './data' });
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on next use.
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', url: target.url, close: () => db.destroy() };
  }
  const releaseLock = 'dataDir' in target ? lockDataDir(target.dataDir) : () => {};
  try {
    const pglite =
      'dataDir' in target
        ? new PGlite(join(target.dataDir, 'pg'), { postgresqlconf })
        : new PGlite({ postgresqlconf, ...('loadDataDir' in target && { loadDataDir: target.loadDataDir }) });
    await pglite.waitReady;
    const pool = new pg.Pool(createPgConfig(pglite) as pg.PoolConfig);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'pglite',
      close: async () => {
        await db.destroy();
        await pglite.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Thrown when another live process holds the embedded database folder. */
export class DataDirLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid}. PGlite is one process: ` +
        'stop that Baton first, or run several instances on a PostgreSQL server with DATABASE_URL.',
    );
    this.name = 'DataDirLockedError';
  }
}

/** Take the folder's lock file, created exclusively so two starting processes cannot both win;
 * a lock left by a process that no longer runs (killed, crashed) is taken over. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'baton.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    if (holder && holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    rmSync(lockFile, { force: true });
  }
  throw new DataDirLockedError(dataDir, Number.parseInt(readFileSync(lockFile, 'utf8'), 10));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
