import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/core/deps.ts';
import { DomainError } from '../../src/core/errors.ts';
import { acceptOffer } from '../../src/routing/acceptOffer.ts';
import { routeWaitingHandoffs } from '../../src/routing/routeWaitingHandoffs.ts';
import { defaultRoutingPolicy } from '../../src/routing/policy/routingPolicy.ts';
import { engines } from '../helpers/engines.ts';
import { agentRoster, billingHandoff, offersOf, startTestBaton, until, type TestBaton } from '../helpers/testBaton.ts';

describe.each(engines)('offer rounds on $name', (engine) => {
  let baton: TestBaton;
  let workspaceId: string;
  const roster = agentRoster(() => baton.url);
  const agent = roster.signIn;
  const handoffRow = (id: string) =>
    baton.database.db.selectFrom('handoffs').select(['status', 'priority', 'assigned_agent_id']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    baton = await startTestBaton(engine);
    workspaceId = (await baton.deps.store.workspaces.bySlug('demo'))!.id;
  });
  afterEach(async () => {
    await roster.signOutAll();
  });
  afterAll(() => baton?.close());

  it('offers one round to two agents at once; one declining leaves the other offer standing, and the round ends with the accept', async () => {
    await baton.deps.store.routing.setPolicy(workspaceId, { ...defaultRoutingPolicy, rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 }, simultaneousOffers: 2 } });
    const one = await agent('billing.one@demo.baton.test');
    const two = await agent('billing.two@demo.baton.test');
    await billingHandoff(baton);
    const [a] = await until(() => offersOf(one), (o) => o.length === 1);
    const [b] = await until(() => offersOf(two), (o) => o.length === 1);
    expect(a.handoffId).toBe(b.handoffId);
    expect((await one.post(`/v1/agent/offers/${a.id}/decline`)).status).toBe(204);
    // The round is still open with the other offer: a routing pass does not offer the handoff again.
    expect(await routeWaitingHandoffs(baton.deps, workspaceId)).toBe(0);
    expect((await handoffRow(a.handoffId)).status).toBe('offered');
    expect((await offersOf(two)).map((o) => o.id)).toEqual([b.id]);
    expect((await two.post(`/v1/agent/offers/${b.id}/accept`)).status).toBe(200);
    const handoff = await handoffRow(a.handoffId);
    expect(handoff).toMatchObject({ status: 'assigned', assigned_agent_id: b.agentId });
    const rounds = await baton.database.db.selectFrom('offer_rounds').select('open').where('handoff_id', '=', a.handoffId).execute();
    expect(rounds).toEqual([{ open: false }]);
  });

  it('refuses, in the database, to close a round while one of its offers waits, and a second open round for a handoff', async () => {
    await baton.deps.store.routing.setPolicy(workspaceId, { ...defaultRoutingPolicy, rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 }, offerTimeoutSeconds: 600 } });
    const one = await agent('billing.one@demo.baton.test');
    await billingHandoff(baton);
    const [offer] = await until(() => offersOf(one), (o) => o.length === 1);
    const db = baton.database.db;
    await expect(db.updateTable('offer_rounds').set({ open: false }).where('handoff_id', '=', offer.handoffId).execute()).rejects.toThrow(/offers_in_open_round/);
    await expect(
      db.insertInto('offer_rounds').values({ workspace_id: workspaceId, id: crypto.randomUUID(), handoff_id: offer.handoffId }).execute(),
    ).rejects.toThrow(/offer_rounds_one_open_per_handoff/);
    expect((await one.post(`/v1/agent/offers/${offer.id}/decline`)).status).toBe(204);
  });

  it('withdraws the offer and requeues the handoff at its priority when joining the conversation fails after the accept (R9)', async () => {
    await baton.deps.store.routing.setPolicy(workspaceId, { ...defaultRoutingPolicy, rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 }, offerTimeoutSeconds: 600 } });
    const one = await agent('billing.one@demo.baton.test');
    const { conversationId } = await billingHandoff(baton);
    const [offer] = await until(() => offersOf(one), (o) => o.length === 1);
    const before = await handoffRow(offer.handoffId);
    // The same Baton, except that joining the conversation fails inside the accept's transaction.
    const store = baton.deps.store;
    const failing: Deps = {
      ...baton.deps,
      store: { ...store, transaction: (work) => store.transaction((tx) => work({ ...tx, conversations: { ...tx.conversations, setStatus: async () => undefined } })) },
    };
    const me = (await store.agents.byEmail(workspaceId, 'billing.one@demo.baton.test'))!;
    const error = await acceptOffer(failing, me, offer.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).id).toBe('join_failed');
    // Nothing half-assigned: the offer is withdrawn, the handoff waits at its priority, the
    // conversation still waits, and nobody joined.
    const row = await baton.database.db.selectFrom('offers').select(['status', 'reason']).where('id', '=', offer.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'rescinded', reason: 'joining the conversation failed' });
    const after = await handoffRow(offer.handoffId);
    expect(after.priority).toBe(before.priority);
    expect(after.assigned_agent_id).toBeNull();
    // pending, or already offered again by the routing loop
    expect(['pending', 'offered']).toContain(after.status);
    const conversation = (await one.get(`/v1/agent/conversations/${conversationId}`)).body;
    expect(conversation.conversation?.status ?? conversation.status).toBe('waiting_for_agent');
    // Back in the queue, it is offered again (here to the same agent, the only one online), and the real accept works.
    const [again] = await until(() => offersOf(one), (o) => o.length === 1 && o[0].id !== offer.id);
    expect((await one.post(`/v1/agent/offers/${again.id}/accept`)).status).toBe(200);
  });
});
