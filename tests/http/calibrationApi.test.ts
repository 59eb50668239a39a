import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/engines.ts';
import { otherWorkspace } from '../helpers/fixtures.ts';
import { Client, newCustomer, signedInAgent, startTestBaton, type TestBaton } from '../helpers/testBaton.ts';

describe.each(engines)('the calibration review over HTTP on $name', (engine) => {
  let baton: TestBaton;
  let agent: Client;
  let supervisor: Client;

  beforeAll(async () => {
    baton = await startTestBaton(engine, { runRouting: false });
    await otherWorkspace(baton.database.db);
    agent = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    supervisor = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
  });
  afterAll(async () => baton?.close());

  /** A customer hands off at once; the agent takes it, replies, resolves; the customer rates it. */
  async function handled(question: string, reply: string, score: number): Promise<{ conversationId: string; handoffId: string }> {
    const { customer, conversationId } = await newCustomer(baton.url);
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: question });
    const handoff = (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
    expect(handoff, question).toBeTruthy();
    await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`, {});
    await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: reply });
    await agent.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'answered' });
    await customer.post(`/v1/conversations/${conversationId}/csat`, { score });
    return { conversationId, handoffId: handoff.id };
  }

  it('lists handoffs worth a second look, and keeps each reviewer\'s mark and note', async () => {
    const quick = await handled(
      'I want to talk to a person about my invoices',
      'Every invoice is under Billing, then Invoices: you can download each one as a PDF or have them emailed monthly.',
      5,
    );
    const cold = await handled('Can I speak to a human please', 'Hello! How can I help you today?', 1);

    const list = await supervisor.get('/v1/agent/calibration?days=14');
    expect(list.status).toBe(200);
    const kindsOf = (handoffId: string) => list.body.items.filter((i: any) => i.handoffId === handoffId).map((i: any) => i.kind).sort();
    expect(kindsOf(quick.handoffId)).toEqual(['assistant_could_have_handled']);
    expect(kindsOf(cold.handoffId)).toEqual(['ignored_context', 'missed_sentiment']);
    const item = list.body.items.find((i: any) => i.handoffId === quick.handoffId);
    expect(item).toMatchObject({ conversationId: quick.conversationId, team: expect.any(String), review: null });
    expect(item.reason).toMatch(/knowledge base has: "Download invoices"/);

    const path = `/v1/agent/calibration/${cold.handoffId}/ignored_context`;
    const marked = await supervisor.request('PUT', path, { mark: 'agree', note: '  Coach on reading the summary first  ' });
    expect(marked.status).toBe(200);
    expect(marked.body.review).toMatchObject({ mark: 'agree', note: 'Coach on reading the summary first' });
    expect((await supervisor.request('PUT', path, { mark: 'unsure' })).body.review).toMatchObject({ mark: 'unsure', note: null });
    const again = await supervisor.get('/v1/agent/calibration');
    expect(again.body.items.find((i: any) => i.handoffId === cold.handoffId && i.kind === 'ignored_context').review).toMatchObject({ mark: 'unsure' });

    expect((await agent.get('/v1/agent/calibration')).status).toBe(403);
    expect((await agent.request('PUT', path, { mark: 'agree' })).status).toBe(403);
    for (const body of [{ mark: 'yes' }, { mark: 'agree', note: 'x'.repeat(2001) }, { mark: 'agree', reviewerAgentId: cold.handoffId }]) {
      expect((await supervisor.request('PUT', path, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await supervisor.request('PUT', `/v1/agent/calibration/${cold.handoffId}/bogus`, { mark: 'agree' })).status).toBe(400);
    expect((await supervisor.request('PUT', `/v1/agent/calibration/${crypto.randomUUID()}/ignored_context`, { mark: 'agree' })).status).toBe(404);

    // Another workspace's supervisor sees none of it and cannot mark it (S1).
    await baton.database.db.updateTable('agents').set({ role: 'supervisor' }).where('email', '=', 'agent@other.baton.test').execute();
    const stranger = new Client(baton.url);
    await stranger.post('/v1/agent/session', { workspace: 'other', email: 'agent@other.baton.test', password: 'baton-demo' });
    expect((await stranger.get('/v1/agent/calibration')).body.items).toEqual([]);
    expect((await stranger.request('PUT', path, { mark: 'agree' })).status).toBe(404);
  });
});
