import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/engines.ts';
import { billingHandoff, newCustomer, signedInAgent, startTestBaton, type Client, type TestBaton } from '../helpers/testBaton.ts';

// The metrics read back what really happened through the API: one customer handed off, one
// who stayed with the assistant; the agent saw the summary, opened coldly, resolved; CSAT 2.
describe.each(engines)('the handoff metrics over HTTP on $name', (engine) => {
  let baton: TestBaton;
  let agent: Client;
  let supervisor: Client;

  beforeAll(async () => {
    baton = await startTestBaton(engine, { runRouting: false });
    agent = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    supervisor = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
  });
  afterAll(async () => baton?.close());

  it('computes them from the events of real conversations, for supervisors only', async () => {
    const { customer, conversationId } = await billingHandoff(baton);
    const calm = await newCustomer(baton.url);
    await calm.customer.post(`/v1/conversations/${calm.conversationId}/messages`, { body: 'How do I download my invoices?' });

    const handoff = (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
    expect((await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`, {})).status).toBe(200);
    await supervisor.post(`/v1/agent/handoffs/${handoff.id}/summary`, { action: 'dismissed' }); // not the assigned agent
    await agent.post(`/v1/agent/handoffs/${handoff.id}/summary`, { action: 'shown' });
    await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: 'Hello! How can I help you today?' });
    await agent.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'answered' });
    await customer.post(`/v1/conversations/${conversationId}/csat`, { score: 2 });

    const response = await supervisor.get('/v1/agent/metrics?days=7');
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report).toMatchObject({ conversations: 2, capped: false, handoffRate: { rate: 0.5, escalated: 1, conversations: 2, previous: null } });
    expect(report.handoffRate.series).toHaveLength(7);
    expect(report.csat.humanOnly).toEqual({ average: 2, answers: 1, satisfied: 0 });
    expect(report.handoffs).toMatchObject({
      handoffs: 1,
      acceptanceSeconds: { accepted: 1 },
      firstReplySeconds: { replied: 1 },
      contextUtilization: { opened: 1, dismissed: 0, neverOpened: 0, replied: 1 },
      coldStart: { rate: 1, cold: 1, judged: 1 },
      abandonment: { rate: 0, abandoned: 0, ended: 1 },
    });
    expect(report.byTeam.map((t: any) => t.team)).toEqual(['Billing']);
    expect(report.byTrigger.map((t: any) => t.trigger).sort()).toEqual(expect.arrayContaining(['explicit_request']));
    expect(report.worst.coldStarts).toEqual([{ conversationId, team: 'Billing' }]);

    expect((await agent.get('/v1/agent/metrics')).status).toBe(403);
    for (const days of ['0', '366', 'x', '7.5']) expect((await supervisor.get(`/v1/agent/metrics?days=${days}`)).status, days).toBe(400);
  });
});
