import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { parseRoutingPolicy } from '../../src/routing/policy/parseRoutingPolicy.ts';
import { killHard, startBatonProcess, type BatonProcess } from '../helpers/batonProcess.ts';
import { engines, openServerDatabase } from '../helpers/engines.ts';
import { Cluster, insertLoadAgents, NetworkError, send, SimAgent, type Anomalies, type Node } from '../helpers/loadAgents.ts';

// The issue's load case: 3 `baton serve` processes on one PostgreSQL database, 1,000 handoffs
// and 50 agents at once (simulated in this process: tests/helpers/loadAgents.ts), one process
// SIGKILLed mid-run. Asserted from the database afterwards, and by sampling it every 200 ms:
// 0 handoffs lost, 0 double assignments, 0 double offers (also over time, in commit order),
// 0 agents holding more than their capacity; timed-out offers re-offered and assigned, those
// of agents cut off by the kill included. Prints a summary line (`routingLoad: …`).
// PGlite is one process, so this runs on PostgreSQL only: the describe has no rows without
// BATON_TEST_DATABASE_URL. About 60-70 s of CPU on 2 cores; 100-230 s on a busy shared machine.
const handoffCount = 1000;
const agentCount = 50;
const processCount = 3;
const customerConcurrency = 30;
const killAfterAssignments = 300;
const killByConversations = 600;
const offerTimeoutSeconds = 5;
const sampleEveryMs = 200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU time a process has used so far, in ms (Linux; 0 elsewhere): for the summary only. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error('cleanup failed', error);
    }
  }
});

