import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRoutingPolicy } from '../../src/routing/policy/routingPolicy.ts';
import { openDatabase, type OpenDatabase } from '../../src/store/openDatabase.ts';
import { engines } from '../helpers/engines.ts';
import { newCustomer, signedInAgent, SocketClient, startTestBaton, type TestBaton } from '../helpers/testBaton.ts';

// Several instances share one PostgreSQL server; PGlite is one process (Q6), so this runs there only.
describe.each(engines.filter((e) => e.name === 'postgres'))('two Baton instances on one $name database', (engine) => {
  let first: TestBaton;
  let second: TestBaton;
  let secondDatabase: OpenDatabase;
  beforeAll(async () => {
    first = await startTestBaton(engine, { routing: { rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 } } } });
    secondDatabase = await openDatabase({ engine: 'postgres', url: (first.database as OpenDatabase & { url: string }).url });
    // The second instance routes nothing itself: whatever reaches its sockets came from the first.
    second = await startTestBaton(engine, { database: secondDatabase, runRouting: false });
  });
  afterAll(async () => {
    await second?.close();
    await secondDatabase?.close();
    await first?.close();
  });

  it("pushes an offer made by one instance to the agent's socket on the other, and a reply back", async () => {
    const agent = await signedInAgent(second.url, 'billing.one@demo.baton.test');
    const agentSocket = await SocketClient.open(second.url, { cookie: agent.cookie });
    await agentSocket.next((f) => f.type === 'ready');

    const { customer, conversationId } = await newCustomer(first.url);
    const customerSocket = await SocketClient.open(first.url);
    customerSocket.send({ type: 'auth', customerToken: customer.bearer, conversationId });
    customerSocket.send({ type: 'subscribe', conversationId, after: 0 });
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'I was charged twice, I want to talk to a person' });

    const offer = await agentSocket.next((f) => f.type === 'offer' && f.conversationId === conversationId, 5000);
    expect((await agent.post(`/v1/agent/offers/${offer.offerId}/accept`)).status).toBe(200);
    await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: 'Hello, I can see the double charge.' });
    const reply = await customerSocket.next((f) => f.type === 'message' && f.message.authorKind === 'agent', 5000);
    expect(reply.message.body).toBe('Hello, I can see the double charge.');
    // Every message reached the customer once, in order, whichever instance wrote it.
    const seqs = customerSocket.messages(conversationId).map((m) => m.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
    agentSocket.close();
    customerSocket.close();
  });

  it("takes an agent offline through the other instance when the instance holding their socket is gone (R7)", async () => {
    const thirdDatabase = await openDatabase({ engine: 'postgres', url: (first.database as OpenDatabase & { url: string }).url });
    const third = await startTestBaton(engine, { database: thirdDatabase, runRouting: false, presenceGraceMs: 300 });
    const agent = await signedInAgent(third.url, 'billing.two@demo.baton.test');
    const socket = await SocketClient.open(third.url, { cookie: agent.cookie });
    await socket.next((f) => f.type === 'ready');
    const lease = () => first.database.db.selectFrom('agents').select(['presence', 'connected_until']).where('email', '=', 'billing.two@demo.baton.test').executeTakeFirstOrThrow();
    expect((await lease()).connected_until).not.toBeNull();
    // Held past several grace periods while the instance renews: still online.
    await new Promise((r) => setTimeout(r, 900));
    expect((await lease()).presence).toBe('online');
    // The instance stops (its renewals with it); only the first instance's sweep is left to notice.
    await third.close();
    await thirdDatabase.close();
    const started = Date.now();
    while ((await lease()).presence !== 'offline' && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 100));
    expect(await lease()).toEqual({ presence: 'offline', connected_until: null });
  });

  it('lets exactly one of three simultaneous accepts of one multi-offer win, through two instances (R4)', async () => {
    const ws = (await first.deps.store.workspaces.bySlug('demo'))!.id;
    await first.deps.store.routing.setPolicy(ws, { ...defaultRoutingPolicy, rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 }, simultaneousOffers: 3 } });
    const emails = ['billing.lead@demo.baton.test', 'billing.one@demo.baton.test', 'billing.two@demo.baton.test'];
    const agents = await Promise.all(emails.map((email, i) => signedInAgent((i % 2 ? second : first).url, email)));
    const { customer, conversationId } = await newCustomer(first.url);
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'I was charged twice, I want to talk to a person' });
    const offers = await Promise.all(
      agents.map(async (agent) => {
        for (let i = 0; i < 100; i++) {
          const mine = (await agent.get('/v1/agent/offers')).body.offers.filter((o: any) => o.status === 'pending');
          if (mine.length === 1) return mine[0];
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error('no offer arrived');
      }),
    );
    expect(new Set(offers.map((o) => o.handoffId)).size).toBe(1);
    // All three press accept at once, on both instances.
    const answers = await Promise.all(agents.map((agent, i) => agent.post(`/v1/agent/offers/${offers[i].id}/accept`)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    for (const lost of answers.filter((a) => a.status === 409)) expect(lost.body.error.id).toBe('offer_not_pending');
    const winner = answers.findIndex((a) => a.status === 200);
    const rows = await first.database.db.selectFrom('offers').select(['agent_id', 'status', 'reason']).where('handoff_id', '=', offers[0].handoffId).execute();
    expect(rows.filter((r) => r.status === 'accepted')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'rescinded').map((r) => r.reason)).toEqual(['accepted by another agent', 'accepted by another agent']);
    const handoff = await first.database.db.selectFrom('handoffs').select(['status', 'assigned_agent_id']).where('id', '=', offers[0].handoffId).executeTakeFirstOrThrow();
    expect(handoff).toEqual({ status: 'assigned', assigned_agent_id: offers[winner].agentId });
    const rounds = await first.database.db.selectFrom('offer_rounds').select('open').where('handoff_id', '=', offers[0].handoffId).execute();
    expect(rounds).toEqual([{ open: false }]);
    for (const agent of agents) await agent.request('DELETE', '/v1/agent/session');
  });
});

