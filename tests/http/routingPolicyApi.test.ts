import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeWaitingHandoffs } from '../../src/routing/routeWaitingHandoffs.ts';
import { defaultRoutingPolicy, type RoutingPolicy } from '../../src/routing/policy/routingPolicy.ts';
import { engines } from '../helpers/engines.ts';
import { Client, newCustomer, signedInAgent, startTestBaton, until, type TestBaton } from '../helpers/testBaton.ts';

// tech.lead is a supervisor without the billing skill, so it is never offered the billing
// handoffs below; billing.one is a plain agent with billing level 3.
const supervisorEmail = 'tech.lead@demo.baton.test';
const agentEmail = 'billing.one@demo.baton.test';

/** A policy that uses every field, so a round trip shows the response schema drops none. */
const everyField: RoutingPolicy = {
  assignment: 'offers',
  rules: [
    {
      name: 'vip',
      when: { categories: ['billing'], tiers: ['platinum'], languages: ['pt-BR'], triggers: ['topic', 'sentiment'], minPriority: 10, maxPriority: 89 },
      target: { queue: 'vip', requiredSkills: { billing: 2 }, optionalSkills: { billing: 4, 'refunds.eu': 1 }, priorityBoost: -5, offerTimeoutSeconds: 45, relaxOptionalAfterSeconds: 0, simultaneousOffers: 2 },
    },
  ],
  defaultTarget: { queue: 'general', requiredSkills: {}, offerTimeoutSeconds: 20 },
  fallback: { kind: 'overflow_queue', queue: 'general' },
  maxOffers: 3,
  handoffTtlSeconds: 600,
  agingPerMinute: 0.5,
  strategy: 'least_busy',
};

/** The example of docs/ROUTING.md ("Validation"): six problems at once. */
const invalid = {
  assignment: 'push',
  maxOffers: 0,
  fallback: { kind: 'overflow_queue' },
  rules: [{ name: 'vip', when: { minPriority: 80, maxPriority: 20 }, target: { queue: 'billing', requiredSkills: { billing: 3 }, optionalSkills: { billing: 2 }, simultaneousOffers: 9 } }],
};

