import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/policy/escalationPolicy.ts';
import { engines } from '../helpers/engines.ts';
import { Client, newCustomer, signedInAgent, startTestBaton, type TestBaton } from '../helpers/testBaton.ts';

const supervisorEmail = 'billing.lead@demo.baton.test';
const agentEmail = 'billing.one@demo.baton.test';
// Live, legal complaints stay with the assistant and the confidence trigger is off.
const livePolicy = { confidenceThreshold: 0, topics: ['billing_dispute', 'accessibility', 'safety'] as const };

describe.each(engines)('the policy backtest over HTTP on $name', (engine) => {
  let baton: TestBaton;
  let supervisor: Client;
  let agent: Client;
  const ids: Record<string, string> = {};

  const backtest = (client: Client, body: unknown) => client.post('/v1/agent/policy/backtest', body);
  const talk = async (name: string, ...bodies: string[]) => {
    const { customer, conversationId } = await newCustomer(baton.url);
    for (const body of bodies) expect((await customer.post(`/v1/conversations/${conversationId}/messages`, { body })).status).toBe(201);
    ids[name] = conversationId;
  };

  beforeAll(async () => {
    baton = await startTestBaton(engine, { policy: { ...livePolicy, topics: [...livePolicy.topics] } });
    supervisor = await signedInAgent(baton.url, supervisorEmail);
    agent = await signedInAgent(baton.url, agentEmail);
    await talk('legal', 'where is my parcel', 'my lawyer will be in touch about the parcel');
    await talk('request', 'I want to talk to a person');
    await talk('invoice', 'where can I download my invoice');
  });
  afterAll(() => baton?.close());

  it('a supervisor sees the conversation a new always-escalate topic would hand off, and the rates beside the stored ones', async () => {
    const { status, body } = await backtest(supervisor, { policy: { confidenceThreshold: 0 }, sinceDays: 7 });
    expect(status).toBe(200);
    expect(body.window).toMatchObject({ conversations: 3, available: 3, limit: 5000, capped: false });
    expect(Date.now() - Date.parse(body.window.since)).toBeGreaterThanOrEqual(7 * 86_400_000);
    expect(body.policies).toEqual({ current: { ...defaultPolicy, ...livePolicy }, candidate: { ...defaultPolicy, confidenceThreshold: 0 } });
    expect(body.changes).toEqual(['topics: [billing_dispute, accessibility, safety] → [billing_dispute, legal, accessibility, safety]']);
    expect(body.actual).toEqual({ handoffs: 1, rate: 0.3333, agreeingWithCurrentReplay: 3 });
    expect(body.current).toMatchObject({ handoffs: 1, rate: 0.3333, triggers: { explicit_request: 1, topic: 0, confidence: 0 } });
    expect(body.candidate).toMatchObject({ handoffs: 2, rate: 0.6667, triggers: { explicit_request: 1, topic: 1, confidence: 0 } });
    expect(body.handoffRateChangePoints).toBe(33.33);
    expect(body.flips).toEqual({
      newHandoffs: 1,
      noLongerHandedOff: 0,
      listed: [
        {
          conversationId: ids.legal,
          direction: 'new_handoff',
          turn: expect.any(Number),
          customerTurn: 2,
          triggers: ['topic'],
          priority: expect.any(Number),
          evidence: 'topic: legal: lawyer',
          intent: expect.any(String),
        },
      ],
    });
    expect(body.priorityMoves).toEqual({ total: 0, listed: [] });
  });

  it("replays the assistant's stored answers with the confidence they were sent with", async () => {
    const { status, body } = await backtest(supervisor, { policy: { confidenceThreshold: 1, topics: [...livePolicy.topics] } });
    expect(status).toBe(200);
    const invoice = body.flips.listed.find((f: { conversationId: string }) => f.conversationId === ids.invoice);
    expect(invoice).toMatchObject({ direction: 'new_handoff', customerTurn: 1, triggers: ['confidence'], evidence: expect.stringMatching(/^confidence: bot confidence 0\.\d\d < 1$/) });
    expect(body.flips.listed.map((f: { conversationId: string }) => f.conversationId)).not.toContain(ids.request);
  });

  it('is in the OpenAPI document with its body and report schemas', async () => {
    const { body } = await new Client(baton.url).get('/openapi.json');
    const route = body.paths['/v1/agent/policy/backtest'].post;
    expect(route.requestBody.content['application/json'].schema).toMatchObject({ required: ['policy'], additionalProperties: false });
    expect(Object.keys(route.responses['200'].content['application/json'].schema.properties)).toEqual(
      ['window', 'policies', 'changes', 'actual', 'current', 'candidate', 'handoffRateChangePoints', 'flips', 'priorityMoves'],
    );
  });

  it('refuses agents, callers without a session, an invalid policy (every problem listed) and unknown fields', async () => {
    const forbidden = await backtest(agent, { policy: {} });
    expect([forbidden.status, forbidden.body.error.id]).toEqual([403, 'forbidden']);
    const anonymous = await backtest(new Client(baton.url), { policy: {} });
    expect([anonymous.status, anonymous.body.error.id]).toEqual([401, 'unauthenticated']);

    const invalid = await backtest(supervisor, { policy: { confidenceThreshold: 2, topics: ['weather'], mood: 'sunny' } });
    expect([invalid.status, invalid.body.error.id]).toEqual([400, 'invalid_request']);
    expect(invalid.body.error.details).toEqual(expect.arrayContaining([expect.stringContaining('confidenceThreshold'), expect.stringContaining('/topics/0'), expect.stringContaining('mood')]));
    const put = await supervisor.request('PUT', '/v1/agent/policy', { confidenceThreshold: 2, topics: ['weather'], mood: 'sunny' });
    expect(invalid.body.error.details).toEqual(put.body.error.details);

    for (const body of [{}, { policy: {}, sinceDays: 0 }, { policy: {}, sinceDays: 366 }, { policy: {}, sinceDays: '30' }, { policy: {}, extra: true }, { policy: 'strict' }]) {
      const response = await backtest(supervisor, body);
      expect([response.status, response.body.error.id], JSON.stringify(body)).toEqual([400, 'invalid_request']);
    }
  });
});
