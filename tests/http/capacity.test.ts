import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cryptoIds } from '../../src/core/secrets.ts';
import { defaultRoutingPolicy } from '../../src/routing/policy/routingPolicy.ts';
import { routeWaitingHandoffs } from '../../src/routing/routeWaitingHandoffs.ts';
import { engines } from '../helpers/engines.ts';
import { testDecision, testDeps } from '../helpers/fixtures.ts';
import { newCustomer, signedInAgent, startTestBaton, type TestBaton } from '../helpers/testBaton.ts';

// Real concurrency needs several backends: PostgreSQL only (PGlite runs one statement at a time).
describe.each(engines.filter((e) => e.name === 'postgres'))('capacity under concurrent routing on $name', (engine) => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(engine, { runRouting: false });
  });
  afterAll(() => baton?.close());

  it('never lets an agent with capacity 2 hold 3 conversations, under 50 concurrent routing passes and accepts (R8)', async () => {
    const ws = (await baton.deps.store.workspaces.bySlug('demo'))!.id;
    const db = baton.database.db;
    await baton.deps.store.routing.setPolicy(ws, { ...defaultRoutingPolicy, rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 2 }, simultaneousOffers: 3 } });
    await db.updateTable('agents').set({ capacity: 2 }).where('email', '=', 'billing.one@demo.baton.test').execute();
    const agent = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    const agentId = (await agent.get('/v1/agent/me')).body.agent.id;
    for (let i = 0; i < 50; i++) {
      const { conversationId } = await newCustomer(baton.url);
      await db.updateTable('conversations').set({ status: 'waiting_for_agent' }).where('id', '=', conversationId).execute();
      await baton.deps.store.handoffs.create(ws, { id: randomUUID(), conversationId, priority: 50, decision: { ...testDecision, topic: 'billing_dispute' } });
    }
    let maxHeld = 0;
    let maxLoad = 0;
    const sample = async () => {
      const held = await db.selectFrom('conversations').select((eb) => eb.fn.countAll<string>().as('n')).where('assigned_agent_id', '=', agentId).where('status', '=', 'with_agent').executeTakeFirstOrThrow();
      const pending = await db.selectFrom('offers').select((eb) => eb.fn.countAll<string>().as('n')).where('agent_id', '=', agentId).where('status', '=', 'pending').executeTakeFirstOrThrow();
      maxHeld = Math.max(maxHeld, Number(held.n));
      maxLoad = Math.max(maxLoad, Number(held.n) + Number(pending.n));
    };
    // 50 passes race one another (on the pool's connections) and the agent's accepts.
    const passes = Array.from({ length: 50 }, () => routeWaitingHandoffs({ ...testDeps(db, baton.deps.analyzers), ids: cryptoIds }, ws).catch(() => 0));
    const accepts = (async () => {
      for (let round = 0; round < 30; round++) {
        const offers = (await agent.get('/v1/agent/offers')).body.offers as { id: string }[];
        await Promise.all(offers.map((o) => agent.post(`/v1/agent/offers/${o.id}/accept`)));
        await sample();
      }
    })();
    await Promise.all([...passes, accepts]);
    await sample();
    expect(maxHeld).toBe(2);
    expect(maxLoad).toBeLessThanOrEqual(2);
    const accepted = await db.selectFrom('offers').select('handoff_id').where('agent_id', '=', agentId).where('status', '=', 'accepted').execute();
    expect(accepted).toHaveLength(2);
    const assigned = await db.selectFrom('handoffs').select('id').where('assigned_agent_id', '=', agentId).execute();
    expect(assigned.map((a) => a.id).sort()).toEqual(accepted.map((a) => a.handoff_id).sort());
  });
});
