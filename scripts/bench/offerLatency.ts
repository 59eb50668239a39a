/**
 * Offer latency benchmark (`npx tsx scripts/bench/offerLatency.ts`): on a PostgreSQL server
 * (BATON_BENCH_DATABASE_URL, default the local one), how long after a customer's escalating
 * message an agent's WebSocket receives the `offer` frame, while handoffs arrive on an open-loop
 * timer at a steady rate. Baton runs in this process with its real HTTP server on an ephemeral
 * port and its real routing loop; customers and agents talk to it over HTTP and WebSockets
 * only. Agents accept each offer and resolve the conversation a little later, and there are
 * enough of them (and enough capacity) that one is always free: the figure is routing, not
 * queueing. Creates and drops its own database.
 *
 * Settings (environment): BENCH_RATE handoffs/s (100), BENCH_SECONDS measured (20),
 * BENCH_WARMUP_SECONDS at the same rate before, not counted (2), BENCH_AGENTS (200),
 * BENCH_CAPACITY per agent (5), BENCH_HOLD_MS from accept to resolve (1000),
 * BENCH_DEADLINE_MS to wait for offers after the last arrival (10000), BENCH_POOL_SIZE of
 * Baton's connection pool (10, Baton's default), BENCH_ROUTING_INTERVAL_MS of the routing
 * sweep (1000, Baton's default), BENCH_LOG_LEVEL of Baton's log (warn), and
 * BENCH_MAX_OUTSTANDING escalations sent but not yet answered at which the arrivals stop, the
 * server being overloaded (3 s worth of arrivals, at least 100), so that a run ends in bounded time.
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import WebSocket from 'ws';
import { hashPassword } from '../../src/agent/passwords.ts';
import { loadConfig } from '../../src/core/config.ts';
import { systemClock } from '../../src/core/ports.ts';
import type { Deps } from '../../src/core/deps.ts';
import { cryptoIds } from '../../src/core/secrets.ts';
import { loggerOptions, startBaton, type Baton } from '../../src/main.ts';
import { parseRoutingPolicy } from '../../src/routing/policy/parseRoutingPolicy.ts';
import { demoPassword } from '../../src/seed/demoData.ts';
import { seedDemoWorkspace } from '../../src/seed/seedDemoWorkspace.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openDatabase } from '../../src/store/openDatabase.ts';
import type { Database } from '../../src/store/schema.ts';

const adminUrl = process.env.BATON_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const rate = setting('BENCH_RATE', 100, 0.1, 10_000);
const seconds = setting('BENCH_SECONDS', 20, 0.1, 3600);
const warmupSeconds = setting('BENCH_WARMUP_SECONDS', 2, 0, 600);
const agentCount = Math.round(setting('BENCH_AGENTS', 200, 1, 5000));
const capacity = Math.round(setting('BENCH_CAPACITY', 5, 1, 50));
const holdMs = setting('BENCH_HOLD_MS', 1000, 0, 600_000);
const deadlineMs = setting('BENCH_DEADLINE_MS', 10_000, 100, 600_000);
const poolSize = Math.round(setting('BENCH_POOL_SIZE', 10, 1, 90));
const routingIntervalMs = Math.round(setting('BENCH_ROUTING_INTERVAL_MS', 1000, 10, 600_000));
const maxOutstanding = Math.round(setting('BENCH_MAX_OUTSTANDING', Math.max(100, rate * 3), 1, 1_000_000));
const logLevel = (process.env.BENCH_LOG_LEVEL ?? 'warn') as Parameters<typeof loggerOptions>[0];
const escalation = 'I want to talk to a person, please.';

/** One customer's escalation; times are `performance.now()` milliseconds in this process. */
interface Arrival {
  conversationId: string;
  token: string;
  measured: boolean;
  dueAt?: number;
  sentAt?: number;
  answeredAt?: number;
  status?: number;
  offeredAt?: number;
}

