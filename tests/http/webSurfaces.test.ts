import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/engines.ts';
import { billingHandoff, Client, newCustomer, signedInAgent, SocketClient, startTestBaton, type TestBaton } from '../helpers/testBaton.ts';

// What the widget, console and supervisor view need beyond the handoff API: CSAT after
// resolution, status frames, the summary-view record, the live queues, cross-site calls
// from the widget, and the built pages with their CSP.
describe.each(engines)('the web surfaces\' API on $name', (engine) => {
  let baton: TestBaton;
  let agent: Client;
  let supervisor: Client;
  let workspaceId: string;

  beforeAll(async () => {
    baton = await startTestBaton(engine, { runRouting: false });
    agent = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    supervisor = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
    workspaceId = (await baton.deps.store.workspaces.bySlug('demo'))!.id;
  });
  afterAll(async () => baton?.close());

  const handoffOf = async (conversationId: string) => (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
  const eventsOf = (type: string) =>
    baton.database.db.selectFrom('events').select(['conversation_id', 'handoff_id', 'agent_id', 'payload']).where('workspace_id', '=', workspaceId).where('type', '=', type).orderBy('id').execute();

  it('takes one CSAT answer per resolved conversation, and none before', async () => {
    const { customer, conversationId } = await billingHandoff(baton);
    const path = `/v1/conversations/${conversationId}/csat`;
    expect((await customer.post(path, { score: 5 })).body.error.id).toBe('conversation_not_resolved');
    expect((await customer.get(path)).body).toEqual({ csat: null });

    const handoff = await handoffOf(conversationId);
    expect((await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`, {})).status).toBe(200);
    expect((await agent.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'refunded' })).status).toBe(200);

    for (const bad of [{ score: 0 }, { score: 6 }, { score: '5' }, { score: 4.5 }, { score: 3, comment: 'x'.repeat(2001) }, { score: 3, workspaceId }]) {
      const answer = await customer.post(path, bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.body.error.id).toBe('invalid_request');
    }
    const first = await customer.post(path, { score: 4, comment: '  Quick, <b>kind</b>; my card 4111 1111 1111 1111 was refunded  ' });
    expect(first.status).toBe(201);
    // Kept as written (rendering escapes it), but masked like a message (P1).
    expect(first.body.csat.comment).toMatch(/^Quick, <b>kind<\/b>; my card .* was refunded$/);
    expect(first.body.csat.comment).not.toContain('4111 1111 1111 1111');
    const row = await baton.database.db.selectFrom('csat_responses').select('comment').where('conversation_id', '=', conversationId).executeTakeFirstOrThrow();
    expect(row.comment).toBe(first.body.csat.comment);
    const again = await customer.post(path, { score: 1 });
    expect([again.status, again.body.error.id]).toEqual([409, 'csat_already_given']);
    expect((await customer.get(path)).body.csat).toMatchObject({ score: 4 });
    // The event keeps the score, never the comment's text.
    const [event] = (await eventsOf('csat.submitted')).filter((e) => e.conversation_id === conversationId);
    expect(event?.payload).toEqual({ score: 4, comment: true });
  });

  it('lets the customer end the chat: resolved and ready for CSAT; a handoff still waiting is cancelled, its offer withdrawn', async () => {
    // With the assistant: ended, rated, and ending again changes nothing.
    const calm = await newCustomer(baton.url);
    await calm.customer.post(`/v1/conversations/${calm.conversationId}/messages`, { body: 'How do I download my invoices?' });
    const ended = await calm.customer.post(`/v1/conversations/${calm.conversationId}/end`, {});
    expect([ended.status, ended.body.conversation.status]).toEqual([200, 'resolved']);
    expect((await calm.customer.post(`/v1/conversations/${calm.conversationId}/end`)).body.conversation.status).toBe('resolved');
    expect((await calm.customer.post(`/v1/conversations/${calm.conversationId}/csat`, { score: 5 })).status).toBe(201);
    expect((await calm.customer.post(`/v1/conversations/${calm.conversationId}/messages`, { body: 'one more thing' })).body.error.id).toBe('conversation_resolved');

    // Waiting, with an offer out to an agent: the offer is withdrawn and the handoff cancelled.
    const waiting = await billingHandoff(baton);
    const handoff = await handoffOf(waiting.conversationId);
    // An offer of this handoff alone (a routing pass would offer the other tests' handoffs too).
    const online = await signedInAgent(baton.url, 'billing.two@demo.baton.test');
    const two = await baton.deps.store.agents.byEmail(workspaceId, 'billing.two@demo.baton.test');
    await baton.deps.store.offers.createRounds(workspaceId, [{ roundId: crypto.randomUUID(), handoffId: handoff.id, timeoutSeconds: 60, offers: [{ id: crypto.randomUUID(), agentId: two!.id }] }]);
    const [offer] = (await online.get('/v1/agent/offers')).body.offers;
    expect(offer).toMatchObject({ handoffId: handoff.id });
    expect((await waiting.customer.post(`/v1/conversations/${waiting.conversationId}/end`, {})).status).toBe(200);
    const row = await baton.database.db.selectFrom('handoffs').select(['status', 'close_reason']).where('id', '=', handoff.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'cancelled', close_reason: 'customer_left' });
    expect((await online.get('/v1/agent/offers')).body.offers).toEqual([]);
    expect((await online.post(`/v1/agent/offers/${offer.id}/accept`)).status).toBe(409);
    await online.request('DELETE', '/v1/agent/session');

    // With an agent: the agent closes it.
    const held = await billingHandoff(baton);
    await agent.post(`/v1/agent/handoffs/${(await handoffOf(held.conversationId)).id}/claim`, {});
    const refused = await held.customer.post(`/v1/conversations/${held.conversationId}/end`, {});
    expect([refused.status, refused.body.error.id]).toEqual([409, 'invalid_transition']);
    expect((await held.customer.post(`/v1/conversations/${held.conversationId}/end`, { reason: 'x' })).status).toBe(400);
  });

  it('keeps one customer\'s CSAT out of another\'s reach', async () => {
    const { conversationId } = await newCustomer(baton.url);
    const other = await newCustomer(baton.url);
    const answer = await other.customer.post(`/v1/conversations/${conversationId}/csat`, { score: 5 });
    expect(answer.status).toBe(404);
    expect((await agent.post(`/v1/conversations/${conversationId}/csat`, { score: 5 })).status).toBe(401);
  });

  it('tells sockets following a conversation each status change, and the status on subscribe', async () => {
    const { customer, conversationId } = await billingHandoff(baton);
    const socket = await SocketClient.open(baton.url);
    socket.send({ type: 'auth', customerToken: customer.bearer, conversationId });
    await socket.next((f) => f.type === 'ready');
    socket.send({ type: 'subscribe', conversationId, after: 0 });
    await socket.next((f) => f.type === 'status' && f.status === 'waiting_for_agent');

    const handoff = await handoffOf(conversationId);
    await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`, {});
    await socket.next((f) => f.type === 'status' && f.status === 'with_agent');
    await agent.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'answered' });
    await socket.next((f) => f.type === 'status' && f.status === 'resolved');
    expect(socket.frames.filter((f) => f.type === 'status').map((f) => f.status)).toEqual(['waiting_for_agent', 'with_agent', 'resolved']);
    socket.close();
  });

  it('gives a widget socket (?as=customer) the customer\'s frames only, whatever agent cookie the browser sends', async () => {
    const { customer, conversationId } = await billingHandoff(baton);
    // A staff member's browser on a sibling site: the cookie goes along, the Origin is foreign.
    const refused = SocketClient.open(baton.url, { cookie: supervisor.cookie, origin: 'https://shop.example' });
    await expect(refused).rejects.toThrow(/403/);
    const socket = await SocketClient.open(`${baton.url}?as=customer`, { cookie: supervisor.cookie, origin: 'https://shop.example' });
    socket.send({ type: 'auth', customerToken: customer.bearer, conversationId });
    await socket.next((f) => f.type === 'ready');
    socket.send({ type: 'subscribe', conversationId, after: 0 });
    await socket.next((f) => f.type === 'subscribed');
    // Another handoff changes the waiting list: an agent's socket would hear of it, this one does not.
    const watcher = await SocketClient.open(baton.url, { cookie: supervisor.cookie });
    await watcher.next((f) => f.type === 'ready');
    await billingHandoff(baton);
    await watcher.next((f) => f.type === 'queue');
    expect(socket.frames.filter((f) => f.type === 'ready').map((f) => f.role)).toEqual(['customer']);
    expect(socket.frames.some((f) => f.type === 'queue' || f.type === 'offer')).toBe(false);
    socket.close();
    watcher.close();
  });

  it('records the summary opened, collapsed and dismissed as events, for its own workspace only', async () => {
    const { conversationId } = await billingHandoff(baton);
    const handoff = await handoffOf(conversationId);
    const path = `/v1/agent/handoffs/${handoff.id}/summary`;
    for (const action of ['shown', 'collapsed', 'opened', 'dismissed']) expect((await agent.post(path, { action })).status).toBe(204);
    const events = (await eventsOf('summary.viewed')).filter((e) => e.handoff_id === handoff.id);
    expect(events.map((e) => (e.payload as { action: string }).action)).toEqual(['shown', 'collapsed', 'opened', 'dismissed']);
    expect(events.every((e) => e.conversation_id === conversationId && e.agent_id)).toBe(true);

    expect((await agent.post(path, { action: 'read' })).status).toBe(400);
    expect((await agent.post(path, { action: 'opened', agentId: handoff.id })).status).toBe(400);
    expect((await agent.post(`/v1/agent/handoffs/${crypto.randomUUID()}/summary`, { action: 'opened' })).status).toBe(404);
    expect((await new Client(baton.url).post(path, { action: 'opened' })).status).toBe(401);
  });

  it('shows supervisors the live queues with every agent\'s load; agents get 403', async () => {
    const { conversationId } = await billingHandoff(baton);
    const handoff = await handoffOf(conversationId);
    // Another one that routing put in the `billing` queue (by category): the same queue.
    const routed = await handoffOf((await billingHandoff(baton)).conversationId);
    await baton.deps.store.routing.setQueues(workspaceId, [{ handoffId: routed.id, queue: 'billing' }]);
    await supervisor.request('PUT', '/v1/agent/presence', { presence: 'online' });

    expect((await agent.get('/v1/agent/queues')).body.error.id).toBe('forbidden');
    const live = await supervisor.get('/v1/agent/queues');
    expect(live.status).toBe(200);
    const entries = live.body.queues.flatMap((q: any) => q.waiting.map((w: any) => ({ ...w, queue: q.queue })));
    const mine = entries.find((w: any) => w.handoffId === handoff.id);
    expect(mine).toMatchObject({ conversationId, status: 'pending', path: expect.any(String), sentiment: expect.any(String), priority: handoff.priority });
    expect(mine.waitedSeconds).toBeGreaterThanOrEqual(0);
    expect(live.body.longestWaitSeconds).toBeGreaterThanOrEqual(mine.waitedSeconds);
    expect(live.body.waitingTotal).toBe(entries.length);
    // A queue is named once, by its team's name, whether routing or the escalation set it.
    const names = live.body.queues.map((q: any) => q.queue);
    expect(new Set(names.map((n: string) => n.toLowerCase())).size).toBe(names.length);
    expect(mine.queue).toBe('Billing');
    expect(entries.find((w: any) => w.handoffId === routed.id).queue).toBe('Billing');
    for (const queue of live.body.queues) expect(queue.longestWaitSeconds).toBe(Math.max(...queue.waiting.map((w: any) => w.waitedSeconds)));

    // billing.one holds the conversations claimed above (resolved ones no longer count).
    const held = (await agent.get('/v1/agent/conversations')).body.conversations.length;
    const row = live.body.agents.find((a: any) => a.displayName === 'Billing Agent 1');
    expect(row).toMatchObject({ team: 'Billing', role: 'agent', capacity: 3, load: held });
    expect(live.body.agents.find((a: any) => a.displayName === 'Billing Lead')).toMatchObject({ presence: 'online', role: 'supervisor' });
  });

  it('lets the widget call the customer API from another site, and only that API', async () => {
    const preflight = await fetch(`${baton.url}/v1/conversations`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const started = await fetch(`${baton.url}/v1/conversations`, { method: 'POST', headers: { origin: 'https://shop.example', 'content-type': 'application/json' }, body: '{"workspace":"demo"}' });
    expect([started.status, started.headers.get('access-control-allow-origin')]).toEqual([201, '*']);
    const agentApi = await fetch(`${baton.url}/v1/agent/me`, { headers: { origin: 'https://shop.example' } });
    expect(agentApi.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the widget to any site and the console and sample page under a strict CSP', async () => {
    const widget = await fetch(`${baton.url}/widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toMatch(/javascript/);
    expect(widget.headers.get('access-control-allow-origin')).toBe('*');
    for (const page of ['/console/', '/demo/', '/']) {
      const response = await fetch(baton.url + page);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-security-policy'), page).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'",
      );
    }
    expect(await (await fetch(`${baton.url}/demo/`)).text()).toContain('src="/widget.js"');
  });
});
