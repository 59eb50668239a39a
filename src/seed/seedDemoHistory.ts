import type { Kysely } from 'kysely';
import type { Clock, Ids } from '../core/ports.ts';
import { simulateIntoDb } from '../simulate/intoDb/simulateIntoDb.ts';
import type { Database } from '../store/schema.ts';

/** What the first start wrote into a demo workspace seeded just now. */
export interface DemoHistory {
  days: number;
  conversations: number;
  handoffs: number;
  seconds: number;
}

/** The seed of the first start's history: every new demo database gets the same story. */
const demoHistorySeed = 1;

/**
 * Fill a demo workspace seeded just now with `days` days of simulated history up to now
 * (`simulateIntoDb`, seed 1), so the dashboard and `baton report` have something to show on
 * first start. Run only for a workspace `seedDemoWorkspace` has just created; returns
 * undefined when nothing was written (it already held a simulation run).
 *
 * @example
 *   const history = seed.created ? await seedDemoHistory(db, seed.workspace, 14, systemClock, cryptoIds) : undefined;
 */
export async function seedDemoHistory(db: Kysely<Database>, workspace: string, days: number, clock: Clock, ids: Ids): Promise<DemoHistory | undefined> {
  const started = performance.now();
  const outcome = await simulateIntoDb(db, { workspace, days, seed: demoHistorySeed, clock, ids });
  if (outcome.kind !== 'written') return undefined;
  return { days, conversations: outcome.counts.conversations, handoffs: outcome.counts.handoffs, seconds: (performance.now() - started) / 1000 };
}
