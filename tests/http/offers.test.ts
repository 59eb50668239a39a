import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { cryptoIds } from '../../src/core/secrets.ts';
import { routeWaitingHandoffs } from '../../src/routing/routeWaitingHandoffs.ts';
import { engines } from '../helpers/engines.ts';
import { testDeps } from '../helpers/fixtures.ts';
import { billingHandoff, newCustomer, offersOf, signedInAgent, SocketClient, startTestBaton, until, verifiedCustomer, type TestBaton } from '../helpers/testBaton.ts';

/** Run one routing pass now, as the loop would. */
async function routePass(baton: TestBaton): Promise<number> {
  return routeWaitingHandoffs(baton.deps, (await baton.deps.store.workspaces.bySlug('demo'))!.id);
}

describe.each(engines)('offers on $name', (engine) => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(engine, { routing: { rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 }, offerTimeoutSeconds: 5 } } });
  });
  afterAll(() => baton?.close());

  it('offers a handoff to one eligible agent over the WebSocket; accepting makes the conversation theirs, once', async () => {
    const agent = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    const socket = await SocketClient.open(baton.url, { cookie: agent.cookie });
    await socket.next((f) => f.type === 'ready');
    const { customer, conversationId } = await billingHandoff(baton);
    const frame = await socket.next((f) => f.type === 'offer' && f.conversationId === conversationId);
    expect(frame).toMatchObject({ offerId: expect.any(String), handoffId: expect.any(String), expiresAt: expect.any(String) });
    expect((await offersOf(agent)).map((o) => o.id)).toEqual([frame.offerId]);
    expect((await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff.status).toBe('offered');

    const accepted = await agent.post(`/v1/agent/offers/${frame.offerId}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.conversation).toMatchObject({ status: 'with_agent' });
    expect(accepted.body.handoff).toMatchObject({ status: 'assigned' });
    const again = await agent.post(`/v1/agent/offers/${frame.offerId}/accept`);
    expect([again.status, again.body.error.id]).toEqual([409, 'offer_not_pending']);
    await socket.next((f) => f.type === 'offer_ended' && f.offerId === frame.offerId && f.status === 'accepted');
    const messages = (await customer.get(`/v1/conversations/${conversationId}/messages?after=0`)).body.messages;
    expect(messages.at(-1).body).toMatch(/Billing Agent 1 joined/);
    socket.close();
    await agent.request('PUT', '/v1/agent/presence', { presence: 'away' });
  });

  it('moves a declined offer to the next agent and never offers it to the decliner again', async () => {
    const a = await signedInAgent(baton.url, 'billing.two@demo.baton.test');
    const b = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
    const { conversationId } = await billingHandoff(baton);
    const [first] = await until(async () => [...(await offersOf(a)), ...(await offersOf(b))], (o) => o.length === 1);
    const [decliner, other] = (await offersOf(a)).length ? [a, b] : [b, a];
    expect((await decliner.post(`/v1/agent/offers/${first.id}/decline`, { reason: 'not my area' })).status).toBe(204);
    const [second] = await until(() => offersOf(other), (o) => o.length === 1);
    expect(second.handoffId).toBe(first.handoffId);
    expect(await offersOf(decliner)).toEqual([]);
    // The one who is left declines too: nobody else is eligible, and the decliners are never asked again.
    await other.post(`/v1/agent/offers/${second.id}/decline`);
    await routePass(baton); // a real pass: had it anything to offer, it would offer it now
    expect([...(await offersOf(a)), ...(await offersOf(b))]).toEqual([]);
    expect((await a.get(`/v1/agent/conversations/${conversationId}`)).body.handoff.status).toBe('pending');
    for (const agent of [a, b]) await agent.request('PUT', '/v1/agent/presence', { presence: 'away' });
  });

  it('lets an unanswered offer time out: the agent goes away and the next agent is offered (R2)', { timeout: 30_000 }, async () => {
    const sleepy = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    const { conversationId } = await billingHandoff(baton);
    const handoffId = (await sleepy.get(`/v1/agent/conversations/${conversationId}`)).body.handoff.id;
    const mine = (offers: any[]) => offers.filter((o) => o.handoffId === handoffId);
    const [offer] = await until(async () => mine(await offersOf(sleepy)), (o) => o.length === 1);
    const awake = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
    const [next] = await until(async () => mine(await offersOf(awake)), (o) => o.length === 1, 15_000);
    expect((await sleepy.get('/v1/agent/me')).body.agent.presence).toBe('away');
    const late = await sleepy.post(`/v1/agent/offers/${offer.id}/accept`);
    expect([late.status, late.body.error.id]).toEqual([409, 'offer_not_pending']);
    expect((await awake.post(`/v1/agent/offers/${next.id}/accept`)).body.conversation.id).toBe(conversationId);
    await awake.request('PUT', '/v1/agent/presence', { presence: 'away' });
  });

  it('offers nothing beyond an agent capacity (R8)', async () => {
    const ws = (await baton.deps.store.workspaces.bySlug('demo'))!.id;
    await baton.database.db.updateTable('agents').set({ capacity: 1 }).where('email', '=', 'billing.two@demo.baton.test').execute();
    const agent = await signedInAgent(baton.url, 'billing.two@demo.baton.test');
    await billingHandoff(baton);
    await billingHandoff(baton);
    const [offer] = await until(() => offersOf(agent), (o) => o.length === 1);
    await routePass(baton); // a real pass: had it anything to offer, it would offer it now
    expect(await offersOf(agent)).toHaveLength(1);
    expect((await agent.post(`/v1/agent/offers/${offer.id}/accept`)).status).toBe(200);
    await routePass(baton); // a real pass: had it anything to offer, it would offer it now
    expect(await offersOf(agent)).toEqual([]);
    const held = await baton.database.db.selectFrom('conversations').select('id').where('workspace_id', '=', ws).where('status', '=', 'with_agent').where('assigned_agent_id', '=', (await agent.get('/v1/agent/me')).body.agent.id).execute();
    expect(held).toHaveLength(1);
    await agent.request('PUT', '/v1/agent/presence', { presence: 'away' });
  });

  it('never makes two pending offers for one handoff when routing passes race (R1)', async () => {
    await baton.database.db.updateTable('agents').set({ capacity: 50 }).execute();
    await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
    const ws = (await baton.deps.store.workspaces.bySlug('demo'))!.id;
    // Handoffs written straight to the store, so only the racing passes below route them.
    const analyzers = baton.deps.analyzers;
    const passes = Array.from({ length: 4 }, () => testDeps(baton.database.db, analyzers));
    for (let i = 0; i < 10; i++) {
      const { conversationId } = await newCustomer(baton.url);
      await baton.deps.store.handoffs.create(ws, { id: randomUUID(), conversationId, priority: 50, decision: { escalate: true, triggers: [], priority: 50, sentiment: 'neutral', topic: 'billing_dispute', language: 'en', intent: 'x', explanation: 'x' } });
    }
    await Promise.all(passes.map((deps) => routeWaitingHandoffs({ ...deps, ids: cryptoIds }, ws)));
    const pending = await baton.database.db.selectFrom('offers').select(['handoff_id']).where('workspace_id', '=', ws).where('status', '=', 'pending').execute();
    expect(new Set(pending.map((p) => p.handoff_id)).size).toBe(pending.length);
  });
});

describe('an agent who drops', () => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(engines[0]!, { presenceGraceMs: 1000, routing: { rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 }, offerTimeoutSeconds: 600 } } });
  });
  afterAll(() => baton?.close());

  it('loses their offers at once when the connection is gone past the grace period, not at the timeout (R7)', async () => {
    const agent = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    const socket = await SocketClient.open(baton.url, { cookie: agent.cookie });
    await socket.next((f) => f.type === 'ready');
    const { conversationId } = await billingHandoff(baton);
    const offer = await socket.next((f) => f.type === 'offer' && f.conversationId === conversationId);
    // A reconnect within the grace period changes nothing.
    socket.close();
    const again = await SocketClient.open(baton.url, { cookie: agent.cookie });
    await again.next((f) => f.type === 'ready');
    // Longer than the grace period: the new socket's lease renewals keep the agent online.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await offersOf(agent)).map((o) => o.id)).toEqual([offer.offerId]);
    // Gone for good: offline, and the offer goes to someone else.
    again.close();
    const other = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
    const [next] = await until(() => offersOf(other), (o) => o.length === 1);
    expect(next.handoffId).toBe(offer.handoffId);
    expect((await agent.get('/v1/agent/me')).body.agent.presence).toBe('offline');
    const late = await agent.post(`/v1/agent/offers/${offer.offerId}/accept`);
    expect([late.status, late.body.error.id]).toEqual([409, 'offer_not_pending']);
    // Signing out withdraws offers too.
    expect((await other.request('DELETE', '/v1/agent/session')).status).toBe(204);
    const row = await baton.database.db.selectFrom('offers').select(['status', 'reason']).where('id', '=', next.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'rescinded', reason: 'signed out' });
  });
});

describe('when nobody takes a handoff', () => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(engines[0]!, { routing: { rules: [], maxOffers: 2, handoffTtlSeconds: 600, defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 } } } });
  });
  afterAll(() => baton?.close());

  it('tells the customer at the offer cap, with email and callback offered (R5)', async () => {
    const a = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    const b = await signedInAgent(baton.url, 'billing.two@demo.baton.test');
    const { customer, conversationId } = await billingHandoff(baton);
    for (let declined = 0; declined < 2; declined++) {
      const [offer] = await until(async () => [...(await offersOf(a)), ...(await offersOf(b))], (o) => o.length === 1);
      const owner = (await offersOf(a)).length ? a : b;
      expect((await owner.post(`/v1/agent/offers/${offer.id}/decline`)).status).toBe(204);
    }
    const waiting = await until(async () => (await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting, (w) => w?.path === 'no_agent');
    expect(waiting).toMatchObject({ quotedWaitSeconds: 120, choices: ['callback'] });
    const messages = (await customer.get(`/v1/conversations/${conversationId}/messages?after=0`)).body.messages;
    expect(messages.at(-1)).toMatchObject({ authorKind: 'system', body: expect.stringMatching(/busy right now\. I've saved a summary/) });
    await routePass(baton); // a real pass: had it anything to offer, it would offer it now
    expect(messages.filter((m: any) => /busy right now/.test(m.body))).toHaveLength(1);
    for (const agent of [a, b]) await agent.request('PUT', '/v1/agent/presence', { presence: 'away' });
  });

  it('closes a warm handoff nobody took within its time-to-live and tells the customer (R6)', async () => {
    // Someone of the team is online (so the customer hears the warm message) but has no room.
    await baton.database.db.updateTable('agents').set({ capacity: 0 }).where('email', '=', 'billing.lead@demo.baton.test').execute();
    const full = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
    const { customer, conversationId } = await billingHandoff(baton);
    expect((await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting.path).toBe('warm');
    // Time passes: the handoff was made two hours ago.
    await baton.database.db.updateTable('handoffs').set({ created_at: new Date(Date.now() - 7_200_000) }).where('conversation_id', '=', conversationId).execute();
    const conversation = await until(async () => (await customer.get(`/v1/conversations/${conversationId}`)).body, (c) => c.status === 'with_assistant');
    expect(conversation.status).toBe('with_assistant');
    const messages = (await customer.get(`/v1/conversations/${conversationId}/messages?after=0`)).body.messages;
    expect(messages.at(-1)).toMatchObject({ authorKind: 'system', body: expect.stringMatching(/^I'm sorry: nobody on the team could take this conversation in time/) });
    const handoff = await baton.database.db.selectFrom('handoffs').select(['status', 'close_reason']).where('conversation_id', '=', conversationId).executeTakeFirstOrThrow();
    expect(handoff).toEqual({ status: 'cancelled', close_reason: 'no agent took it within 600 s' });
    // The customer can ask again, and a new handoff is made.
    const again = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'please, a person' });
    expect(again.body.replies[0].body).toMatch(/busy right now|connecting you/);
    await full.request('PUT', '/v1/agent/presence', { presence: 'away' });
  });
});

describe('a returning customer', () => {
  it('goes back to the agent of their last conversation within 24 hours, over a longer-idle agent', async () => {
    const baton = await startTestBaton(engines[0]!, { routing: { rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 } } } });
    try {
      const agents = [await signedInAgent(baton.url, 'billing.one@demo.baton.test'), await signedInAgent(baton.url, 'billing.lead@demo.baton.test')];
      const pendingOffer = async () => {
        const found = await until(async () => (await Promise.all(agents.map(async (agent) => (await offersOf(agent)).map((o) => ({ agent, o }))))).flat(), (l) => l.length === 1);
        return found[0]!;
      };
      const ask = async () => {
        const { customer, conversationId } = await verifiedCustomer(baton, 'CUST-10077');
        await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'I was charged twice, I need a person' });
        return conversationId;
      };
      const first = await ask();
      const { agent: known, o: offer } = await pendingOffer();
      await known.post(`/v1/agent/offers/${offer.id}/accept`);
      expect((await known.post(`/v1/agent/conversations/${first}/resolve`, { disposition: 'resolved' })).status).toBe(200);
      // The known agent was just busy, so longest-idle alone would pick the other one.
      await ask();
      const { agent: second } = await pendingOffer();
      expect(second).toBe(known);
    } finally {
      await baton.close();
    }
  });
});

describe('a waiting customer', () => {
  it('is pushed their place in the queue and a fresh estimate as the queue moves', async () => {
    const baton = await startTestBaton(engines[0]!);
    try {
      // Online but without room: customers hear the warm message, nobody is offered anything.
      await baton.database.db.updateTable('agents').set({ capacity: 0 }).execute();
      await signedInAgent(baton.url, 'billing.one@demo.baton.test');
      const first = await billingHandoff(baton);
      const socket = await SocketClient.open(baton.url);
      socket.send({ type: 'auth', customerToken: first.customer.bearer, conversationId: first.conversationId });
      await socket.next((f) => f.type === 'ready');
      expect((await first.customer.get(`/v1/conversations/${first.conversationId}/waiting`)).body.waiting).toMatchObject({ path: 'warm', position: 1, estimateSeconds: 120 });
      // Someone more urgent arrives: a safety issue goes ahead.
      const urgent = await newCustomer(baton.url);
      await urgent.customer.post(`/v1/conversations/${urgent.conversationId}/messages`, { body: 'there is smoke coming out of the charger and I smell burning' });
      const pushed = await socket.next((f) => f.type === 'waiting' && f.waiting.position === 2);
      expect(pushed).toMatchObject({ conversationId: first.conversationId, waiting: { path: 'warm', team: 'Billing', position: 2 } });
      socket.close();
    } finally {
      await baton.close();
    }
  });
});

describe('the routing policy', () => {
  it("applies a rule's priority boost to the queue order", async () => {
    const baton = await startTestBaton(engines[0]!, {
      routing: { rules: [{ name: 'spanish first', when: { languages: ['es'] }, target: { queue: 'billing', priorityBoost: 50 } }], defaultTarget: { queue: 'billing' } },
    });
    try {
      // Nobody online while the two handoffs arrive: the English one first, the Spanish one after.
      const english = await billingHandoff(baton);
      const spanish = await newCustomer(baton.url);
      await spanish.customer.post(`/v1/conversations/${spanish.conversationId}/messages`, { body: 'me cobraron dos veces, quiero hablar con una persona' });
      await baton.database.db.updateTable('agents').set({ capacity: 1 }).execute();
      const agent = await signedInAgent(baton.url, 'billing.two@demo.baton.test');
      const [offer] = await until(() => offersOf(agent), (o) => o.length === 1);
      const spanishHandoff = (await agent.get(`/v1/agent/conversations/${spanish.conversationId}`)).body.handoff;
      expect(offer.handoffId).toBe(spanishHandoff.id);
      expect((await agent.get(`/v1/agent/conversations/${english.conversationId}`)).body.handoff.status).toBe('pending');
    } finally {
      await baton.close();
    }
  });
});

describe('pull mode', () => {
  it('offers nothing when the workspace lets agents claim from the list', async () => {
    const baton = await startTestBaton(engines[0]!, { routing: { assignment: 'claim' } });
    try {
      const agent = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
      const { conversationId } = await billingHandoff(baton);
      expect(await routePass(baton)).toBe(0);
      expect(await offersOf(agent)).toEqual([]);
      const handoff = (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
      expect(handoff.status).toBe('pending');
      expect((await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`)).status).toBe(200);
    } finally {
      await baton.close();
    }
  });
});
