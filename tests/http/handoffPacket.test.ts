import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWords } from '../../src/packet/renderSummary.ts';
import { startCrmStandIn, type CrmStandIn } from '../crm/crmStandIn.ts';
import { engines } from '../helpers/engines.ts';
import { otherWorkspace } from '../helpers/fixtures.ts';
import { Client, newCustomer, signedInAgent, startTestBaton, verifiedCustomer, type TestBaton } from '../helpers/testBaton.ts';

/** The BRIEF's duplicate-charge conversation, told by the demo's gold customer (CUST-29441, order 8821 of 89.99 USD). */
const duplicateCharge = [
  'Hi, I was charged twice for order #8821 on Nov 1, $89.99 each time.',
  'Yes that is the order, but it was billed two times. What is your policy for a duplicate charge?',
  'I want my money back for the second charge',
  "I can't find the charge in the portal. This is ridiculous, let me talk to a real person. My card is 4111 1111 1111 1111",
];

async function escalate(baton: TestBaton, agent: Client, lines: string[], externalId = 'CUST-29441') {
  const { customer, conversationId } = await verifiedCustomer(baton, externalId);
  const replies: string[] = [];
  for (const body of lines) replies.push(...(await customer.post(`/v1/conversations/${conversationId}/messages`, { body })).body.replies.map((m: any) => m.body));
  const handoff = (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
  return { customer, conversationId, replies, handoff };
}

describe.each(engines)('the handoff packet through the API on $name', (engine) => {
  let baton: TestBaton;
  let agent: Client;
  beforeAll(async () => {
    baton = await startTestBaton(engine);
    agent = await signedInAgent(baton.url);
  });
  afterAll(() => baton?.close());

  it('holds what the assistant tried, the account, the verify list and a 70-word summary', async () => {
    const { conversationId, replies, handoff } = await escalate(baton, agent, duplicateCharge);
    // What happened: an order lookup, the refund portal and the refunds article (nothing offered
    // twice), then the handoff.
    expect(replies).toHaveLength(4);
    expect(replies[0]).toMatch(/^Order 8821 \(89\.99 USD, placed \d+ days ago\) was delivered/);
    expect(replies.slice(1, 3).join('\n')).toMatch(/refund portal: https:\/\/\S+\/account\/refunds/);
    expect(replies.slice(1, 3).join('\n')).toMatch(/^Refunds: /m);
    expect(replies[3]).toMatch(/^I'm connecting you with our Billing team\. .*Typical wait is under \d+ minutes?\.$/);
    expect(handoff).toMatchObject({ path: 'warm', quotedWaitSeconds: 120, teamId: expect.any(String) });

    const { status, body } = await agent.get(`/v1/agent/handoffs/${handoff.id}/packet`);
    expect(status).toBe(200);
    const { packet, summary } = body;
    expect(packet).toMatchObject({ packetVersion: 1, handoffId: handoff.id, conversationId, customer: { externalId: 'CUST-29441', tier: 'gold', verified: true } });
    expect(packet.attempts.map((a: any) => a.ref).sort()).toEqual(['order_lookup', 'refund-policy', 'refund_portal']);
    expect(packet.attempts.map((a: any) => a.atSeq)).toEqual([3, 5, 7]);
    expect(packet.attempts[0]).toMatchObject({ ref: 'order_lookup', label: 'confirmed order history' });
    // "I can't find the charge in the portal" names the portal: that attempt failed, not the article after it.
    expect(packet.attempts.find((a: any) => a.ref === 'refund_portal')).toMatchObject({ outcome: 'failed', evidence: "I can't find the charge in the portal." });
    expect(packet.attempts.find((a: any) => a.ref === 'refund-policy').outcome).toBe('offered');
    expect(packet.sentiment.tag).toMatch(/frustrated|upset/);
    expect(packet.sentiment.signals).toContainEqual(expect.objectContaining({ signal: 'frustration_phrase', evidence: 'This is ridiculous' }));
    expect(packet.intent).toMatchObject({ line: expect.stringMatching(/#8821.*89\.99 USD/), orderIds: ['8821'], amounts: ['89.99 USD'] });
    expect(packet.account).toMatchObject({ status: 'found', tier: 'gold', previousTickets: { count: 1 }, orders: [{ number: '8821', mentioned: true }] });
    expect(packet.account.subscriptions).toEqual([expect.objectContaining({ plan: 'Pro annual', status: 'active' })]);
    expect(packet.verify).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'order', value: '8821', status: 'matches_record', mentionedBy: 'customer' }),
        expect.objectContaining({ kind: 'amount', value: '89.99 USD', status: 'matches_record' }),
      ]),
    );
    expect(packet.escalation.triggers.map((t: any) => t.type)).toEqual(expect.arrayContaining(['explicit_request', 'sentiment']));
    expect(packet.nextStep).toMatch(/^Manual billing review: confirm the charge on order 8821/);
    expect(countWords(summary)).toBeLessThanOrEqual(70);
    expect(summary).toMatch(/^Customer: .* — Gold tier — Account CUST-29441 · Issue: .* · Sentiment at escalation: .* · AI tried: confirmed order history; .*refund portal.* · Next step: /);

    // The card number was masked before storage: not in the transcript, not in any stored row.
    expect(JSON.stringify(packet)).not.toMatch(/4111 ?1111 ?1111 ?1111/);
    const stored = await baton.database.db.selectFrom('messages').select('body').where('conversation_id', '=', conversationId).execute();
    expect(stored.map((m) => m.body).join('\n')).not.toContain('4111 1111 1111 1111');
    expect(stored.map((m) => m.body).join('\n')).toContain('[card •••• 1111]');
    const packetRow = await baton.database.db.selectFrom('handoff_packets').select('packet').where('handoff_id', '=', handoff.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(packetRow.packet)).not.toContain('4111');

    // Built once, in the background, and the same on every read.
    expect((await agent.get(`/v1/agent/handoffs/${handoff.id}/packet`)).body).toEqual(body);
  });

  it('is published in OpenAPI and kept inside the workspace', async () => {
    const openapi = await new Client(baton.url).get('/openapi.json');
    expect(openapi.body.components.schemas.HandoffPacket.required).toEqual(expect.arrayContaining(['packetVersion', 'transcript', 'sentiment', 'intent', 'attempts', 'account', 'verify', 'nextStep']));
    const { handoff } = await escalate(baton, agent, ['can I talk to a person please'], 'CUST-10077');
    const other = await otherWorkspace(baton.database.db, `packets-${engine.name}`);
    const stranger = new Client(baton.url);
    await stranger.post('/v1/agent/session', { workspace: `packets-${engine.name}`, email: `agent@packets-${engine.name}.baton.test`, password: 'baton-demo' });
    expect(other.agentId).toBeTruthy();
    const denied = await stranger.get(`/v1/agent/handoffs/${handoff.id}/packet`);
    expect([denied.status, denied.body.error.id]).toEqual([404, 'not_found']);
    expect((await new Client(baton.url).get(`/v1/agent/handoffs/${handoff.id}/packet`)).status).toBe(401);
  });
});

