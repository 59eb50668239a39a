import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimulate } from '../../src/cli/runSimulate.ts';
import { loadConfig } from '../../src/core/config.ts';
import { cryptoIds } from '../../src/core/secrets.ts';
import { isColdStart } from '../../src/metrics/coldStart.ts';
import { handoffMetrics } from '../../src/metrics/handoffMetrics.ts';
import { seedDemoWorkspace } from '../../src/seed/seedDemoWorkspace.ts';
import { simulateIntoDb } from '../../src/simulate/intoDb/simulateIntoDb.ts';
import { kyselyStore } from '../../src/store/kyselyStore.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openDatabase, type OpenDatabase } from '../../src/store/openDatabase.ts';
import { engines } from '../helpers/engines.ts';
import { demoWorkspaceId } from '../helpers/fixtures.ts';
import { startTestBaton } from '../helpers/testBaton.ts';

// Three simulated weekdays, ending on a Thursday afternoon.
const now = new Date('2026-11-26T15:00:00Z');
const clock = { now: () => now };
const from = new Date(now.getTime() - 3 * 86_400_000);
const days = 3;
const seed = 7;

const sink = () => {
  const chunks: string[] = [];
  return Object.assign(new Writable({ write: (chunk, _enc, done) => (chunks.push(String(chunk)), done()) }), { text: () => chunks.join('') });
};

