import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/engines.ts';
import { newCustomer, signedInAgent, SocketClient, startTestBaton, type TestBaton } from '../helpers/testBaton.ts';

describe.each(engines)('a customer reaches a person, end to end, on $name', (engine) => {
  let baton: TestBaton;
  beforeAll(async () => {
    // The loop itself, not the assistant's confidence, is under test here.
    baton = await startTestBaton(engine, { policy: { confidenceThreshold: 0 }, routing: { assignment: 'claim' } });
  });
  afterAll(() => baton?.close());

  it('runs the whole handoff over HTTP and WebSocket', async () => {
    // The customer starts a conversation and follows it live.
    const { customer, conversationId } = await newCustomer(baton.url);
    const customerSocket = await SocketClient.open(baton.url);
    customerSocket.send({ type: 'auth', customerToken: customer.bearer, conversationId });
    await customerSocket.next((f) => f.type === 'ready' && f.role === 'customer');
    customerSocket.send({ type: 'subscribe', conversationId, after: 0 });
    await customerSocket.next((f) => f.type === 'message' && f.message.seq === 1);

    // The assistant answers from the knowledge base.
    const question = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'How do I reset my password?' });
    expect(question.status).toBe(201);
    expect(question.body.message).toMatchObject({ seq: 2, authorKind: 'customer', body: 'How do I reset my password?' });
    expect(question.body.replies).toHaveLength(1);
    expect(question.body.replies[0]).toMatchObject({ seq: 3, authorKind: 'assistant' });
    expect(question.body.replies[0].body).toMatch(/reset your password here/i);

    // An agent is online, watching the queue.
    const agent = await signedInAgent(baton.url);
    const agentSocket = await SocketClient.open(baton.url, { cookie: agent.cookie });
    await agentSocket.next((f) => f.type === 'ready' && f.role === 'agent');

    // Asking for a person creates a handoff at once, with a warm message.
    const ask = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'that did not help, can I talk to a real person?' });
    expect(ask.body.replies[0].body).toMatch(/won't need to repeat/);
    expect((await customer.get(`/v1/conversations/${conversationId}`)).body.status).toBe('waiting_for_agent');
    await agentSocket.next((f) => f.type === 'queue' && f.event === 'handoff.created' && f.conversationId === conversationId);

    const waiting = await agent.get('/v1/agent/handoffs');
    const handoff = waiting.body.handoffs.find((h: any) => h.conversationId === conversationId);
    expect(handoff).toMatchObject({ status: 'pending', decision: { escalate: true, language: 'en', explanation: expect.stringMatching(/asked for a person/) } });
    expect(handoff.decision.triggers).toContainEqual({ type: 'explicit_request', turn: 3, evidence: 'talk to a real person' });

    // The agent takes it; the customer is told who joined.
    const claim = await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`);
    expect(claim.status).toBe(200);
    expect(claim.body.conversation).toMatchObject({ status: 'with_agent', assignedAgentId: expect.any(String) });
    expect(claim.body.handoff).toMatchObject({ status: 'assigned', assignedAt: expect.any(String) });
    const joined = await customerSocket.next((f) => f.type === 'message' && f.message.authorKind === 'system');
    expect(joined.message.body).toMatch(/Billing Agent 1 joined/);

    // The agent reads the history and replies; the customer gets it in real time.
    const history = await agent.get(`/v1/agent/conversations/${conversationId}/messages?after=0`);
    expect(history.body.messages.map((m: any) => m.authorKind)).toEqual(['assistant', 'customer', 'assistant', 'customer', 'assistant', 'system']);
    const reply = await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: 'I see the reset link failed. Let me send a new one.' });
    expect(reply.status).toBe(201);
    const live = await customerSocket.next((f) => f.type === 'message' && f.message.authorKind === 'agent');
    expect(live.message).toMatchObject({ seq: 7, body: 'I see the reset link failed. Let me send a new one.' });

    // The customer answers the person, not the assistant.
    const thanks = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'got it, thanks' });
    expect(thanks.body.replies).toEqual([]);
    await agentSocket.next((f) => f.type === 'queue' && f.event === 'handoff.assigned');

    // The agent resolves; the handoff completes and the conversation closes.
    const resolved = await agent.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'answered' });
    expect(resolved.body.conversation).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    await customerSocket.next((f) => f.type === 'message' && /resolved/.test(f.message.body));
    const closed = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'one more thing' });
    expect(closed.status).toBe(409);
    expect(closed.body.error.id).toBe('conversation_resolved');

    // Every message reached the customer's socket once, in order.
    expect(customerSocket.messages(conversationId).map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    // And the event log tells the story metrics will read.
    const events = await baton.deps.store.events.list((await baton.deps.store.workspaces.bySlug('demo'))!.id, { conversationId });
    // The packet is built in the background after the escalation commits: once, at some point after it.
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'handoff.packet_built')).toHaveLength(1);
    expect(types.indexOf('handoff.packet_built')).toBeGreaterThan(types.indexOf('handoff.created'));
    expect(types.filter((t) => t !== 'handoff.packet_built')).toEqual([
      'conversation.started',
      'message.created',
      'message.created',
      'message.created',
      'message.created',
      'message.created',
      'conversation.status_changed',
      'handoff.created',
      'handoff.assigned',
      'conversation.status_changed',
      'message.created',
      'message.created',
      'message.created',
      'handoff.closed',
      'conversation.status_changed',
      'message.created',
    ]);
    customerSocket.close();
    agentSocket.close();
  });

  it('a reconnecting client asks for what follows its last sequence number and misses nothing', async () => {
    const { customer, conversationId } = await newCustomer(baton.url);
    const first = await SocketClient.open(baton.url);
    first.send({ type: 'auth', customerToken: customer.bearer, conversationId });
    first.send({ type: 'subscribe', conversationId, after: 0 });
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'first question about invoices' });
    await first.next((f) => f.type === 'message' && f.message.seq === 3);
    first.close();
    await first.closed;

    // Offline: more messages happen.
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'second question about my plan' });
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'third question about orders' });

    const second = await SocketClient.open(baton.url);
    second.send({ type: 'auth', customerToken: customer.bearer, conversationId });
    second.send({ type: 'subscribe', conversationId, after: 3 });
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'fourth, while reconnected' });
    await second.next((f) => f.type === 'message' && f.message.seq === 9);
    expect(second.messages(conversationId).map((m) => m.seq)).toEqual([4, 5, 6, 7, 8, 9]);
    second.close();
  });

  it('a retried send with the same clientMessageId is stored once', async () => {
    const { customer, conversationId } = await newCustomer(baton.url);
    const send = () => customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'where is my order?', clientMessageId: 'widget-42' });
    const [a, b] = [await send(), await send()];
    expect(a.body.created).toBe(true);
    expect(b.body).toMatchObject({ created: false, replies: [] });
    expect(b.body.message.id).toBe(a.body.message.id);
    const { body } = await customer.get(`/v1/conversations/${conversationId}/messages`);
    expect(body.messages.filter((m: any) => m.authorKind === 'customer')).toHaveLength(1);
  });

  it('two agents claiming one handoff: exactly one wins', async () => {
    const { customer, conversationId } = await newCustomer(baton.url);
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'I need a human' });
    const [one, two] = await Promise.all([signedInAgent(baton.url, 'tech.one@demo.baton.test'), signedInAgent(baton.url, 'tech.two@demo.baton.test')]);
    const handoff = (await one.get('/v1/agent/handoffs')).body.handoffs.find((h: any) => h.conversationId === conversationId);
    const results = await Promise.all([one.post(`/v1/agent/handoffs/${handoff.id}/claim`), two.post(`/v1/agent/handoffs/${handoff.id}/claim`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.id).toBe('handoff_not_pending');
    const loser = results[0]!.status === 409 ? one : two;
    const reply = await loser.post(`/v1/agent/conversations/${conversationId}/messages`, { body: 'hello' });
    expect(reply.status).toBe(409);
    expect(reply.body.error.id).toBe('conversation_not_with_agent');
  });

  it('hands a conversation back to the assistant, which answers again', async () => {
    const { customer, conversationId } = await newCustomer(baton.url);
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'talk to a person please' });
    const agent = await signedInAgent(baton.url, 'tech.lead@demo.baton.test');
    const handoff = (await agent.get('/v1/agent/handoffs')).body.handoffs.find((h: any) => h.conversationId === conversationId);
    await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`);
    const back = await agent.post(`/v1/agent/conversations/${conversationId}/hand-back`);
    expect(back.body.conversation).toMatchObject({ status: 'with_assistant', assignedAgentId: null });
    const next = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'how do I download invoices' });
    expect(next.body.replies[0]).toMatchObject({ authorKind: 'assistant' });
    expect(next.body.replies[0].body).toMatch(/Invoices/);
    expect((await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff).toBeNull();
  });
});

describe('the warm handoff message', () => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(engines[0]!, { policy: { confidenceThreshold: 0 } });
    // With nobody online the customer hears the no-agent message instead (tests/http/handoffMessages.test.ts).
    await signedInAgent(baton.url);
  });
  afterAll(() => baton?.close());

  it.each([
    ['quiero hablar con una persona, por favor', /no tendrás que repetir nada/],
    ['je voudrais parler à un conseiller humain', /vous n'aurez rien à répéter/],
    ['ich möchte bitte mit einem Menschen sprechen', /nichts wiederholen/],
    ['can I talk to a real person?', /^I'm connecting you with our Billing team\. .*won't need to repeat anything\. Typical wait is under 2 minutes\.$/],
  ])('answers %j in the customer\'s language', async (body, expected) => {
    const { customer, conversationId } = await newCustomer(baton.url);
    const sent = await customer.post(`/v1/conversations/${conversationId}/messages`, { body });
    expect(sent.body.replies[0].body).toMatch(expected);
  });
});