describe('the packet when the CRM is down or slow', () => {
  let baton: TestBaton;
  let crm: CrmStandIn;
  let agent: Client;
  beforeAll(async () => {
    crm = await startCrmStandIn(new Map());
    crm.handler = () => {}; // never answers
    baton = await startTestBaton(engines[0]!, { env: { BATON_CRM_URL: `${crm.url}/api/customers/{externalId}`, BATON_CRM_TIMEOUT_MS: '300' } });
    agent = await signedInAgent(baton.url);
  });
  afterAll(async () => {
    await baton?.close();
    await crm?.close();
  });

  it('still hands off at once and says the account data is unavailable', async () => {
    const started = Date.now();
    const { handoff } = await escalate(baton, agent, ['I need to speak to a human about order 8821']);
    expect(handoff).toMatchObject({ status: 'pending', path: 'warm' });
    expect(Date.now() - started).toBeLessThan(5000);
    const { packet, summary } = (await agent.get(`/v1/agent/handoffs/${handoff.id}/packet`)).body;
    expect(packet.account).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/timeout/) });
    expect(packet.verify).toEqual([expect.objectContaining({ kind: 'order', value: '8821', status: 'unverified' })]);
    expect(summary).toContain('account data unavailable');
    expect(crm.requests.length).toBeGreaterThan(0);
  });

  it('answers an order question from the knowledge base, not with "not on your account"', async () => {
    const { customer, conversationId } = await verifiedCustomer(baton, 'CUST-55120');
    const reply = (await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'where is my order 7731?' })).body.replies[0].body;
    expect(reply).toMatch(/^Track an order: /);
    const anonymous = await newCustomer(baton.url);
    const answer = (await anonymous.customer.post(`/v1/conversations/${anonymous.conversationId}/messages`, { body: 'where is my order 8821?' })).body.replies[0].body;
    expect(answer).toMatch(/^Track an order: /);
  });

  it('reads a CRM that answers, through the field map', async () => {
    crm.handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: 'CUST-10077', name: 'Standard Customer (demo)', tier: 'platinum', orders: [{ number: '9012', status: 'shipped', total: 24.5, currency: 'EUR', placedAt: '2026-11-20T10:00:00Z' }] }));
    };
    const { handoff } = await escalate(baton, agent, ['Where is order 9012? I want a real person'], 'CUST-10077');
    const { packet } = (await agent.get(`/v1/agent/handoffs/${handoff.id}/packet`)).body;
    expect(packet.account.status).toBe('found');
    expect(packet.verify).toEqual([expect.objectContaining({ kind: 'order', value: '9012', status: 'matches_record' })]);
  });
});