describe.each(engines)('baton simulate --into-db on $name', { timeout: 120_000 }, (engine) => {
  let database: OpenDatabase;
  let workspaceId: string;
  let written: Awaited<ReturnType<typeof simulateIntoDb>>;
  beforeAll(async () => {
    database = await engine.open();
    workspaceId = await demoWorkspaceId(database.db);
    written = await simulateIntoDb(database.db, { workspace: 'demo', days, seed, clock, ids: cryptoIds });
  });
  afterAll(() => database?.close());

  const eventsOf = (type: string) => database.db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId).where('type', '=', type).orderBy('id').execute();

  it('writes rows and the events that describe them, each at its simulated time', async () => {
    expect(written.kind).toBe('written');
    if (written.kind !== 'written') return;
    const db = database.db;
    const count = async (table: 'conversations' | 'handoffs' | 'messages' | 'csat_responses' | 'offers' | 'handoff_packets' | 'events') =>
      Number((await db.selectFrom(table).select(db.fn.countAll().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow()).n);
    expect(written.counts).toMatchObject({
      conversations: await count('conversations'),
      handoffs: await count('handoffs'),
      messages: await count('messages'),
      csat: await count('csat_responses'),
      offers: await count('offers'),
      packets: await count('handoff_packets'),
      events: await count('events'),
    });
    expect(written.counts.handoffs).toBeGreaterThan(30);

    // Every handoff has its handoff.created with what the row holds, and its close.
    const handoffs = await db.selectFrom('handoffs').selectAll().where('workspace_id', '=', workspaceId).execute();
    const created = new Map((await eventsOf('handoff.created')).map((e) => [e.handoff_id, e]));
    const assigned = new Map((await eventsOf('handoff.assigned')).map((e) => [e.handoff_id, e]));
    const closed = new Map((await eventsOf('handoff.closed')).map((e) => [e.handoff_id, e]));
    expect(created.size).toBe(handoffs.length);
    for (const h of handoffs) {
      const event = created.get(h.id)!;
      expect(event.conversation_id).toBe(h.conversation_id);
      expect(event.occurred_at).toEqual(h.created_at);
      expect(event.payload).toEqual({ priority: h.priority, triggers: (h.decision as { triggers: { type: string }[] }).triggers.map((t) => t.type), path: h.path, teamId: h.team_id, quotedWaitSeconds: h.quoted_wait_seconds });
      if (h.assigned_agent_id) {
        expect(h.status).toBe('completed');
        expect(assigned.get(h.id)).toMatchObject({ agent_id: h.assigned_agent_id, occurred_at: h.assigned_at });
      } else {
        expect(h.status).toBe('cancelled');
        expect(assigned.has(h.id)).toBe(false);
      }
      expect(closed.get(h.id)).toMatchObject({ occurred_at: h.closed_at, payload: { status: h.status, reason: h.close_reason } });
    }
    expect(handoffs.some((h) => h.status === 'cancelled')).toBe(true);

    // CSAT rows and csat.submitted agree; every conversation started, ended resolved, with gapless messages.
    const csat = await db.selectFrom('csat_responses').selectAll().where('workspace_id', '=', workspaceId).execute();
    const submitted = await eventsOf('csat.submitted');
    expect(submitted.map((e) => [e.conversation_id, (e.payload as { score: number }).score]).sort()).toEqual(csat.map((c) => [c.conversation_id, c.score]).sort());
    const conversations = await db.selectFrom('conversations').selectAll().where('workspace_id', '=', workspaceId).execute();
    expect(conversations.every((c) => c.status === 'resolved' && c.resolved_at !== null)).toBe(true);
    expect((await eventsOf('conversation.started')).length).toBe(conversations.length);
    const seqs = await db.selectFrom('messages').select(['conversation_id', db.fn.count('seq').as('n'), db.fn.max('seq').as('last')]).where('workspace_id', '=', workspaceId).groupBy('conversation_id').execute();
    const lastSeq = new Map(conversations.map((c) => [c.id, c.last_seq]));
    for (const s of seqs) expect([Number(s.n), Number(s.last)]).toEqual([lastSeq.get(s.conversation_id), lastSeq.get(s.conversation_id)]);
    expect((await eventsOf('message.created')).length).toBe(written.counts.messages);

    // Inside the span, and the log's order follows time.
    const all = await db.selectFrom('events').select(['id', 'occurred_at']).where('workspace_id', '=', workspaceId).orderBy('id').execute();
    expect(all[0]!.occurred_at.getTime()).toBeGreaterThanOrEqual(from.getTime());
    expect(all.at(-1)!.occurred_at.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(all.every((e, i) => i === 0 || e.occurred_at >= all[i - 1]!.occurred_at)).toBe(true);
  });

  it('gives the handoff metrics plausible figures, cold starts included', async () => {
    const report = await handoffMetrics({ store: kyselyStore(database.db), clock }, workspaceId, { days, until: now });
    expect(report.handoffRate.rate).toBeGreaterThan(0.1);
    expect(report.handoffRate.rate).toBeLessThan(0.4);
    expect(report.handoffs.acceptanceSeconds.p50).toBeGreaterThan(0);
    expect(report.handoffs.firstReplySeconds.p50).toBeGreaterThan(report.handoffs.acceptanceSeconds.p50!);
    expect(report.handoffs.coldStart.cold).toBeGreaterThan(0);
    expect(report.handoffs.coldStart.rate).toBeLessThan(0.4);
    expect(report.handoffs.contextUtilization.opened).toBeGreaterThan(0.5);
    expect(report.handoffs.abandonment.rate).toBeGreaterThan(0);
    expect(report.handoffs.abandonment.rate).toBeLessThan(0.3);
    expect(report.handoffs.waitPromises.promises).toBeGreaterThan(0);
    expect(report.csat.afterHandoff.average).toBeGreaterThan(3.5);
    expect(report.csat.assistantOnly.average).not.toBeNull();
    expect(report.csat.humanOnly.average).not.toBeNull();
    expect(report.byTeam.map((t) => t.team).sort()).toEqual(['Billing', 'Technical support']);

    // The writer's cold starts are the ones isColdStart finds, from the first reply and the packet.
    const extras = await kyselyStore(database.db).metrics.extras(workspaceId, (await eventsOf('handoff.assigned')).map((e) => e.handoff_id!));
    const cold = [...extras.values()].filter((x) => isColdStart(x.firstAgentReply!, x.packet!)).length;
    expect(cold).toBe(report.handoffs.coldStart.cold);
  });

  it('gives the same history for the same seed, and refuses a second run into the workspace', async () => {
    const other = await engine.open();
    try {
      const again = await simulateIntoDb(other.db, { workspace: 'demo', days, seed, clock, ids: cryptoIds });
      expect(again.kind === 'written' && again.counts).toEqual(written.kind === 'written' && written.counts);
    } finally {
      await other.close();
    }
    const events = (await database.db.selectFrom('events').select(database.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
    const refused = await simulateIntoDb(database.db, { workspace: 'demo', days, seed: seed + 1, clock, ids: cryptoIds });
    expect(refused).toMatchObject({ kind: 'already_simulated', existing: { seed, days } });
    expect((await database.db.selectFrom('events').select(database.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n).toBe(events);
  });

  it('fills a demo workspace created at first start, when BATON_SEED_HISTORY_DAYS asks for it', async () => {
    const empty = await engine.open({ empty: true });
    try {
      const baton = await startTestBaton(engine, { database: empty, env: { BATON_SEED_DEMO: 'true', BATON_SEED_HISTORY_DAYS: '1' }, runRouting: false });
      await baton.close();
      expect(baton.seed?.created).toBe(true);
      expect(baton.history).toMatchObject({ days: 1 });
      expect(baton.history!.conversations).toBeGreaterThan(0);
      const again = await startTestBaton(engine, { database: empty, env: { BATON_SEED_DEMO: 'true', BATON_SEED_HISTORY_DAYS: '1' }, runRouting: false });
      await again.close();
      expect(again.history).toBeUndefined();
    } finally {
      await empty.close();
    }
  });
});

describe('BATON_SEED_HISTORY_DAYS', () => {
  it('is 14 days by default, none without the demo, and checked', () => {
    expect(loadConfig({}).seedHistoryDays).toBe(14);
    expect(loadConfig({ BATON_SEED_DEMO: 'false' }).seedHistoryDays).toBe(0);
    expect(loadConfig({ BATON_SEED_HISTORY_DAYS: '0' }).seedHistoryDays).toBe(0);
    for (const bad of ['-1', '91', 'two']) expect(() => loadConfig({ BATON_SEED_HISTORY_DAYS: bad })).toThrow(/BATON_SEED_HISTORY_DAYS must be a whole number from 0 to 90/);
  });
});

describe('npx baton simulate --into-db on an embedded database', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'baton-into-db-'));
  const env = { BATON_DATA_DIR: dir, DATABASE_URL: '', BATON_LOG_LEVEL: 'silent' };
  beforeAll(async () => {
    const database = await openDatabase({ engine: 'pglite', dataDir: dir });
    await migrate(database.db);
    await seedDemoWorkspace(database.db, cryptoIds, clock);
    await database.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes, says what it wrote, then refuses a second run with exit code 3', async () => {
    const [out, err] = [sink(), sink()];
    expect(await runSimulate(['--into-db', '--days', '1', '--seed', '3'], out, err, env)).toBe(0);
    expect(out.text()).toMatch(/^Simulated 1 days into workspace "demo" \(seed 3\): \d{4}-\d\d-\d\d \d\d:\d\d to .* UTC\n {2}[\d,]+ conversations, [\d,]+ handoffs \(\d+\.\d%\)/);
    expect(out.text()).toMatch(/Planned in \d+\.\d s, written in \d+\.\d s/);
    expect(err.text()).toBe('');
    const again = sink();
    expect(await runSimulate(['--into-db', '--days=1'], sink(), again, env)).toBe(3);
    expect(again.text()).toMatch(/already holds simulated history \(1 days, seed 3, written .*\)\. Events cannot be deleted, so nothing was written/);
  });

  it('refuses wrong arguments, an unknown workspace and a data folder in use', async () => {
    for (const args of [['--into-db', '--scenario', 'x.json'], ['--into-db', '--days', '91'], ['--workspace', 'demo'], ['--into-db=yes']]) {
      const err = sink();
      expect(await runSimulate(args, sink(), err, env), args.join(' ')).toBe(2);
      expect(err.text()).toContain('Usage: baton simulate');
    }
    const unknown = sink();
    expect(await runSimulate(['--into-db', '--workspace', 'nope'], sink(), unknown, env)).toBe(2);
    expect(unknown.text()).toContain('Unknown workspace "nope". Workspaces: demo.');
    // A running Baton holds the folder: its lock file names a live process (here, our parent).
    writeFileSync(join(dir, 'baton.pid'), String(process.ppid));
    try {
      const locked = sink();
      expect(await runSimulate(['--into-db'], sink(), locked, env)).toBe(1);
      expect(locked.text()).toContain(`is in use by process ${process.ppid}`);
    } finally {
      rmSync(join(dir, 'baton.pid'), { force: true });
    }
  });
});
