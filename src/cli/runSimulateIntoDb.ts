import { openCliDatabase, unknownWorkspace } from './openCliDatabase.ts';
import { systemClock } from '../core/ports.ts';
import { cryptoIds } from '../core/secrets.ts';
import { formatIntoDbReport } from '../simulate/intoDb/formatIntoDbReport.ts';
import { simulateIntoDb } from '../simulate/intoDb/simulateIntoDb.ts';

/** The longest history `--into-db` writes: 90 days is about 15,000 conversations and 135,000 events for the demo. */
export const maxIntoDbDays = 90;

/**
 * `baton simulate --into-db`: open the database as `baton import` does (DATABASE_URL, or the
 * embedded one in BATON_DATA_DIR, refused while a running Baton holds it), migrate, write
 * the simulated history into the workspace and print what was written and how long it took.
 * Returns the exit code: 0 written; 1 the configuration or database; 2 an unknown workspace
 * or one without agents; 3 the workspace already holds simulated history.
 *
 * @example
 *   process.exitCode = await runSimulateIntoDb({ days: 14, seed: 1, workspace: 'demo', json: false });
 */
export async function runSimulateIntoDb(
  options: { days: number; seed: number; workspace: string; json: boolean },
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  env: Record<string, string | undefined>,
): Promise<number> {
  const database = await openCliDatabase(env, err);
  if (!database) return 1;
  try {
    const started = performance.now();
    const outcome = await simulateIntoDb(database.db, { ...options, clock: systemClock, ids: cryptoIds });
    const seconds = (performance.now() - started) / 1000;
    if (outcome.kind === 'unknown_workspace') {
      err.write(unknownWorkspace(outcome.workspace, outcome.known));
      return 2;
    }
    if (outcome.kind === 'no_agents') {
      err.write(`Workspace "${outcome.workspace}" has no active agent with capacity: there is nobody to simulate.\n`);
      return 2;
    }
    if (outcome.kind === 'already_simulated') {
      const { seed, days, createdAt } = outcome.existing;
      err.write(
        `Workspace "${outcome.workspace}" already holds simulated history (${days} days, seed ${seed}, written ${createdAt.toISOString()}). ` +
          'Events cannot be deleted, so nothing was written. Start from a fresh database (a new BATON_DATA_DIR) to simulate again.\n',
      );
      return 3;
    }
    out.write(options.json ? `${JSON.stringify({ ...outcome, seconds: Math.round(seconds * 10) / 10 }, null, 2)}\n` : `${formatIntoDbReport(outcome, seconds)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