/** One transaction of Baton's store: when it was asked for, when its work began (connection and BEGIN), when it settled. */
interface Transaction {
  requestedAt: number;
  startedAt?: number;
  endedAt?: number;
  /** Set for a routing pass (it locked the waiting handoffs): how many it locked and offered. */
  routing?: { locked: number; offered: number };
}

/** Server-side times in this process, from wrapping two of Baton's ports. */
interface Observed {
  transactions: Transaction[];
  /** By conversation: when `handoff.created` and the first `offer.created` were published (after their commits). */
  handoffPublished: Map<string, number>;
  offerPublished: Map<string, number>;
  /** By conversation: the routing pass that made its first offer. */
  offeredBy: Map<string, Transaction>;
}

/** A signed-in agent with its session cookie and its socket. */
interface BenchAgent {
  id: string;
  cookie: string;
  socket: WebSocket;
}

let aborted = false;
const arrivals = new Map<string, Arrival>();
const inflight = new Set<Promise<unknown>>();
const counts = { frames: 0, offers: 0, accepted: 0, resolved: 0, acceptFailed: new Map<number, number>(), resolveFailed: new Map<number, number>(), errors: 0, firstError: '' };
/** Set when the arrivals stopped early because the server fell too far behind. */
let overloaded = '';
/** Aborts the requests still open at the end, so that closing does not wait for the server's backlog. */
const requests = new AbortController();

async function main(): Promise<void> {
  process.once('SIGINT', () => {
    aborted = true;
    console.error('interrupted: cleaning up');
  });
  const startLoad = loadavg();
  const name = `baton_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const setup = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 2 });
  let baton: Baton | undefined;
  let agents: BenchAgent[] = [];
  try {
    await migrate(setup.db);
    const workspaceId = await prepareWorkspace(setup.db);
    const config = loadConfig({ BATON_PORT: '0', BATON_HOST: '127.0.0.1', BATON_SEED_DEMO: 'false', DATABASE_URL: url.toString() });
    const database = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize });
    baton = await startBaton(config, { database, logger: loggerOptions(logLevel), routingIntervalMs });
    const observed = observe(baton.deps);
    const base = baton.url.replace('localhost', '127.0.0.1');

    printHeader(version, startLoad);
    const setupStart = performance.now();
    agents = await limited(Array.from({ length: agentCount }, (_, i) => i), 8, (i) => connectAgent(base, i));
    const warmup = Math.round(rate * warmupSeconds);
    const total = warmup + Math.round(rate * seconds);
    const list = await limited(Array.from({ length: total }, (_, i) => i), 16, async (i) => {
      const arrival: Arrival = { ...(await startConversation(base)), measured: i >= warmup };
      arrivals.set(arrival.conversationId, arrival);
      return arrival;
    });
    console.log(`ready: ${agents.length} agents signed in with sockets open, ${list.length} conversations started (${warmup} for warm-up) in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);

    const loop = monitorEventLoopDelay({ resolution: 10 });
    const measured = list.filter((a) => a.measured);
    let cpu = process.cpuUsage();
    let windowStart = 0;
    let framesAtStart = 0;
    const posts = await arrive(list, base, (arrival) => {
      if (arrival === measured[0]) {
        loop.enable();
        cpu = process.cpuUsage();
        windowStart = performance.now();
        framesAtStart = counts.frames;
      }
    });
    const lastSent = performance.now();
    // Wait for the answers and the offers, up to the deadline after the last arrival.
    while (!aborted && performance.now() - lastSent < deadlineMs && measured.some((a) => a.sentAt !== undefined && a.offeredAt === undefined && (a.status === undefined || a.status === 201))) {
      await sleep(20);
    }
    const windowMs = performance.now() - windowStart;
    loop.disable();
    const cpuUsed = process.cpuUsage(cpu);
    const framesInWindow = counts.frames - framesAtStart;
    await Promise.race([Promise.allSettled(posts), limit(5000)]);
    // Let agents finish their accepts and resolves, so the server-side counts are settled.
    await Promise.race([drain(), limit(holdMs + 5000)]);
    const server = await serverCounts(setup.db, workspaceId, measured.map((a) => a.conversationId));

    report(measured, server, observed, windowStart, {
      windowMs,
      cpuPercent: ((cpuUsed.user + cpuUsed.system) / 1000 / windowMs) * 100,
      framesPerSecond: framesInWindow / (windowMs / 1000),
      loopP50: loop.percentile(50) / 1e6,
      loopP99: loop.percentile(99) / 1e6,
      loopMax: loop.max / 1e6,
    });
  } finally {
    requests.abort();
    const closing = performance.now();
    await Promise.all(agents.map(closeSocket));
    // Closing waits for the requests the server is still working on: bounded, for an overloaded run.
    const closed = await Promise.race([baton?.close().then(() => true), limit(120_000).then(() => false)]);
    await setup.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    const end = loadavg();
    console.log(`closed and dropped the database in ${((performance.now() - closing) / 1000).toFixed(1)} s`);
    console.log(`machine at end: load average ${end.map((l) => l.toFixed(2)).join(' ')} (1/5/15 min), ${availableParallelism()} cores`);
    if (closed === false) {
      console.error('Baton had not closed 120 s after the run (still working through its backlog); exiting without it');
      process.exit(1);
    }
  }
}

