import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/cli/runReport.ts';
import { engines } from '../helpers/engines.ts';
import { billingHandoff, newCustomer, signedInAgent, startTestBaton, type TestBaton } from '../helpers/testBaton.ts';

/** A stream that keeps what was written. */
const sink = () => {
  const chunks: string[] = [];
  return Object.assign(new Writable({ write: (chunk, _enc, done) => (chunks.push(String(chunk)), done()) }), { text: () => chunks.join('') });
};

// `baton report` reads the same database as a running Baton: on a PostgreSQL server (the
// embedded database is one process, so the command cannot share it with a running server).
describe.each(engines.filter((e) => e.name === 'postgres'))('baton report on $name', (engine) => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(engine, { runRouting: false });
    const { conversationId } = await billingHandoff(baton);
    const calm = await newCustomer(baton.url);
    await calm.customer.post(`/v1/conversations/${calm.conversationId}/messages`, { body: 'How do I download my invoices?' });
    const agent = await signedInAgent(baton.url);
    const handoff = (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
    await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`, {});
    await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: 'Hi! How can I help you?' });
  });
  afterAll(async () => baton?.close());
  const env = () => ({ DATABASE_URL: (baton.database as { url?: string }).url!, BATON_LOG_LEVEL: 'silent' });

  it('prints the figures in the terminal, and the same as JSON', async () => {
    const [out, err] = [sink(), sink()];
    expect(await runReport(['--since', '7d'], out, err, env())).toBe(0);
    const text = out.text();
    expect(text).toMatch(/^Handoff metrics for demo: \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(7 days\), 2 conversations/);
    expect(text).toMatch(/Handoff rate\s+50\.0%\s+1 of 2 conversations/);
    expect(text).toMatch(/Cold starts\s+100\.0%\s+1 of 1 first replies/);
    expect(text).toMatch(/\nBilling\s+1\s/);
    expect(err.text()).toBe('');

    const json = sink();
    expect(await runReport(['--since=30d', '--json'], json, sink(), env())).toBe(0);
    const report = JSON.parse(json.text());
    expect(report).toMatchObject({ conversations: 2, period: { days: 30 }, handoffRate: { escalated: 1 } });
  });

  it('refuses wrong arguments and an unknown workspace with exit code 2', async () => {
    for (const args of [['--since', '0d'], ['--since', '7'], ['--since', '400d'], ['--bogus']]) {
      const err = sink();
      expect(await runReport(args, sink(), err, env()), args.join(' ')).toBe(2);
      expect(err.text()).toMatch(/--since|Unknown argument/);
    }
    const err = sink();
    expect(await runReport(['--workspace', 'nope'], sink(), err, env())).toBe(2);
    expect(err.text()).toContain('Unknown workspace "nope"');
  });
});
