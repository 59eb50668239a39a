import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.ts';
import { startBaton } from '../../src/main.ts';
import { runBaton } from '../helpers/batonProcess.ts';
import { testAnalyzers } from '../helpers/fixtures.ts';
import { newCustomer } from '../helpers/testBaton.ts';

const dir = mkdtempSync(join(tmpdir(), 'baton-backtest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { BATON_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', BATON_SEED_HISTORY_DAYS: '0' };
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const samePolicy = file('same.json', '{}');
const lenient = file('lenient.json', JSON.stringify({ confidenceThreshold: 0 }));

describe('npx baton backtest', { timeout: 180_000 }, () => {
  const ids: Record<string, string> = {};
  let unsureTrigger: string | undefined;

  // Conversations made live, under the default policy, in a Baton on the data folder; the
  // command runs once it has stopped (the embedded database is one process).
  beforeAll(async () => {
    const baton = await startBaton(loadConfig({ ...env, BATON_PORT: '0', BATON_HOST: '127.0.0.1', BATON_LOG_LEVEL: 'silent' }), { analyzers: await testAnalyzers(), runRouting: false });
    try {
      const talk = async (name: string, body: string) => {
        const { customer, conversationId } = await newCustomer(baton.url);
        expect((await customer.post(`/v1/conversations/${conversationId}/messages`, { body })).status).toBe(201);
        ids[name] = conversationId;
      };
      await talk('unsure', 'do you plant trees for every order you ship');
      await talk('invoice', 'where can I download my invoice');
      await talk('request', 'I want to talk to a person');
      const handoffs = await baton.database.db.selectFrom('handoffs').select(['conversation_id', 'decision']).execute();
      unsureTrigger = (handoffs.find((h) => h.conversation_id === ids.unsure)?.decision as { triggers?: { type: string }[] } | undefined)?.triggers?.[0]?.type;

      const locked = runBaton(['backtest', '--policy', samePolicy], env);
      expect(locked.status).toBe(1);
      expect(locked.stderr).toContain(`is in use by process ${process.pid}`);
    } finally {
      await baton.close();
    }
  });

  it('replays the current policy as it ran live: the same handoffs, nothing flips', () => {
    expect(unsureTrigger).toBe('confidence');
    const result = runBaton(['backtest', '--policy', samePolicy, '--json'], env);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.window).toMatchObject({ conversations: 3, available: 3, capped: false });
    expect(report.changes).toEqual([]);
    expect(report.actual).toEqual({ handoffs: 2, rate: 0.6667, agreeingWithCurrentReplay: 3 });
    expect(report.current).toEqual(report.candidate);
    expect(report.current.triggers).toMatchObject({ confidence: 1, explicit_request: 1 });
    expect(report.flips).toEqual({ newHandoffs: 0, noLongerHandedOff: 0, listed: [] });
  });

  it('lists the conversation a candidate would no longer hand off, as tables or JSON', () => {
    const json = JSON.parse(runBaton(['backtest', '--policy', lenient, '--since', '30d', '--workspace', 'demo', '--json'], env).stdout);
    expect(json.flips.listed).toEqual([expect.objectContaining({ conversationId: ids.unsure, direction: 'no_longer_handed_off', customerTurn: 1, triggers: ['confidence'] })]);
    expect(json.handoffRateChangePoints).toBe(-33.33);

    const text = runBaton(['backtest', `--policy=${lenient}`], env);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Backtest of ${lenient} on workspace "demo": 3 conversation(s) since`);
    expect(text.stdout).toContain('Changed: confidenceThreshold: 0.65 → 0');
    expect(text.stdout).toMatch(/Handoff rate\s+66\.7%\s+33\.3%\s+-33\.3 pts/);
    expect(text.stdout).toMatch(new RegExp(`${ids.unsure}\\s+no_longer_handed_off\\s+1\\s+confidence`));

    const capped = JSON.parse(runBaton(['backtest', '--policy', lenient, '--limit', '2', '--json'], env).stdout);
    expect(capped.window).toMatchObject({ conversations: 2, available: 3, limit: 2, capped: true });
    expect(runBaton(['backtest', '--policy', lenient, '--limit', '2'], env).stdout).toContain('(capped: the newest 2 of 3)');
  });

  it('refuses an invalid policy with every problem, wrong arguments and an unknown workspace', () => {
    const bad = runBaton(['backtest', '--policy', file('bad.json', JSON.stringify({ confidenceThreshold: 3, mood: 'sunny' }))], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/is not valid:\n {2}- \(policy\) must NOT have additional properties: mood\n {2}- \/confidenceThreshold must be <= 1\n/);
    const unreadable = runBaton(['backtest', '--policy', join(dir, 'missing.json')], env);
    expect([unreadable.status, unreadable.stderr]).toEqual([1, expect.stringContaining('Cannot read the policy')]);

    for (const args of [[], ['--policy'], ['--policy', lenient, '--since', '0d'], ['--policy', lenient, '--since', '400d'], ['--policy', lenient, '--limit', '5001'], ['--policy', lenient, '--verbose'], ['--policy', lenient, 'extra']]) {
      const result = runBaton(['backtest', ...args], env);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: baton backtest');
    }
    const unknown = runBaton(['backtest', '--policy', lenient, '--workspace', 'nowhere'], env);
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringContaining('Unknown workspace "nowhere". Workspaces: demo.')]);
    expect(runBaton(['backtest', '--help']).stdout).toContain('Usage: baton backtest --policy FILE.json');
  });
});