/** The demo workspace, the bench agents in its two teams, and a routing policy under which any agent takes any handoff. */
async function prepareWorkspace(db: Kysely<Database>): Promise<string> {
  await seedDemoWorkspace(db, cryptoIds, systemClock);
  const workspace = await db.selectFrom('workspaces').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
  const teams = await db.selectFrom('teams').select('id').where('workspace_id', '=', workspace.id).orderBy('name').execute();
  // Every agent shares one hash of the demo password: hashing 200 times would only slow the set-up.
  const passwordHash = await hashPassword(demoPassword);
  const rows = Array.from({ length: agentCount }, (_, i) => ({
    workspace_id: workspace.id,
    id: cryptoIds.uuid(),
    email: `bench.agent${i}@demo.baton.test`,
    display_name: `Bench Agent ${i}`,
    role: 'agent' as const,
    // Spread over the teams so that whichever team the handoff plan picks has agents online (a warm handoff).
    team_id: teams[i % teams.length]?.id ?? null,
    skills: JSON.stringify({ billing: 3, technical: 3 }),
    languages: ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl'],
    capacity,
    presence: 'offline' as const,
    password_hash: passwordHash,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('agents').values(rows.slice(i, i + 500)).execute();
  // No rules and a target without skills: every online agent under capacity is eligible.
  const policy = parseRoutingPolicy({ rules: [], defaultTarget: { queue: 'general' } });
  if (!policy.ok) throw new Error(`routing policy refused: ${JSON.stringify(policy)}`);
  await db.updateTable('workspaces').set({ routing_policy: JSON.stringify(policy.policy) }).where('id', '=', workspace.id).execute();
  return workspace.id;
}

/** Sign an agent in over HTTP and open their socket; offers are accepted, and resolved `holdMs` later. */
async function connectAgent(base: string, i: number): Promise<BenchAgent> {
  const response = await fetch(`${base}/v1/agent/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ workspace: 'demo', email: `bench.agent${i}@demo.baton.test`, password: demoPassword }),
  });
  const body = (await response.json()) as { agent: { id: string } };
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(body)}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/v1/ws`, { headers: { cookie } });
  const agent: BenchAgent = { id: body.agent.id, cookie, socket };
  socket.on('error', () => {
    counts.errors += 1;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    socket.on('message', (data: Buffer) => {
      counts.frames += 1;
      // Agents also get a `queue` frame for every handoff change in the workspace: parse only the frames needed.
      const head = data.toString('latin1', 0, 24);
      if (head.startsWith('{"type":"ready"')) resolve();
      if (!head.startsWith('{"type":"offer"')) return;
      const offer = JSON.parse(data.toString()) as { offerId: string; conversationId: string };
      const arrival = arrivals.get(offer.conversationId);
      if (arrival && arrival.offeredAt === undefined) arrival.offeredAt = performance.now();
      counts.offers += 1;
      track(answerOffer(base, agent, offer.offerId, offer.conversationId));
    });
  });
  return agent;
}

/** Accept the offer, then resolve the conversation after `holdMs`, freeing the capacity. */
async function answerOffer(base: string, agent: BenchAgent, offerId: string, conversationId: string): Promise<void> {
  const accepted = await post(base, `/v1/agent/offers/${offerId}/accept`, {}, { cookie: agent.cookie });
  if (accepted !== 200) return bump(counts.acceptFailed, accepted);
  counts.accepted += 1;
  await sleep(holdMs);
  const resolved = await post(base, `/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'answered' }, { cookie: agent.cookie });
  if (resolved !== 200) return bump(counts.resolveFailed, resolved);
  counts.resolved += 1;
}

/** A new anonymous customer conversation, started before the measured window. */
async function startConversation(base: string): Promise<{ conversationId: string; token: string }> {
  const response = await fetch(`${base}/v1/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workspace: 'demo' }) });
  const body = (await response.json()) as { conversation: { id: string }; customerToken: string };
  if (response.status !== 201) throw new Error(`starting a conversation failed: ${response.status} ${JSON.stringify(body)}`);
  return { conversationId: body.conversation.id, token: body.customerToken };
}

