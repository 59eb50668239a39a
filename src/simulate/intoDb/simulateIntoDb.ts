import type { Kysely } from 'kysely';
import type { Clock, Ids } from '../../core/ports.ts';
import { builtInCrm } from '../../crm/builtInCrm.ts';
import { storedHours } from '../../schedule/storedHours.ts';
import type { Database } from '../../store/schema.ts';
import type { CrmCustomer } from './customerPool.ts';
import { planHistory } from './planHistory.ts';
import { simulationRunOf, writeSimulatedHistory, type HistoryCounts, type SimulationRun } from './writeSimulatedHistory.ts';

/** What `simulateIntoDb` did. */
export type IntoDbOutcome =
  | { kind: 'written'; workspace: string; seed: number; days: number; startsAt: Date; endsAt: Date; counts: HistoryCounts; planMs: number; writeMs: number }
  | { kind: 'already_simulated'; workspace: string; existing: SimulationRun }
  | { kind: 'unknown_workspace'; workspace: string; known: string[] }
  | { kind: 'no_agents'; workspace: string };

/** How many of the workspace's CRM customers may appear in simulated conversations. */
const crmCustomerLimit = 20;

/**
 * `baton simulate --into-db`: fill a workspace with `days` days of simulated history up to
 * now (conversations, handoffs with packets and offers, agents' replies, CSAT, and every
 * event), seeded, from its own agents and teams. Refused when the workspace already holds a
 * simulation run (events cannot be taken back out). Reads the workspace, plans the history
 * (`planHistory`, pure) and stores it in one transaction (`writeSimulatedHistory`).
 *
 * @example
 *   const outcome = await simulateIntoDb(db, { workspace: 'demo', days: 14, seed: 1, clock: systemClock, ids: cryptoIds });
 *   if (outcome.kind === 'written') console.log(outcome.counts.handoffs);
 */
export async function simulateIntoDb(db: Kysely<Database>, options: { workspace: string; days: number; seed: number; clock: Clock; ids: Ids }): Promise<IntoDbOutcome> {
  const { workspace, days, seed } = options;
  const found = await db.selectFrom('workspaces').select('id').where('slug', '=', workspace).executeTakeFirst();
  if (!found) {
    const known = (await db.selectFrom('workspaces').select('slug').orderBy('slug').execute()).map((w) => w.slug);
    return { kind: 'unknown_workspace', workspace, known };
  }
  const workspaceId = found.id;
  const existing = await simulationRunOf(db, workspaceId);
  if (existing) return { kind: 'already_simulated', workspace, existing };
  const [agents, teams, customers, orders] = await Promise.all([
    db
      .selectFrom('agents')
      .select(['id', 'display_name', 'team_id', 'skills', 'languages', 'capacity'])
      .where('workspace_id', '=', workspaceId)
      .where('active', '=', true)
      .where('capacity', '>', 0)
      .orderBy('created_at')
      .orderBy('email')
      .execute(),
    db.selectFrom('teams').select(['id', 'name', 'category', 'business_hours']).where('workspace_id', '=', workspaceId).orderBy('name').execute(),
    db
      .selectFrom('customers')
      .select(['id', 'external_id'])
      .where('workspace_id', '=', workspaceId)
      .where('external_id', 'is not', null)
      .orderBy('external_id')
      .limit(crmCustomerLimit)
      .execute(),
    db.selectFrom('orders').select('number').where('workspace_id', '=', workspaceId).execute(),
  ]);
  if (agents.length === 0) return { kind: 'no_agents', workspace };
  const crm = builtInCrm(db);
  const crmCustomers: CrmCustomer[] = [];
  for (const c of customers) {
    const lookup = await crm.lookup(workspaceId, c.external_id!);
    if (lookup.status === 'found') crmCustomers.push({ id: c.id, account: lookup.account });
  }
  const zoned = teams.find((t) => t.business_hours !== null);
  const planStarted = performance.now();
  const history = planHistory({
    workspaceId,
    agents: agents.map((a) => ({ id: a.id, displayName: a.display_name, teamId: a.team_id, skills: a.skills, languages: a.languages, capacity: a.capacity })),
    teams,
    crmCustomers,
    takenOrderNumbers: new Set(orders.map((o) => o.number)),
    days,
    seed,
    now: options.clock.now(),
    ids: options.ids,
    timeZone: zoned ? storedHours(zoned.business_hours).timeZone : undefined,
  });
  const writeStarted = performance.now();
  const outcome = await writeSimulatedHistory(db, workspaceId, history, { seed, days });
  const writeMs = performance.now() - writeStarted;
  if (!outcome.written) return { kind: 'already_simulated', workspace, existing: outcome.existing };
  return { kind: 'written', workspace, seed, days, startsAt: history.startsAt, endsAt: history.endsAt, counts: outcome.counts, planMs: writeStarted - planStarted, writeMs };
}
