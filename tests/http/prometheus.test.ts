import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.ts';
import { routeWaitingHandoffs } from '../../src/routing/routeWaitingHandoffs.ts';
import { engines } from '../helpers/engines.ts';
import { billingHandoff, Client, newCustomer, offersOf, signedInAgent, SocketClient, startTestBaton, until, type TestBaton } from '../helpers/testBaton.ts';

/** One sample of a scrape: metric name, labels, value. */
type Sample = { name: string; labels: Record<string, string>; value: number };

/** Parse the Prometheus text format (the samples; comments skipped). */
function parseMetrics(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, key, value] of match[2]?.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g) ?? []) labels[key!] = value!;
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

/** The value of the sample with exactly these labels (among others), or undefined. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string>): number | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

async function scrape(base: string, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string | null; text: string }> {
  const response = await fetch(`${base}/metrics`, { headers });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

describe.each(engines)('operations metrics (GET /metrics) on $name', (engine) => {
  let baton: TestBaton;
  let lead: Client;
  const metrics = async () => {
    const { status, text } = await scrape(baton.url);
    expect(status).toBe(200);
    return parseMetrics(text);
  };

  beforeAll(async () => {
    // Routing runs only when the test runs a pass, so the handoff is seen waiting first.
    baton = await startTestBaton(engine, { runRouting: false });
    lead = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
  });
  afterAll(async () => baton?.close());

  it('follows an escalation through waiting, offer and acceptance, labelled by route pattern, workspace, queue and trigger', async () => {
    const text = 'I was charged twice for my order, I want to talk to a person';
    const { customer, conversationId } = await billingHandoff(baton);
    const workspaceId = (await baton.deps.store.workspaces.bySlug('demo'))!.id;
    const handoffId = (await lead.get(`/v1/agent/conversations/${conversationId}`)).body.handoff.id as string;

    // Waiting, in the queue the supervisor view shows it in.
    const queues = (await lead.get('/v1/agent/queues')).body.queues as { queue: string; waiting: { handoffId: string }[] }[];
    const queue = queues.find((q) => q.waiting.some((w) => w.handoffId === handoffId))!.queue;
    const { status, contentType, text: body } = await scrape(baton.url);
    expect(status).toBe(200);
    expect(contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
    let samples = parseMetrics(body);
    expect(valueOf(samples, 'baton_handoffs_waiting', { workspace: 'demo', queue })).toBe(1);
    expect(valueOf(samples, 'baton_agents_online', { workspace: 'demo' })).toBe(1);

    // The customer's message is timed under the route's pattern, never its URL.
    const posted = samples.filter((s) => s.name === 'baton_http_request_duration_seconds_count' && s.labels.route === '/v1/conversations/:conversationId/messages');
    expect(posted).toEqual([{ name: 'baton_http_request_duration_seconds_count', labels: { method: 'POST', route: '/v1/conversations/:conversationId/messages', status: '201' }, value: 1 }]);
    expect(valueOf(samples, 'baton_http_request_duration_seconds_bucket', { route: '/v1/conversations/:conversationId/messages', le: '+Inf' })).toBe(1);

    // Each trigger of the handoff is counted once, as the stored event names them.
    const created = await baton.database.db.selectFrom('events').select('payload').where('type', '=', 'handoff.created').where('handoff_id', '=', handoffId).executeTakeFirstOrThrow();
    const triggers = (created.payload as { triggers: string[] }).triggers;
    expect(triggers.length).toBeGreaterThan(0);
    for (const trigger of triggers) expect(valueOf(samples, 'baton_handoffs_total', { workspace: 'demo', trigger })).toBe(1);
    expect(valueOf(samples, 'baton_offers_total', { workspace: 'demo', outcome: 'created' })).toBeUndefined();

    // Offered: still waiting (offered counts), one offer created.
    expect(await routeWaitingHandoffs(baton.deps, workspaceId)).toBeGreaterThan(0);
    const [offer] = await offersOf(lead);
    expect(offer.handoffId).toBe(handoffId);
    samples = await metrics();
    expect(valueOf(samples, 'baton_offers_total', { workspace: 'demo', outcome: 'created' })).toBe(1);
    expect(valueOf(samples, 'baton_offers_total', { workspace: 'demo', outcome: 'accepted' })).toBeUndefined();
    expect(valueOf(samples, 'baton_handoffs_waiting', { workspace: 'demo', queue })).toBe(1);

    // Accepted: the queue reads 0 (it does not vanish), one offer accepted.
    expect((await lead.post(`/v1/agent/offers/${offer.id}/accept`)).status).toBe(200);
    samples = await metrics();
    expect(valueOf(samples, 'baton_offers_total', { workspace: 'demo', outcome: 'accepted' })).toBe(1);
    expect(valueOf(samples, 'baton_handoffs_waiting', { workspace: 'demo', queue })).toBe(0);
    expect(valueOf(samples, 'baton_http_request_duration_seconds_count', { method: 'POST', route: '/v1/agent/offers/:offerId/accept', status: '200' })).toBe(1);

    // Labels name routes, workspaces, queues and triggers: never an id, a token, an email or the customer's words (P2).
    const customerId = (await baton.database.db.selectFrom('conversations').select('customer_id').where('id', '=', conversationId).executeTakeFirstOrThrow()).customer_id;
    const values = samples.flatMap((s) => Object.values(s.labels));
    for (const secret of [conversationId, handoffId, offer.id, customerId, workspaceId, customer.bearer!, '@', 'charged twice', text]) {
      expect(values.filter((v) => v.includes(secret)), secret).toEqual([]);
    }
    expect(samples.some((s) => s.name === 'baton_process_cpu_user_seconds_total')).toBe(true);
    expect(samples.some((s) => s.name === 'baton_nodejs_heap_size_used_bytes')).toBe(true);
  });

  it('counts a request no route matched as unmatched, not by its URL', async () => {
    const before = valueOf(await metrics(), 'baton_http_request_duration_seconds_count', { route: 'unmatched', status: '404' }) ?? 0;
    expect((await new Client(baton.url).get('/v1/no-such-route/3f1e2d')).status).toBe(404);
    const samples = await metrics();
    expect(valueOf(samples, 'baton_http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' })).toBe(before + 1);
    expect(samples.filter((s) => Object.values(s.labels).some((v) => v.includes('no-such-route')))).toEqual([]);
  });

  it('counts WebSocket connections by role as they open, identify, move to a customer and close', async () => {
    const sockets = async () => {
      const samples = await metrics();
      return Object.fromEntries(['agent', 'customer', 'anonymous'].map((role) => [role, valueOf(samples, 'baton_websocket_connections', { role })]));
    };
    expect(await sockets()).toEqual({ agent: 0, customer: 0, anonymous: 0 });

    const agentSocket = await SocketClient.open(baton.url, { cookie: lead.cookie });
    await agentSocket.next((f) => f.type === 'ready' && f.role === 'agent');
    const stranger = await SocketClient.open(baton.url);
    await until(sockets, (n) => n.agent === 1 && n.anonymous === 1);

    // An anonymous socket and the agent's socket both authenticate as a customer.
    const { customer, conversationId } = await newCustomer(baton.url);
    for (const socket of [stranger, agentSocket]) {
      socket.send({ type: 'auth', customerToken: customer.bearer, conversationId });
      await socket.next((f) => f.type === 'ready' && f.role === 'customer');
    }
    expect(await sockets()).toEqual({ agent: 0, customer: 2, anonymous: 0 });

    stranger.close();
    agentSocket.close();
    await until(sockets, (n) => n.agent === 0 && n.customer === 0 && n.anonymous === 0);
  });

  it('reads agents online from the database at each scrape', async () => {
    expect(valueOf(await metrics(), 'baton_agents_online', { workspace: 'demo' })).toBe(1);
    const two = await signedInAgent(baton.url, 'billing.two@demo.baton.test');
    expect(valueOf(await metrics(), 'baton_agents_online', { workspace: 'demo' })).toBe(2);
    for (const agent of [lead, two]) expect((await agent.request('PUT', '/v1/agent/presence', { presence: 'away' })).status).toBe(200);
    expect(valueOf(await metrics(), 'baton_agents_online', { workspace: 'demo' })).toBe(0);
  });
});

// Several instances share one PostgreSQL server (PGlite is one process).
describe.each(engines.filter((e) => e.name === 'postgres'))('operations metrics across instances on $name', (engine) => {
  let baton: TestBaton;
  let lead: Client;
  beforeAll(async () => {
    baton = await startTestBaton(engine, { runRouting: false });
    lead = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
  });
  afterAll(async () => baton?.close());

  // Each instance counts the events it committed, so the sum over instances counts each once.
  it('counts an event in the instance that committed it, not in the one that heard it relayed', async () => {
    const other = await startTestBaton(engine, { database: baton.database, runRouting: false });
    try {
      const handoffsIn = async (instance: TestBaton) =>
        parseMetrics((await scrape(instance.url)).text)
          .filter((s) => s.name === 'baton_handoffs_total')
          .reduce((sum, s) => sum + s.value, 0);
      const [hereBefore, thereBefore] = [await handoffsIn(baton), await handoffsIn(other)];
      const listener = await SocketClient.open(other.url, { cookie: lead.cookie });
      await listener.next((f) => f.type === 'ready');
      const { conversationId } = await billingHandoff(baton);
      // The other instance has heard the handoff (relayed) before it is scraped.
      await listener.next((f) => f.type === 'queue' && f.event === 'handoff.created' && f.conversationId === conversationId);
      expect(await handoffsIn(baton)).toBeGreaterThan(hereBefore);
      expect(await handoffsIn(other)).toBe(thereBefore);
      listener.close();
    } finally {
      await other.close();
    }
  });
});

describe('BATON_METRICS_TOKEN', () => {
  const token = 'scrape-token-0123456789abcdef';
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(engines[0]!, { runRouting: false, env: { BATON_METRICS_TOKEN: token } });
  });
  afterAll(async () => baton?.close());

  it('asks every scrape for the bearer token when set', async () => {
    const refused: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-0123456789abcdef' }, { authorization: token }, { authorization: `Bearer ${token}x` }];
    for (const headers of refused) {
      const { status, text } = await scrape(baton.url, headers);
      expect(status, JSON.stringify(headers)).toBe(401);
      expect(JSON.parse(text).error.id).toBe('unauthenticated');
    }
    const { status, text } = await scrape(baton.url, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(parseMetrics(text).some((s) => s.name === 'baton_websocket_connections')).toBe(true);
    // The refused scrapes were timed too, and the token is in no label.
    expect(valueOf(parseMetrics(text), 'baton_http_request_duration_seconds_count', { route: '/metrics', status: '401' })).toBe(4);
    expect(text).not.toContain(token);
  });

  it('refuses a short or spaced token at start-up, naming the setting', () => {
    for (const bad of ['short', 'sixteen chars with spaces']) expect(() => loadConfig({ BATON_METRICS_TOKEN: bad })).toThrow(/BATON_METRICS_TOKEN/);
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ BATON_METRICS_TOKEN: token }).metricsToken).toBe(token);
  });
});