/**
 * Send each conversation's escalating message at its due time, `1 / rate` apart, without
 * waiting for earlier answers (open loop: a slow server does not slow the arrivals).
 */
async function arrive(list: Arrival[], base: string, onFirstMeasured: (arrival: Arrival) => void): Promise<Promise<void>[]> {
  const posts: Promise<void>[] = [];
  const interval = 1000 / rate;
  const start = performance.now() + 20;
  for (const [i, arrival] of list.entries()) {
    if (aborted) break;
    arrival.dueAt = start + i * interval;
    const wait = arrival.dueAt - performance.now();
    if (wait >= 1) await sleep(wait);
    if (unanswered >= maxOutstanding) {
      overloaded = `arrivals stopped after ${i} of ${list.length}: ${unanswered} escalations sent and not yet answered (BENCH_MAX_OUTSTANDING ${maxOutstanding}); the server is overloaded at this rate`;
      break;
    }
    onFirstMeasured(arrival);
    posts.push(track(escalate(base, arrival)));
  }
  return posts;
}

/** Escalations sent and not answered yet. */
let unanswered = 0;

/** The measured request: the customer's message that asks for a person. */
async function escalate(base: string, arrival: Arrival): Promise<void> {
  arrival.sentAt = performance.now();
  unanswered += 1;
  const status = await post(base, `/v1/conversations/${arrival.conversationId}/messages`, { body: escalation }, { authorization: `Bearer ${arrival.token}` });
  unanswered -= 1;
  if (requests.signal.aborted) return;
  arrival.status = status;
  arrival.answeredAt = performance.now();
}

/** POST JSON and read the whole answer; returns the status (0 when the request failed). */
async function post(base: string, path: string, body: unknown, headers: Record<string, string>): Promise<number> {
  try {
    const response = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: requests.signal });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    if (requests.signal.aborted) return 0;
    counts.errors += 1;
    counts.firstError ||= String((error as Error & { cause?: unknown }).cause ?? error);
    return 0;
  }
}

/**
 * Observe Baton from inside without changing it: wrap `deps.events.publish` (stamps
 * `handoff.created` and `offer.created` as they are published, after commit) and
 * `deps.store.transaction` (times each transaction; one that calls `routing.lockWaiting` is a
 * routing pass). Both are ports every command goes through, so the timings cost a few
 * `performance.now()` calls.
 */