describe.each(engines)('the routing policy over HTTP on $name', (engine) => {
  let baton: TestBaton;
  let supervisor: Client;
  let agent: Client;
  let workspaceId: string;

  const put = (client: Client, body: unknown) => client.request('PUT', '/v1/agent/routing-policy', body);
  const storedColumn = async () =>
    (await baton.database.db.selectFrom('workspaces').select('routing_policy').where('id', '=', workspaceId).executeTakeFirstOrThrow()).routing_policy;
  const changeEvents = () =>
    baton.database.db.selectFrom('events').select(['agent_id', 'payload']).where('workspace_id', '=', workspaceId).where('type', '=', 'routing_policy.changed').orderBy('id').execute();
  const routePass = () => routeWaitingHandoffs(baton.deps, workspaceId);
  const offersOf = async (client: Client): Promise<any[]> => (await client.get('/v1/agent/offers')).body.offers;
  /** A customer who disputes a charge and asks for a person: a billing handoff. */
  const billingHandoff = async () => {
    const { customer, conversationId } = await newCustomer(baton.url);
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'I was charged twice for my order, I want to talk to a person' });
    const handoff = (await supervisor.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
    expect(handoff).toMatchObject({ status: 'pending' });
    return handoff.id as string;
  };

  beforeAll(async () => {
    baton = await startTestBaton(engine);
    workspaceId = (await baton.deps.store.workspaces.bySlug('demo'))!.id;
    supervisor = await signedInAgent(baton.url, supervisorEmail);
    agent = await signedInAgent(baton.url, agentEmail);
  });
  afterAll(() => baton?.close());

  it('any signed-in agent reads it, with the defaults filled in; without a session → 401', async () => {
    for (const client of [agent, supervisor]) {
      const { status, body } = await client.get('/v1/agent/routing-policy');
      expect(status).toBe(200);
      expect(body).toEqual({ policy: defaultRoutingPolicy });
    }
    for (const method of ['GET', 'PUT']) {
      const response = await new Client(baton.url).request(method, '/v1/agent/routing-policy', method === 'PUT' ? {} : undefined);
      expect([response.status, response.body.error.id]).toEqual([401, 'unauthenticated']);
    }
  });

  it('a plain agent may not change it: 403 forbidden, nothing stored', async () => {
    for (const body of [{ assignment: 'claim' }, invalid]) {
      const refused = await put(agent, body);
      expect([refused.status, refused.body.error.id]).toEqual([403, 'forbidden']);
    }
    expect(await storedColumn()).toEqual({});
    expect(await changeEvents()).toEqual([]);
    expect((await agent.get('/v1/agent/routing-policy')).body.policy).toEqual(defaultRoutingPolicy);
  });

  it('an invalid policy → 400 invalid_request listing every problem; the previous policy remains', async () => {
    const before = await put(supervisor, { maxOffers: 3 });
    expect(before.status).toBe(200);
    const kept = await storedColumn();

    const rejected = await put(supervisor, invalid);
    expect([rejected.status, rejected.body.error.id]).toEqual([400, 'invalid_request']);
    expect(rejected.body.error.details).toHaveLength(6);
    expect(rejected.body.error.details).toEqual(
      expect.arrayContaining([
        '/fallback/queue is required',
        '/assignment must be one of offers, claim',
        '/maxOffers must be >= 1',
        '/rules/0/when/minPriority must be <= maxPriority (20)',
        '/rules/0/target/optionalSkills/billing must be above the required level 3',
        '/rules/0/target/simultaneousOffers must be <= maxOffers (0)',
      ]),
    );
    // Unknown fields and a body that is not an object are refused too.
    const unknown = await put(supervisor, { colour: 'red', defaultTarget: { queue: 'general', colour: 'blue' } });
    expect([unknown.status, unknown.body.error.id, unknown.body.error.details]).toEqual([
      400,
      'invalid_request',
      expect.arrayContaining(['/colour is not a known field', '/defaultTarget/colour is not a known field']),
    ]);
    const notAnObject = await put(supervisor, [{ maxOffers: 3 }]);
    expect([notAnObject.status, notAnObject.body.error.id]).toEqual([400, 'invalid_request']);

    expect(await storedColumn()).toEqual(kept);
    expect((await changeEvents()).length).toBe(1);
    expect((await agent.get('/v1/agent/routing-policy')).body.policy).toEqual({ ...defaultRoutingPolicy, maxOffers: 3 });
  });

  it('a valid policy → 200 with the defaults filled in, shown by the next GET and recorded as an event', async () => {
    const eventsBefore = (await changeEvents()).length;
    const partial = await put(supervisor, { strategy: 'least_busy', fallback: { kind: 'overflow_queue', queue: 'general' } });
    expect(partial.status).toBe(200);
    // Omitted fields take their defaults (maxOffers 3 from before is not kept: the PUT replaces).
    expect(partial.body.policy).toEqual({ ...defaultRoutingPolicy, strategy: 'least_busy', fallback: { kind: 'overflow_queue', queue: 'general' } });

    const full = await put(supervisor, everyField);
    expect([full.status, full.body.policy]).toEqual([200, everyField]);
    expect((await agent.get('/v1/agent/routing-policy')).body.policy).toEqual(everyField);

    const supervisorId = (await supervisor.get('/v1/agent/me')).body.agent.id;
    const events = (await changeEvents()).slice(eventsBefore);
    expect(events).toHaveLength(2);
    expect(events[1]).toEqual({ agent_id: supervisorId, payload: { policy: everyField } });

    // An empty policy puts the defaults back.
    expect((await put(supervisor, {})).body.policy).toEqual(defaultRoutingPolicy);
    expect((await agent.get('/v1/agent/routing-policy')).body.policy).toEqual(defaultRoutingPolicy);
  });

  it('takes effect on the next routing pass', async () => {
    const billingOnly = (level: number) => ({ rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: level } } });
    // billing.one (level 3) lacks the skill level: nobody online is offered the handoff.
    expect((await put(supervisor, billingOnly(4))).status).toBe(200);
    const first = await billingHandoff();
    await routePass(); // a real pass: had it anything to offer, it would offer it now
    expect(await offersOf(agent)).toEqual([]);
    expect(await offersOf(supervisor)).toEqual([]);

    // Level 3 is enough now: the next pass offers the waiting handoff to billing.one.
    expect((await put(supervisor, billingOnly(3))).status).toBe(200);
    await routePass();
    const [offer] = await until(() => offersOf(agent), (o) => o.length === 1);
    expect(offer.handoffId).toBe(first);

    // Claim mode: a new handoff is not offered to anyone; it waits on the list for a claim.
    expect((await put(supervisor, { ...billingOnly(3), assignment: 'claim' })).status).toBe(200);
    const second = await billingHandoff();
    expect(await routePass()).toBe(0);
    expect((await offersOf(agent)).map((o) => o.handoffId)).toEqual([first]);
    const offered = await baton.database.db.selectFrom('offers').select('id').where('handoff_id', '=', second).execute();
    expect(offered).toEqual([]);
    const waiting = (await agent.get('/v1/agent/handoffs')).body.handoffs;
    expect(waiting.map((h: any) => h.id)).toContain(second);
  });

  it('is published in OpenAPI', async () => {
    const { body } = await new Client(baton.url).get('/openapi.json');
    const path = body.paths['/v1/agent/routing-policy'];
    expect(Object.keys(path).sort()).toEqual(['get', 'put']);
    expect(Object.keys(path.put.responses).sort()).toEqual(['200', '400', '401', '403']);
  });
});
