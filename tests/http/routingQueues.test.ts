import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { routeWaitingHandoffs } from '../../src/routing/routeWaitingHandoffs.ts';
import { defaultRoutingPolicy, type RoutingPolicy } from '../../src/routing/policy/routingPolicy.ts';
import { engines } from '../helpers/engines.ts';
import { agentRoster, billingHandoff, offersOf, startTestBaton, until, type Client, type TestBaton } from '../helpers/testBaton.ts';


describe.each(engines)('queues, tiers and the fallback on $name', (engine) => {
  let baton: TestBaton;
  let workspaceId: string;
  const roster = agentRoster(() => baton.url);
  const agent = roster.signIn;
  /** A real routing pass now, as the loop would run it: what it does not offer, nobody is offered. */
  const routePass = () => routeWaitingHandoffs(baton.deps, workspaceId);
  const usePolicy = (policy: Partial<RoutingPolicy>) => baton.deps.store.routing.setPolicy(workspaceId, { ...defaultRoutingPolicy, ...policy });
  const handoffOf = async (conversationId: string) =>
    (await baton.database.db.selectFrom('handoffs').select('id').where('conversation_id', '=', conversationId).orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id;
  /** Make one agent idle for longer than every other, so the strategy would pick them first. */
  const idleLongest = (email: string) =>
    baton.database.db.updateTable('agents').set({ last_assigned_at: new Date(Date.now() - 86_400_000) }).where('email', '=', email).execute();

  beforeAll(async () => {
    baton = await startTestBaton(engine);
    workspaceId = (await baton.deps.store.workspaces.bySlug('demo'))!.id;
    await baton.database.db.updateTable('agents').set({ last_assigned_at: new Date() }).execute();
  });
  afterEach(async () => {
    // Everyone leaves, and takes no offer along: the next test starts with nobody online.
    await roster.signOutAll();
    // …and no handoff of this test waits on into the next.
    await baton.database.db.updateTable('offers').set({ status: 'rescinded', answered_at: new Date() }).where('status', '=', 'pending').execute();
    await baton.database.db.updateTable('handoffs').set({ status: 'cancelled', closed_at: new Date(), close_reason: 'test over' }).where('status', 'in', ['pending', 'offered']).execute();
    await baton.database.db.updateTable('agents').set({ tiers: null, last_assigned_at: new Date() }).execute();
  });
  afterAll(() => baton?.close());

  it("offers a queue's handoff only to its team's members, though another team's agent has the skill and idled longer", async () => {
    await usePolicy({ rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 1 } } });
    // Technical Agent 2 has billing level 1 but is in the technical team.
    await idleLongest('tech.two@demo.baton.test');
    const tech = await agent('tech.two@demo.baton.test');
    const billing = await agent('billing.two@demo.baton.test');
    const { customer, conversationId } = await billingHandoff(baton);
    const [offer] = await until(() => offersOf(billing), (o) => o.length === 1);
    expect(offer.handoffId).toBe(await handoffOf(conversationId));
    expect(await offersOf(tech)).toEqual([]);
    // The offer keeps the routing explanation: who was left out, by which filter.
    const created = await baton.database.db.selectFrom('events').select('payload').where('type', '=', 'offer.created').where('conversation_id', '=', conversationId).executeTakeFirstOrThrow();
    expect(created.payload).toMatchObject({ queue: 'billing', removed: { inQueue: 1 } });
    // Billing declines; the technical agent is still not in the queue: nobody online may take it,
    // so the off-hours fallback tells the customer at once, and nothing is offered.
    expect((await billing.post(`/v1/agent/offers/${offer.id}/decline`)).status).toBe(204);
    const waiting = await until(async () => (await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting, (w) => w?.path === 'no_agent');
    expect(waiting.path).toBe('no_agent');
    expect(await routePass()).toBe(0);
    expect(await offersOf(tech)).toEqual([]);
    const events = await baton.database.db.selectFrom('events').select(['payload']).where('type', '=', 'handoff.fallback').where('conversation_id', '=', conversationId).execute();
    expect(events.map((e) => e.payload)).toEqual([{ kind: 'off_hours', offers: 1, reason: 'none_eligible', removed: { inQueue: 1, notDeclined: 1 } }]);
  });

  it('offers a handoff only to agents who serve the customer\'s tier', async () => {
    await usePolicy({ rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 1 } } });
    await baton.database.db.updateTable('agents').set({ tiers: ['gold', 'platinum'] }).where('email', '=', 'billing.one@demo.baton.test').execute();
    await idleLongest('billing.one@demo.baton.test');
    const goldOnly = await agent('billing.one@demo.baton.test');
    const anyTier = await agent('billing.two@demo.baton.test');
    const { conversationId } = await billingHandoff(baton); // an anonymous customer: standard tier
    const [offer] = await until(() => offersOf(anyTier), (o) => o.length === 1);
    expect(offer.handoffId).toBe(await handoffOf(conversationId));
    expect(await offersOf(goldOnly)).toEqual([]);
    expect((await anyTier.post(`/v1/agent/offers/${offer.id}/accept`)).status).toBe(200);
    await anyTier.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'resolved' });
  });

  it('moves a handoff to the overflow queue at the offer cap, tells the customer, then falls back to the off-hours path', async () => {
    await usePolicy({
      rules: [],
      defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 } },
      fallback: { kind: 'overflow_queue', queue: 'technical' },
      maxOffers: 1,
    });
    const billing = await agent('billing.one@demo.baton.test');
    const tech = await agent('tech.one@demo.baton.test'); // no billing skill at all
    const { customer, conversationId } = await billingHandoff(baton);
    const [first] = await until(() => offersOf(billing), (o) => o.length === 1);
    expect(await offersOf(tech)).toEqual([]);
    expect((await billing.post(`/v1/agent/offers/${first.id}/decline`)).status).toBe(204);

    // In the overflow queue: the technical team, with no skill required, gets a fresh offer.
    const [second] = await until(() => offersOf(tech), (o) => o.length === 1);
    expect(second.handoffId).toBe(first.handoffId);
    const handoff = await baton.database.db.selectFrom('handoffs').select(['queue', 'fallback_at_offers', 'path']).where('id', '=', first.handoffId).executeTakeFirstOrThrow();
    expect(handoff).toEqual({ queue: 'technical', fallback_at_offers: 1, path: 'warm' });
    const told = (await customer.get(`/v1/conversations/${conversationId}/messages?after=0`)).body.messages.at(-1);
    expect(told).toMatchObject({ authorKind: 'system', body: expect.stringMatching(/^Everyone on our Billing team is busy right now, so more of our team can now pick up/) });

    // The overflow queue's offers run out too: the off-hours path, once.
    expect((await tech.post(`/v1/agent/offers/${second.id}/decline`)).status).toBe(204);
    await until(async () => (await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting, (w) => w?.path === 'no_agent');
    await routePass();
    const messages = (await customer.get(`/v1/conversations/${conversationId}/messages?after=0`)).body.messages;
    expect(messages.filter((m: any) => /busy right now\. I've saved a summary/.test(m.body))).toHaveLength(1);
    const kinds = await baton.database.db.selectFrom('events').select(['payload']).where('type', '=', 'handoff.fallback').where('conversation_id', '=', conversationId).orderBy('id').execute();
    expect(kinds.map((e) => e.payload)).toEqual([
      { kind: 'overflow_queue', offers: 1, reason: 'max_offers', queue: 'technical', removed: { eligible: 1, notDeclined: 1 } },
      { kind: 'off_hours', offers: 2, reason: 'max_offers', removed: { inQueue: 1, notDeclined: 1 } },
    ]);
  });

  it('keeps each estimate shown to a waiting customer and reports the quote beside the actual wait', async () => {
    await usePolicy({ rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 1 }, offerTimeoutSeconds: 600 } });
    const billing = await agent('billing.one@demo.baton.test');
    const { customer, conversationId } = await billingHandoff(baton);
    const handoffId = await handoffOf(conversationId);
    // The customer reads their place twice; the same estimate is kept once.
    for (let i = 0; i < 2; i++) expect((await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting).toMatchObject({ position: 1, estimateSeconds: expect.any(Number) });
    const quotes = await baton.database.db.selectFrom('wait_quotes').select(['position', 'estimate_seconds']).where('handoff_id', '=', handoffId).execute();
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.position).toBe(1);
    const [offer] = await until(() => offersOf(billing), (o) => o.length === 1);
    expect((await billing.post(`/v1/agent/offers/${offer.id}/accept`)).status).toBe(200);

    const response = await billing.get('/v1/agent/wait-promises?days=1');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const report = response.body;
    const mine = report.handoffs.find((h: any) => h.handoffId === handoffId);
    expect(mine).toMatchObject({ quotedWaitSeconds: 120, kept: true, requotes: 1 });
    expect(mine.actualWaitSeconds).toBeGreaterThan(0);
    expect(mine.actualWaitSeconds).toBeLessThan(120);
    // Handoffs closed unassigned by earlier tests count as promises not kept.
    expect(report.summary.settled).toBeGreaterThanOrEqual(2);
    expect(report.summary.kept).toBeGreaterThanOrEqual(1);
    expect(report.summary.keptShare).toBeLessThan(1);
    expect((await billing.get('/v1/agent/wait-promises?days=0')).status).toBe(400);
    await billing.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'resolved' });
  });

  it("gives a waiting customer their place in the pass's order, where waiting minutes count (aging)", async () => {
    await usePolicy({ rules: [], agingPerMinute: 10, defaultTarget: { queue: 'billing' } });
    const older = await billingHandoff(baton);
    const newer = await billingHandoff(baton);
    const db = baton.database.db;
    // The older handoff has the lower priority but waited 5 minutes: 50 + 30 (aging, capped) beats 60.
    await db.updateTable('handoffs').set({ priority: 50, created_at: new Date(Date.now() - 5 * 60_000) }).where('conversation_id', '=', older.conversationId).execute();
    await db.updateTable('handoffs').set({ priority: 60 }).where('conversation_id', '=', newer.conversationId).execute();
    const place = async (c: { customer: Client; conversationId: string }) => (await c.customer.get(`/v1/conversations/${c.conversationId}/waiting`)).body.waiting.position;
    expect([await place(older), await place(newer)]).toEqual([1, 2]);
    // Without aging, priority alone decides.
    await usePolicy({ rules: [], agingPerMinute: 0, defaultTarget: { queue: 'billing' } });
    expect([await place(older), await place(newer)]).toEqual([2, 1]);
  });
});