function observe(deps: Deps): Observed {
  const observed: Observed = { transactions: [], handoffPublished: new Map(), offerPublished: new Map(), offeredBy: new Map() };
  // Passes run one after another in an instance, and a pass publishes its offers right after its commit.
  let lastPass: Transaction | undefined;
  const publish = deps.events.publish.bind(deps.events);
  deps.events.publish = (workspaceId, events) => {
    const at = performance.now();
    for (const event of events) {
      if (event.type === 'handoff.created') observed.handoffPublished.set(event.conversationId, at);
      if (event.type !== 'offer.created') continue;
      if (lastPass?.routing) lastPass.routing.offered += 1;
      if (observed.offerPublished.has(event.conversationId)) continue;
      observed.offerPublished.set(event.conversationId, at);
      if (lastPass) observed.offeredBy.set(event.conversationId, lastPass);
    }
    publish(workspaceId, events);
  };
  const store = deps.store;
  const transaction = store.transaction.bind(store);
  store.transaction = <T>(work: (tx: typeof store) => Promise<T>): Promise<T> => {
    const record: Transaction = { requestedAt: performance.now() };
    observed.transactions.push(record);
    return transaction(async (tx) => {
      record.startedAt = performance.now();
      const { lockWaiting } = tx.routing;
      if (typeof lockWaiting === 'function') {
        tx.routing.lockWaiting = async (...args) => {
          const waiting = await lockWaiting.apply(tx.routing, args);
          record.routing = { locked: waiting.length, offered: 0 };
          return waiting;
        };
      }
      return work(tx);
    }).finally(() => {
      record.endedAt = performance.now();
      if (record.routing) lastPass = record;
    });
  };
  return observed;
}

/** What the database holds for the measured conversations: handoffs, offers, and the routing transactions that made them. */
async function serverCounts(db: Kysely<Database>, workspaceId: string, conversationIds: string[]) {
  const handoffs = await sql<{ conversation_id: string; status: string; offers: string; to_offer_ms: number | null; first_offer_at: Date | null }>`
    SELECT h.conversation_id, h.status, count(o.id) AS offers, min(o.created_at) AS first_offer_at,
           extract(epoch FROM min(o.created_at) - h.created_at) * 1000 AS to_offer_ms
    FROM handoffs h LEFT JOIN offers o ON o.workspace_id = h.workspace_id AND o.handoff_id = h.id
    WHERE h.workspace_id = ${workspaceId} AND h.conversation_id = ANY(${conversationIds}::uuid[])
    GROUP BY h.workspace_id, h.id`.execute(db);
  const offered = handoffs.rows.filter((h) => Number(h.offers) > 0);
  // Offers made in one transaction share its now(): one created_at is one routing pass that offered something.
  const perPass = new Map<number, number>();
  for (const h of offered) perPass.set(h.first_offer_at!.getTime(), (perPass.get(h.first_offer_at!.getTime()) ?? 0) + 1);
  return {
    handoffs: handoffs.rows.length,
    handoffConversations: new Set(handoffs.rows.map((h) => h.conversation_id)),
    offered: offered.length,
    offers: handoffs.rows.reduce((n, h) => n + Number(h.offers), 0),
    byStatus: countBy(handoffs.rows.map((h) => h.status)),
    toOfferMs: offered.map((h) => Number(h.to_offer_ms)),
    passes: [...perPass.values()],
  };
}

function printHeader(version: string, load: number[]): void {
  console.log('Offer latency benchmark: a customer escalates ("I want to talk to a person"), how long until the `offer` frame reaches an agent\'s WebSocket');
  console.log(`  PostgreSQL ${version}; Baton in this process (real HTTP server on an ephemeral port, routing loop with its ${routingIntervalMs} ms sweep, pool of ${poolSize}), same event loop as the load generator`);
  console.log(`  ${agentCount} agents (capacity ${capacity}, any agent may take any handoff) accept each offer and resolve ${holdMs} ms later`);
  console.log(`  open-loop arrivals at ${rate}/s for ${seconds} s (${Math.round(rate * seconds)} handoffs) after ${warmupSeconds} s of warm-up that is not counted`);
  console.log('  t0 = the POST of the escalating message has returned its answer; send = that POST was sent; t1 = the offer frame for that conversation arrived');
  console.log(`machine at start: load average ${load.map((l) => l.toFixed(2)).join(' ')} (1/5/15 min), ${availableParallelism()} cores; database made and Baton started ${(performance.now() / 1000).toFixed(1)} s after launch`);
  const busy = rate * (holdMs / 1000 + 0.5);
  if (busy > 0.5 * agentCount * capacity) console.log(`  warning: about ${Math.round(busy)} conversations held at once against ${agentCount * capacity} slots: queueing may show in the figures`);
}

