/**
 * Routing benchmark (`npm run bench:routing`): on a PostgreSQL server (BATON_BENCH_DATABASE_URL,
 * default the local one), a workspace with 1,000 online agents and 10,000 waiting handoffs.
 * Measures Baton's routing pass (queue order, policy match, selection pipeline, one offer per
 * handoff under the unique index, capacity counted) draining the queue, against a bare
 * `FOR UPDATE SKIP LOCKED` claim loop (batches of 500) over the same rows on the same server in
 * the same run, and prints offers per second for both and their ratio. Baton's pass stops when
 * every agent is at capacity, so it makes as many offers as there are free slots. Creates and drops its own database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { IntentCatalog } from '../../src/assistant/intentCatalog.ts';
import { builtInPhraser } from '../../src/assistant/llm/types.ts';
import type { Deps } from '../../src/core/deps.ts';
import { systemClock } from '../../src/core/ports.ts';
import { cryptoIds } from '../../src/core/secrets.ts';
import { builtInCrm } from '../../src/crm/builtInCrm.ts';
import { routeWaitingHandoffs } from '../../src/routing/routeWaitingHandoffs.ts';
import { kyselyStore } from '../../src/store/kyselyStore.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openDatabase } from '../../src/store/openDatabase.ts';

const adminUrl = process.env.BATON_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const agents = Number(process.env.BENCH_AGENTS ?? 1000);
const handoffs = Number(process.env.BENCH_HANDOFFS ?? 10_000);
const categories = ['billing', 'technical', 'account'];
const languages = ['en', 'es', 'de', 'fr'];

async function main(): Promise<void> {
  const name = `baton_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 10 });
  try {
    await migrate(database.db);
    const ws = await seed(database.db);
    const deps: Deps = {
      store: kyselyStore(database.db),
      ids: cryptoIds,
      clock: systemClock,
      events: { publish: () => {} },
      analyzers: undefined as never,
      intentCatalog: new IntentCatalog(),
      crm: builtInCrm(database.db),
      phraser: builtInPhraser,
    };
    // Baton's pass, until every handoff has its offer.
    let started = performance.now();
    let offered = 0;
    let passes = 0;
    const passMs: number[] = [];
    for (;;) {
      const t = performance.now();
      const made = await routeWaitingHandoffs(deps, ws);
      passMs.push(performance.now() - t);
      passes += 1;
      offered += made;
      if (made === 0) break;
    }
    const batonSeconds = (performance.now() - started) / 1000;
    // The same rows back to pending, then a bare claim loop: lock 50, mark them, commit.
    await database.db.deleteFrom('offers').execute();
    await database.db.deleteFrom('offer_rounds').execute();
    await database.db.updateTable('handoffs').set({ status: 'pending' }).execute();
    started = performance.now();
    let claimed = 0;
    for (;;) {
      const n = await database.db.transaction().execute(async (tx) => {
        const rows = await sql<{ id: string }>`UPDATE handoffs SET status = 'offered' WHERE id IN (
          SELECT id FROM handoffs WHERE workspace_id = ${ws} AND status = 'pending'
          ORDER BY priority DESC, created_at LIMIT 500 FOR UPDATE SKIP LOCKED) RETURNING id`.execute(tx);
        return rows.rows.length;
      });
      claimed += n;
      if (n === 0) break;
    }
    const bareSeconds = (performance.now() - started) / 1000;
    passMs.sort((a, b) => a - b);
    const pct = (p: number) => passMs[Math.min(passMs.length - 1, Math.floor(p * passMs.length))]!.toFixed(1);
    console.log(`Routing benchmark on PostgreSQL: ${agents} online agents, ${handoffs} waiting handoffs, passes of up to 500`);
    console.log(`  Baton routing pass:  ${offered} offers in ${batonSeconds.toFixed(2)} s = ${(offered / batonSeconds).toFixed(0)} offers/s; ${passes} passes, pass p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`);
    console.log(`  bare SKIP LOCKED:    ${claimed} claims in ${bareSeconds.toFixed(2)} s = ${(claimed / bareSeconds).toFixed(0)} claims/s`);
    console.log(`  ratio (Baton / bare): ${((offered / batonSeconds) / (claimed / bareSeconds)).toFixed(3)}`);
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** A workspace of online agents with skills and languages, and waiting handoffs from customers. */
async function seed(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<string> {
  const ws = randomUUID();
  await db.insertInto('workspaces').values({ id: ws, slug: 'bench', name: 'Bench', identity_secret: 'x' }).execute();
  const agentRows = Array.from({ length: agents }, (_, i) => ({
    workspace_id: ws,
    id: randomUUID(),
    email: `agent${i}@bench.test`,
    display_name: `Agent ${i}`,
    role: 'agent' as const,
    team_id: null,
    skills: JSON.stringify({ [categories[i % 3]!]: 1 + (i % 5) }),
    languages: ['en', languages[i % 4]!],
    capacity: 1 + (i % 3),
    presence: 'online' as const,
    password_hash: 'x',
  }));
  for (let i = 0; i < agentRows.length; i += 500) await db.insertInto('agents').values(agentRows.slice(i, i + 500)).execute();
  const customers = Array.from({ length: handoffs }, () => ({ workspace_id: ws, id: randomUUID(), external_id: null, name: null, email: null, phone: null }));
  for (let i = 0; i < customers.length; i += 1000) await db.insertInto('customers').values(customers.slice(i, i + 1000)).execute();
  const conversations = customers.map((c) => ({ workspace_id: ws, id: randomUUID(), customer_id: c.id, channel: 'chat' as const, status: 'waiting_for_agent' as const, customer_token_hash: randomUUID() }));
  for (let i = 0; i < conversations.length; i += 1000) await db.insertInto('conversations').values(conversations.slice(i, i + 1000)).execute();
  const rows = conversations.map((c, i) => ({
    workspace_id: ws,
    id: randomUUID(),
    conversation_id: c.id,
    status: 'pending' as const,
    priority: 10 + (i % 80),
    decision: JSON.stringify({ escalate: true, triggers: [{ type: 'explicit_request', turn: 1, evidence: 'a person' }], priority: 50, sentiment: 'neutral', topic: i % 3 === 0 ? 'billing_dispute' : null, language: languages[i % 4], intent: 'x', explanation: 'x' }),
    assigned_agent_id: null,
    close_reason: null,
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('handoffs').values(rows.slice(i, i + 1000)).execute();
  return ws;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