describe.each(engines.filter((e) => e.name === 'postgres'))('routing under load: 3 Baton processes on one $name database', () => {
  it(
    `routes ${handoffCount} handoffs to ${agentCount} agents with no double offer or assignment, nobody over capacity, nothing lost, through a SIGKILL`,
    { timeout: 420_000 },
    async () => {
      const started = Date.now();
      const database = await openServerDatabase(process.env.BATON_TEST_DATABASE_URL!, false);
      cleanups.push(() => database.close());
      const { db } = database;
      const ws = (await db.selectFrom('workspaces').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow()).id;

      // Offers for everything, to anyone (no rules, no skills), a short timeout, and enough offers
      // per handoff that ignored offers never push one into the fallback.
      const policy = { assignment: 'offers', rules: [], defaultTarget: { queue: 'general', offerTimeoutSeconds }, maxOffers: 100 };
      expect(parseRoutingPolicy(policy).ok).toBe(true); // a policy that does not parse would silently read as the default
      await db.updateTable('workspaces').set({ routing_policy: JSON.stringify(policy) }).where('id', '=', ws).execute();
      const agentRows = await insertLoadAgents(db, ws, agentCount);
      const capacityOf = new Map(agentRows.map((a) => [a.id, a.capacity]));

      const processes: BatonProcess[] = await Promise.all(
        Array.from({ length: processCount }, async () => {
          const baton = await startBatonProcess({ DATABASE_URL: database.url, BATON_LOG_LEVEL: 'warn' }, 90_000);
          cleanups.push(() => killHard(baton.child));
          return baton;
        }),
      );
      const nodes: Node[] = processes.map((p, index) => ({ index, url: p.url, alive: true }));
      const cluster = new Cluster(nodes);
      const victim = nodes[processCount - 1]!;
      const anomalies: Anomalies = { serverErrors: [], unexpected: [] };
      const bootMs = Date.now() - started;
      const bootCpuMs = processes.map((p) => cpuMs(p.child.pid));

      // 50 agents: every fifth lets a quarter of its offers time out; half of those on the process
      // that will be killed take longer than an offer's timeout to reconnect elsewhere.
      const agents = agentRows.map((row, i) => {
        const home = nodes[i % processCount]!;
        return new SimAgent(row, cluster, home, {
          ignoreRate: i % 5 === 0 ? 0.25 : 0,
          declineRate: 0.02,
          reconnectDelayMs: home === victim && i % 4 < 2 ? 6500 + Math.random() * 1500 : 0,
          holdMs: [300, 1500],
          // One agent in four keeps a socket (offer frames, a slow poll besides); the others poll.
          // Every socket gets every queue frame of the workspace, which costs this process most.
          socket: i % 4 === 1,
          pollMs: i % 4 === 1 ? [1500, 2500] : [400, 700],
        }, anomalies);
      });
      // Each agent signs in over HTTP on its process (two at a time per process: scrypt is slow on
      // purpose) and starts taking offers at once; customers arrive meanwhile.
      const runStarted = Date.now();
      cleanups.push(() => Promise.all(agents.map((a) => a.stop())).then(() => {}));
      let signInMs = 0;
      let signInError: unknown;
      const signedIn = Promise.all(
        nodes.flatMap((node) => {
          const mine = agents.filter((a) => a.node === node);
          return [0, 1].map(async (lane) => {
            for (const agent of mine.filter((_, i) => i % 2 === lane)) {
              await agent.signIn();
              agent.start();
            }
          });
        }),
      ).then(
        () => void (signInMs = Date.now() - runStarted),
        (error) => void (signInError = error),
      );

      // Every ~200 ms: what each agent holds and has pending, in one snapshot.
      const sampling = { samples: 0, maxHeldRatio: 0, maxLoadRatio: 0, overOffered: 0, heldOver: [] as string[], doublePending: [] as string[], accepted: 0, maxAdvisoryWaitS: 0 };
      const longTransactions = new Map<number, string>();
      let killedAt: number | undefined;
      let killDueBy: number | undefined;
      const slowToReconnect = agents.filter((a) => a.behaviour.reconnectDelayMs > 0).map((a) => a.row.id);
      let victimCpuMs = 0;
      let pendingAtKill: { id: string; agent_id: string; handoff_id: string }[] = [];
      let customersAtKill = 0;
      let conversationsStarted = 0;
      let running = true;
      const sampler = (async () => {
        while (running) {
          const rows = await sql<{ id: string; capacity: number; held: number; pending: number }>`
            SELECT a.id, a.capacity,
              (SELECT count(*)::int FROM conversations c WHERE c.workspace_id = a.workspace_id AND c.assigned_agent_id = a.id AND c.status = 'with_agent') AS held,
              (SELECT count(*)::int FROM offers o WHERE o.workspace_id = a.workspace_id AND o.agent_id = a.id AND o.status = 'pending') AS pending
            FROM agents a WHERE a.workspace_id = ${ws} AND a.capacity > 0`.execute(db);
          sampling.samples += 1;
          for (const r of rows.rows) {
            sampling.maxHeldRatio = Math.max(sampling.maxHeldRatio, r.held / r.capacity);
            sampling.maxLoadRatio = Math.max(sampling.maxLoadRatio, (r.held + r.pending) / r.capacity);
            if (r.held > r.capacity) sampling.heldOver.push(`${r.id} holds ${r.held}/${r.capacity}`);
            if (r.held + r.pending > r.capacity) sampling.overOffered += 1;
          }
          const doubles = await sql<{ handoff_id: string; n: number }>`
            SELECT handoff_id, count(*)::int AS n FROM offers WHERE status = 'pending' GROUP BY handoff_id HAVING count(*) > 1`.execute(db);
          for (const d of doubles.rows) sampling.doublePending.push(`${d.handoff_id} has ${d.n} pending offers`);
          const long = await sql<{ pid: number; age: number; state: string; wait: string | null; query: string }>`
            SELECT pid, extract(epoch from now() - xact_start)::float8 AS age, state, wait_event_type || ':' || wait_event AS wait, left(query, 160) AS query
            FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start < now() - interval '3 seconds'`.execute(db);
          for (const r of long.rows) longTransactions.set(r.pid, `${r.age.toFixed(1)} s ${r.state} ${r.wait ?? ''} ${r.query}`);
          for (const r of long.rows) if (r.wait === 'Lock:advisory') sampling.maxAdvisoryWaitS = Math.max(sampling.maxAdvisoryWaitS, r.age);
          sampling.accepted = Number((await db.selectFrom('offers').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'accepted').executeTakeFirstOrThrow()).n);
          // Kill once 300 handoffs were accepted (or 600 customers came, on a slow machine), at a moment when some agent who will be slow to
          // reconnect has an offer waiting (or 10 s later at the latest).
          if (killedAt === undefined && (sampling.accepted >= killAfterAssignments || conversationsStarted >= killByConversations)) killDueBy ??= Date.now() + 10_000;
          const cutOffWaiting =
            killedAt === undefined &&
            killDueBy !== undefined &&
            (await db.selectFrom('offers').select('id').where('status', '=', 'pending').where('agent_id', 'in', slowToReconnect).executeTakeFirst()) !== undefined;
          if (killedAt === undefined && killDueBy !== undefined && (cutOffWaiting || Date.now() >= killDueBy)) {
            // SIGKILL mid-run: new requests avoid the process; those in flight fail and are retried.
            victim.alive = false;
            victimCpuMs = cpuMs(processes[victim.index]!.child.pid);
            await killHard(processes[victim.index]!.child);
            killedAt = Date.now();
            customersAtKill = conversationsStarted;
            pendingAtKill = await db.selectFrom('offers').select(['id', 'agent_id', 'handoff_id']).where('status', '=', 'pending').execute();
          }
          if (sampling.samples % 25 === 0) {
            const statuses = await db.selectFrom('handoffs').select(['status', (eb) => eb.fn.countAll<string>().as('n')]).where('workspace_id', '=', ws).groupBy('status').execute();
            const offerStatuses = await db.selectFrom('offers').select(['status', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('status').execute();
            const presence = await db.selectFrom('agents').select(['presence', (eb) => eb.fn.countAll<string>().as('n')]).where('workspace_id', '=', ws).groupBy('presence').execute();
            console.log(
              `routingLoad +${Date.now() - runStarted} ms: conversations ${conversationsStarted}; handoffs ${statuses.map((r) => `${r.status} ${r.n}`).join(', ')}; offers ${offerStatuses.map((r) => `${r.status} ${r.n}`).join(', ')}; agents ${presence.map((r) => `${r.presence} ${r.n}`).join(', ')}; anomalies ${anomalies.serverErrors.length + anomalies.unexpected.length}`,
            );
          }
          await sleep(sampleEveryMs);
        }
      })();
      cleanups.push(async () => {
        running = false;
        await sampler.catch(() => {});
      });

      // 1,000 customers, at most 30 at once, spread over the live processes: each starts a
      // conversation and asks for a person. A request the process never answered is retried on
      // another process (the message with the same clientMessageId, so it is stored once).
      const conversations: string[] = [];
      let escalationRetries = 0;
      let customerFailovers = 0;
      let next = 0;
      const customer = async (i: number): Promise<void> => {
        let node = cluster.live()[i % cluster.live().length]!;
        let conversationId: string | undefined;
        let token = '';
        for (let attempt = 0; !conversationId; attempt++) {
          if (attempt > 5) throw new Error(`customer ${i} could not start a conversation`);
          try {
            const reply = await send(node, 'POST', '/v1/conversations', { workspace: 'demo' });
            if (reply.status !== 201) throw new Error(`start: ${reply.status} ${JSON.stringify(reply.body)}`);
            conversationId = reply.body.conversation.id as string;
            token = reply.body.customerToken;
          } catch (error) {
            if (!(error instanceof NetworkError)) throw error;
            customerFailovers += 1;
            node = cluster.pick(node);
          }
        }
        conversationsStarted += 1;
        for (let attempt = 0; ; attempt++) {
          if (attempt > 8) {
            anomalies.unexpected.push(`conversation ${conversationId} never escalated`);
            break;
          }
          try {
            const posted = await send(node, 'POST', `/v1/conversations/${conversationId}/messages`, { body: 'I want to talk to a person', clientMessageId: `load-${i}` }, { bearer: token });
            if (posted.status !== 201) (posted.status >= 500 ? anomalies.serverErrors : anomalies.unexpected).push(`message ${conversationId}: ${posted.status} ${JSON.stringify(posted.body)}`);
            const read = await send(node, 'GET', `/v1/conversations/${conversationId}`, undefined, { bearer: token });
            if (read.status === 200 && read.body.status !== 'with_assistant') break;
            escalationRetries += 1;
            await sleep(200);
          } catch (error) {
            if (!(error instanceof NetworkError)) throw error;
            customerFailovers += 1;
            node = cluster.pick(node);
          }
        }
        conversations.push(conversationId);
      };
      await Promise.all(
        Array.from({ length: customerConcurrency }, async () => {
          while (next < handoffCount) await customer(next++);
        }),
      );
      const customersDone = Date.now();
      await signedIn;
      if (signInError) throw signInError;

      // Every handoff assigned and resolved (agents resolve after their hold), or give up.
      const deadline = Date.now() + 180_000;
      let completed = 0;
      while (Date.now() < deadline) {
        completed = Number((await db.selectFrom('handoffs').select((eb) => eb.fn.countAll<string>().as('n')).where('workspace_id', '=', ws).where('status', '=', 'completed').executeTakeFirstOrThrow()).n);
        if (completed >= handoffCount && killedAt !== undefined) break;
        await sleep(250);
      }
      const runMs = Date.now() - runStarted;
      const processCpuMs = processes.map((p, i) => (nodes[i]!.alive ? cpuMs(p.child.pid) : victimCpuMs));
      const testCpuMs = Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000);
      running = false;
      await sampler;
      await Promise.all(agents.map((a) => a.stop()));
      await Promise.all(processes.map((p) => killHard(p.child)));

      // ---- What the database says ----
      const handoffs = await db
        .selectFrom('handoffs')
        .innerJoin('conversations', 'conversations.id', 'handoffs.conversation_id')
        .select([
          'handoffs.id',
          'handoffs.conversation_id',
          'handoffs.status',
          'handoffs.assigned_agent_id',
          'conversations.assigned_agent_id as conversation_agent',
          sql<number | null>`extract(epoch from handoffs.assigned_at - handoffs.created_at)::float8`.as('wait'),
        ])
        .where('handoffs.workspace_id', '=', ws)
        .execute();
      const offers = await db.selectFrom('offers').selectAll().where('workspace_id', '=', ws).orderBy('created_at').orderBy('id').execute();
      const events = await db
        .selectFrom('events')
        .select(['id', 'type', 'handoff_id', 'agent_id', 'payload'])
        .where('workspace_id', '=', ws)
        .where('type', 'in', ['offer.created', 'offer.accepted', 'offer.declined', 'offer.timed_out', 'offer.rescinded', 'handoff.assigned', 'handoff.closed'])
        .orderBy('id')
        .execute();
      const offersOf = new Map<string, typeof offers>();
      for (const o of offers) offersOf.set(o.handoff_id, [...(offersOf.get(o.handoff_id) ?? []), o]);
      const timedOut = offers.filter((o) => o.status === 'timed_out');

      // Each offer's life [offer.created, its end) in commit order (event ids). Event ids are that
      // order: a transaction writes its events just before it commits, and a pass can offer a
      // handoff again only once the ending of the previous offer has committed.
      const life = new Map<string, { handoffId: string; from: number; to?: number }>();
      for (const e of events) {
        const offerId = (e.payload as { offerId?: string }).offerId;
        if (!e.handoff_id || !offerId || !e.type.startsWith('offer.')) continue;
        if (e.type === 'offer.created') life.set(offerId, { handoffId: e.handoff_id, from: Number(e.id) });
        else if (life.has(offerId)) life.get(offerId)!.to = Number(e.id);
      }
      const lives = new Map<string, { id: string; from: number; to: number }[]>();
      for (const [id, l] of life) lives.set(l.handoffId, [...(lives.get(l.handoffId) ?? []), { id, from: l.from, to: l.to ?? Infinity }]);
      const overlapping: string[] = [];
      for (const [handoffId, list] of lives) {
        list.sort((a, b) => a.from - b.from);
        for (let i = 1; i < list.length; i++) {
          if (list[i - 1]!.to > list[i]!.from) overlapping.push(`${handoffId}: offer ${list[i]!.id} made (event ${list[i]!.from}) before ${list[i - 1]!.id} ended (event ${list[i - 1]!.to})`);
        }
      }
      // By the offers' own timestamps the same intervals can seem to overlap: created_at and
      // answered_at are now(), the start of each transaction, and a pass that began before the
      // ending it then saw committed looks "earlier" (by as long as its process stalled between
      // BEGIN and its read: over a second on a starved machine). Reported, not asserted.
      let worstOverlapMs = 0;
      let timeOverlaps = 0;
      for (const list of offersOf.values()) {
        for (let i = 1; i < list.length; i++) {
          const overlapMs = list[i - 1]!.answered_at!.getTime() - list[i]!.created_at.getTime();
          worstOverlapMs = Math.max(worstOverlapMs, overlapMs);
          if (overlapMs > 0) timeOverlaps += 1;
        }
      }

      // Load replayed in commit order: held conversations (handoff.assigned / handoff.closed; each
      // accept counts them under the agent's row lock) and pending offers.
      const held = new Map<string, number>();
      const pending = new Map<string, number>();
      const replayOver: string[] = [];
      let replayMaxLoadRatio = 0;
      for (const e of events) {
        if (!e.agent_id || !capacityOf.has(e.agent_id)) continue;
        const capacity = capacityOf.get(e.agent_id)!;
        const step = (map: Map<string, number>, by: number) => map.set(e.agent_id!, (map.get(e.agent_id!) ?? 0) + by);
        if (e.type === 'handoff.assigned') step(held, 1);
        else if (e.type === 'handoff.closed') step(held, -1);
        else if (e.type === 'offer.created') step(pending, 1);
        else step(pending, -1); // offer.accepted, declined, timed_out, rescinded
        const h = held.get(e.agent_id) ?? 0;
        if (h > capacity) replayOver.push(`${e.agent_id} holds ${h}/${capacity} at event ${e.id}`);
        replayMaxLoadRatio = Math.max(replayMaxLoadRatio, (h + (pending.get(e.agent_id) ?? 0)) / capacity);
      }

      // The agents who were on the killed process and took longer than an offer's timeout to come
      // back: the offers made to them before they could answer.
      const reconnecting = agents.filter((a) => a.reconnectedAt !== undefined);
      const outageOffers = offers.filter((o) => {
        const agent = reconnecting.find((a) => a.row.id === o.agent_id);
        // Unanswered when the agent was cut off, and out of time before they came back.
        return agent && o.answered_at!.getTime() >= agent.disconnectedAt! && o.expires_at.getTime() <= agent.reconnectedAt!;
      });

      // What the processes logged at error level (kept in a file for reading).
      const errorLines = processes.flatMap((p, i) => p.output().split('\n').filter((l) => /"level":(50|60)/.test(l)).map((l) => `process ${i}: ${l}`));
      if (errorLines.length) writeFileSync(join(tmpdir(), 'routingLoad-errors.log'), errorLines.join('\n'));
      // Known src bug (reported, not fixed here): transactions take row locks on `agents` and on
      // `offers` in opposite orders (acceptOffer: the agent's row, then the offer; expireOffers:
      // the offers, then each agent's row; the connection-lease renewal updates many agents' rows
      // in one statement), so PostgreSQL aborts one of them with "deadlock detected": a 500 to
      // the accepting agent, or a failed sweep or renewal that the next one redoes. Nothing else
      // may fail; set to false once the lock order is fixed.
      const tolerateAgentRowDeadlocks = false;
      const deadlockSite = (line: string) => (/"code":"40P01"/.test(line) ? /acceptOffer|expireOffers|renewConnections/.exec(line)?.[0] : undefined);
      const deadlocks = errorLines.filter((l) => deadlockSite(l));
      const deadlockSites = ['acceptOffer', 'expireOffers', 'renewConnections'].map((site) => `${site} ${deadlocks.filter((l) => deadlockSite(l) === site).length}`);
      const accept500s = anomalies.serverErrors.filter((l) => / accept [0-9a-f-]+ on process \d: 500 /.test(l));

      // ---- Figures ----
      const quantile = (values: number[], q: number) => {
        const sorted = [...values].sort((a, b) => a - b);
        return ((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) / 1000).toFixed(1);
      };
      const waits = handoffs.map((h) => (h.wait ?? 0) * 1000);
      // How late the sweeps expired offers (expires_at is the database's now() + the timeout; a
      // sweep runs every second in each process).
      const lags = timedOut.map((o) => o.answered_at!.getTime() - o.expires_at.getTime());
      const acceptedLate = offers.filter((o) => o.status === 'accepted' && o.answered_at! > o.expires_at);
      const lagByTenSeconds = new Map<number, number>();
      for (const o of timedOut) {
        const bucket = Math.floor((o.expires_at.getTime() - runStarted) / 10_000) * 10;
        lagByTenSeconds.set(bucket, Math.max(lagByTenSeconds.get(bucket) ?? 0, o.answered_at!.getTime() - o.expires_at.getTime()));
      }
      // How much of its timeout each offer had left when its agent first learnt of it (a frame,
      // or a poll): expires_at is the routing transaction's now() + the timeout, and that
      // transaction may wait (for the workspace's pass lock, for rows) before the offer is written.
      // A frame is pushed right after the pass commits; a poll adds the agent's own delay.
      const leftAtSight = (by: 'frame' | 'poll') =>
        offers.flatMap((o) => {
          const seen = agents.find((a) => a.row.id === o.agent_id)?.firstSeen.get(o.id);
          return seen?.by === by ? [o.expires_at.getTime() - seen.at] : [];
        });
      const sight = (by: 'frame' | 'poll') => {
        const left = leftAtSight(by);
        return `${by} min ${quantile(left, 0)} s, p5 ${quantile(left, 0.05)} s, p50 ${quantile(left, 0.5)} s (${left.filter((ms) => ms <= 0).length} of ${left.length} already expired)`;
      };
      const sum = (f: (a: SimAgent) => number) => agents.reduce((n, a) => n + f(a), 0);
      const count = (status: string) => offers.filter((o) => o.status === status).length;
      if (longTransactions.size) console.log(`routingLoad transactions open over 3 s (last seen per backend; the longest waiting on the pass lock was open ${sampling.maxAdvisoryWaitS.toFixed(1)} s): ${[...longTransactions.values()].slice(0, 10).join(' | ')}`);
      console.log(`routingLoad expiry lag, max per 10 s of the run (by expires_at): ${[...lagByTenSeconds].sort((a, b) => a[0] - b[0]).map(([b, ms]) => `+${b}s ${(ms / 1000).toFixed(1)}`).join(', ')}`);
      console.log(
        `routingLoad: ${handoffs.length}/${handoffCount} handoffs, ${agentCount} agents, ${processCount} processes, 1 SIGKILLed at +${((killedAt ?? NaN) - runStarted) / 1000} s (${customersAtKill} customers in, ${pendingAtKill.length} offers pending; ${reconnecting.length} agents back after ${offerTimeoutSeconds}+ s, ${outageOffers.length} offers to them ran out meanwhile); ` +
          `offers ${offers.length}: accepted ${count('accepted')}, timed out ${timedOut.length}, declined ${count('declined')}, rescinded ${count('rescinded')}; ` +
          `agents: ignored ${sum((a) => a.stats.ignored)}, 409 not pending ${sum((a) => a.stats.notPending)}, 409 over capacity ${sum((a) => a.stats.overCapacity)}, skipped expired ${sum((a) => a.stats.skippedExpired)}, back online ${sum((a) => a.stats.backOnline)}, offer frames ${sum((a) => a.stats.offerFrames)} (of ${sum((a) => a.stats.frames)} frames), polls ${sum((a) => a.stats.polls)}, failovers ${sum((a) => a.stats.failovers)}; customers: failovers ${customerFailovers}, escalation retries ${escalationRetries}; ` +
          `max held/capacity ${sampling.maxHeldRatio.toFixed(2)}, max (held+pending offers)/capacity ${sampling.maxLoadRatio.toFixed(2)} sampled, ${replayMaxLoadRatio.toFixed(2)} replayed (${sampling.overOffered} of ${sampling.samples * agentCount} agent-samples over); ` +
          `wait to assignment p50 ${quantile(waits, 0.5)} s, p95 ${quantile(waits, 0.95)} s, max ${quantile(waits, 1)} s; expiry lag p50 ${quantile(lags, 0.5)} s, p95 ${quantile(lags, 0.95)} s, max ${quantile(lags, 1)} s; accepted after expires_at ${acceptedLate.length}; time an offer had left when its agent learnt of it: by ${sight('frame')}, by ${sight('poll')}; ` +
          `deadlocks ${deadlocks.length} (${deadlockSites.join(', ')}; ${accept500s.length} accepts answered 500); offers seeming to overlap by timestamps ${timeOverlaps} (worst ${worstOverlapMs} ms); ` +
          `boot ${bootMs} ms, sign-ins ${signInMs} ms, customers in ${customersDone - runStarted} ms, run ${runMs} ms, total ${Date.now() - started} ms; cpu: processes ${processCpuMs.join('/')} ms (boot ${bootCpuMs.join('/')} ms), test process ${testCpuMs} ms`,
      );

      // ---- Assertions ----
      // 0 handoffs lost: each of the 1,000 conversations has exactly one handoff, assigned and done.
      expect(new Set(conversations).size).toBe(handoffCount);
      const byConversation = new Map<string, typeof handoffs>();
      for (const h of handoffs) byConversation.set(h.conversation_id, [...(byConversation.get(h.conversation_id) ?? []), h]);
      const lost = conversations.filter((c) => byConversation.get(c)?.length !== 1 || !['assigned', 'completed'].includes(byConversation.get(c)![0]!.status));
      expect(lost, 'conversations without exactly one assigned handoff').toEqual([]);
      expect(handoffs).toHaveLength(handoffCount);
      expect(handoffs.filter((h) => h.status !== 'completed').map((h) => `${h.id} ${h.status}`)).toEqual([]);
      expect(offers.filter((o) => o.status === 'pending')).toEqual([]);

      // 0 double assignments: one accepted offer per handoff, by the agent the handoff and the
      // conversation name; one handoff.assigned event each; no handoff accepted twice over HTTP.
      const doubleAssigned: string[] = [];
      for (const h of handoffs) {
        const accepted = (offersOf.get(h.id) ?? []).filter((o) => o.status === 'accepted');
        if (accepted.length !== 1 || accepted[0]!.agent_id !== h.assigned_agent_id || h.conversation_agent !== h.assigned_agent_id) {
          doubleAssigned.push(`${h.id}: accepted by ${accepted.map((o) => o.agent_id).join(',')}; handoff ${h.assigned_agent_id}; conversation ${h.conversation_agent}`);
        }
      }
      expect(doubleAssigned).toEqual([]);
      const assignedEvents = new Map<string, number>();
      for (const e of events) if (e.type === 'handoff.assigned') assignedEvents.set(e.handoff_id!, (assignedEvents.get(e.handoff_id!) ?? 0) + 1);
      expect([...assignedEvents.values()].filter((n) => n !== 1)).toEqual([]);
      expect(assignedEvents.size).toBe(handoffCount);
      const acceptedOverHttp = agents.flatMap((a) => a.stats.acceptedHandoffs);
      expect(acceptedOverHttp.length - new Set(acceptedOverHttp).size).toBe(0);

      // 0 double offers: never two pending in a sample, and over time the offers of one handoff
      // follow one another in commit order (every offer made has ended, none before the last did).
      expect(sampling.doublePending).toEqual([]);
      expect(life.size).toBe(offers.length);
      expect([...life].filter(([, l]) => l.to === undefined).map(([id]) => id)).toEqual([]);
      expect(overlapping).toEqual([]);

      // 0 agents over capacity: never in a sample, and never when replayed in commit order.
      expect(sampling.samples).toBeGreaterThan(20);
      expect(sampling.heldOver).toEqual([]);
      expect(replayOver).toEqual([]);
      expect([...held.values()].every((n) => n === 0)).toBe(true);

      // Timeouts happened, and every handoff whose offer timed out was offered again and accepted.
      expect(timedOut.length).toBeGreaterThan(0);
      for (const o of timedOut) {
        const accepted = (offersOf.get(o.handoff_id) ?? []).find((x) => x.status === 'accepted');
        expect(accepted && accepted.created_at >= o.created_at, `handoff ${o.handoff_id} offered again and accepted after ${o.id} timed out`).toBe(true);
      }

      // The SIGKILL happened mid-run; the offers then pending all ended; the agents cut off longer
      // than the timeout let their offers run out, and those timed out and went to someone else.
      expect(killedAt).toBeDefined();
      expect(customersAtKill).toBeLessThan(handoffCount);
      expect(pendingAtKill.map((p) => offers.find((o) => o.id === p.id)!).filter((o) => o.status === 'pending')).toEqual([]);
      expect(reconnecting.length).toBeGreaterThan(0);
      expect(outageOffers.length).toBeGreaterThan(0);
      expect(outageOffers.filter((o) => o.status === 'timed_out').length).toBeGreaterThan(0);
      for (const o of outageOffers) {
        // Timed out; or withdrawn, had the agent's console lease lapsed first.
        expect(['timed_out', 'rescinded'], `offer ${o.id} ran out while its agent was cut off`).toContain(o.status);
        const accepted = (offersOf.get(o.handoff_id) ?? []).find((x) => x.status === 'accepted')!;
        expect(accepted.created_at.getTime()).toBeGreaterThanOrEqual(o.created_at.getTime());
      }

      // No process logged an error and the clients saw no 5xx and nothing unexpected, apart from
      // the known deadlock above (each 500 to an accept is one of the deadlocks logged).
      expect((tolerateAgentRowDeadlocks ? errorLines.filter((l) => !deadlockSite(l)) : errorLines).slice(0, 3).map((l) => l.slice(0, 3000))).toEqual([]);
      expect(tolerateAgentRowDeadlocks ? anomalies.serverErrors.filter((l) => !accept500s.includes(l)) : anomalies.serverErrors).toEqual([]);
      expect(accept500s.length).toBeLessThanOrEqual(deadlocks.filter((l) => deadlockSite(l) === 'acceptOffer').length);
      expect(anomalies.unexpected).toEqual([]);
    },
  );
});