function report(measured: Arrival[], server: Awaited<ReturnType<typeof serverCounts>>, observed: Observed, windowStart: number, proc: { windowMs: number; cpuPercent: number; framesPerSecond: number; loopP50: number; loopP99: number; loopMax: number }): void {
  const sent = measured.filter((a) => a.sentAt !== undefined);
  const span = sent.length > 1 ? (sent.at(-1)!.sentAt! - sent[0]!.sentAt!) / 1000 : 0;
  const achieved = span > 0 ? (sent.length - 1) / span : 0;
  const answered = sent.filter((a) => a.status === 201);
  const offered = sent.filter((a) => a.offeredAt !== undefined);
  const missing = sent.filter((a) => a.offeredAt === undefined);
  console.log('results (measured window only)');
  if (overloaded) console.log(`  OVERLOADED: ${overloaded}`);
  console.log(`  arrivals: ${sent.length} sent over ${span.toFixed(2)} s = ${achieved.toFixed(1)}/s achieved (target ${rate}/s); sent late vs schedule ${summary(sent.map((a) => a.sentAt! - a.dueAt!))}`);
  console.log(`  escalating POST answered 201: ${answered.length}${answered.length < sent.length ? ` (others: ${JSON.stringify(countBy(sent.filter((a) => a.status !== 201).map((a) => String(a.status ?? 'no answer'))))})` : ''}; send→answer ${summary(answered.map((a) => a.answeredAt! - a.sentAt!))}`);
  const withBoth = offered.filter((a) => a.answeredAt !== undefined);
  const early = withBoth.filter((a) => a.offeredAt! < a.answeredAt!);
  console.log(`  answer→offer (t1−t0):  ${summary(withBoth.map((a) => a.offeredAt! - a.answeredAt!))}  [n=${withBoth.length}; ${early.length} offers arrived before the POST's answer, counted as negative]`);
  console.log(`  send→offer:            ${summary(offered.map((a) => a.offeredAt! - a.sentAt!))}  [n=${offered.length}]`);
  const noHandoff = missing.filter((a) => !server.handoffConversations.has(a.conversationId)).length;
  console.log(`  offers missing ${deadlineMs} ms after the last arrival: ${missing.length} (${noHandoff} without a handoff, ${missing.length - noHandoff} with a handoff but no offer frame)`);
  console.log(`  server: handoffs created ${server.handoffs}, offered ${server.offered} (${server.offers} offers; handoffs now ${JSON.stringify(server.byStatus)})`);
  console.log(`  server, handoff insert → offer insert by the database's clock (transaction starts): ${summary(server.toOfferMs)}`);
  const passes = [...server.passes].sort((a, b) => a - b);
  console.log(`  routing transactions that made these offers: ${passes.length}, offers per transaction mean ${(server.offered / Math.max(1, passes.length)).toFixed(2)}, p50 ${percentile(passes, 0.5)}, max ${passes.at(-1) ?? 0}`);
  const ids = offered.map((a) => a.conversationId);
  const at = (map: Map<string, number>, id: string) => map.get(id) ?? Number.NaN;
  const pick = (f: (id: string) => number) => ids.map(f).filter((v) => Number.isFinite(v));
  console.log('  where the time went, in this process (published = after the commit, as listeners hear it):');
  console.log(`    send → handoff.created published:        ${summary(pick((id) => at(observed.handoffPublished, id) - arrivals.get(id)!.sentAt!))}`);
  console.log(`    handoff.created → POST answer received:  ${summary(pick((id) => arrivals.get(id)!.answeredAt! - at(observed.handoffPublished, id)))}`);
  console.log(`    handoff.created → its routing pass asked: ${summary(pick((id) => observed.offeredBy.get(id)!.requestedAt - at(observed.handoffPublished, id)))}  (waiting for the routing loop)`);
  console.log(`    pass asked → pass began:                 ${summary(pick((id) => observed.offeredBy.get(id)!.startedAt! - observed.offeredBy.get(id)!.requestedAt))}  (a pool connection and BEGIN)`);
  console.log(`    pass began → offer.created published:    ${summary(pick((id) => at(observed.offerPublished, id) - observed.offeredBy.get(id)!.startedAt!))}  (the pass and its commit)`);
  console.log(`    offer.created published → frame arrived: ${summary(pick((id) => arrivals.get(id)!.offeredAt! - at(observed.offerPublished, id)))}`);
  const inWindow = observed.transactions.filter((t) => t.requestedAt >= windowStart && t.requestedAt <= windowStart + proc.windowMs && t.endedAt !== undefined && t.startedAt !== undefined);
  const passesSeen = inWindow.filter((t) => t.routing);
  const empty = passesSeen.filter((t) => t.routing!.locked === 0).length;
  const busy = passesSeen.filter((t) => t.routing!.locked > 0);
  console.log(`  routing passes while measuring: ${passesSeen.length} (${(passesSeen.length / (proc.windowMs / 1000)).toFixed(1)}/s), ${empty} found nothing pending; duration ${summary(passesSeen.map((t) => t.endedAt! - t.startedAt!))}`);
  console.log(`    passes with handoffs: ${busy.length}, locked per pass mean ${(busy.reduce((n, t) => n + t.routing!.locked, 0) / Math.max(1, busy.length)).toFixed(1)}, max ${Math.max(0, ...busy.map((t) => t.routing!.locked))}; offers per pass mean ${(busy.reduce((n, t) => n + t.routing!.offered, 0) / Math.max(1, busy.length)).toFixed(1)}; duration ${summary(busy.map((t) => t.endedAt! - t.startedAt!))}`);
  console.log(`  all store transactions while measuring: ${inWindow.length}; waiting for a connection and BEGIN ${summary(inWindow.map((t) => t.startedAt! - t.requestedAt))}`);
  console.log(`  agents: ${counts.offers} offer frames, ${counts.accepted} accepted, ${counts.resolved} resolved; accept refused ${JSON.stringify(Object.fromEntries(counts.acceptFailed))}, resolve refused ${JSON.stringify(Object.fromEntries(counts.resolveFailed))}, request errors ${counts.errors}${counts.firstError ? ` (first: ${counts.firstError})` : ''}`);
  console.log(`  this process over ${(proc.windowMs / 1000).toFixed(1)} s: CPU ${proc.cpuPercent.toFixed(0)}% of one core, event-loop delay p50 ${proc.loopP50.toFixed(1)} ms, p99 ${proc.loopP99.toFixed(1)} ms, max ${proc.loopMax.toFixed(1)} ms; ${Math.round(proc.framesPerSecond)} WebSocket frames/s received by the agents`);
}

/** p50, p90, p99 and max of milliseconds, nearest rank. */
function summary(values: number[]): string {
  if (values.length === 0) return 'no samples';
  const sorted = [...values].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return `p50 ${ms(percentile(sorted, 0.5))}, p90 ${ms(percentile(sorted, 0.9))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted.at(-1)!)}`;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function bump(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Run `work` over `items`, at most `width` at a time, keeping the order. */
async function limited<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !aborted) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  if (aborted) throw new Error('interrupted');
  return out;
}

function track<T>(work: Promise<T>): Promise<T> {
  inflight.add(work);
  void work.finally(() => inflight.delete(work)).catch(() => {});
  return work;
}

async function drain(): Promise<void> {
  while (inflight.size > 0) await Promise.allSettled([...inflight]);
}

function closeSocket(agent: BenchAgent): Promise<void> {
  if (agent.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => (agent.socket.terminate(), resolve()), 2000);
    agent.socket.once('close', () => (clearTimeout(timer), resolve()));
    agent.socket.close();
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A time limit to race against: its timer does not keep the process alive. */
function limit(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function setting(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  return value;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
