import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/engines.ts';
import { Client, newCustomer, signedInAgent, startTestBaton, type TestBaton } from '../helpers/testBaton.ts';

const [pglite] = engines;

describe('bad input gets a 4xx with a stable error id, and nothing is written', () => {
  let baton: TestBaton;
  let customer: Client;
  let conversationId: string;
  let agent: Client;
  const unknownId = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    baton = await startTestBaton(pglite!);
    ({ customer, conversationId } = await newCustomer(baton.url));
    agent = await signedInAgent(baton.url);
  });
  afterAll(() => baton?.close());

  const messageCount = async () => (await customer.get(`/v1/conversations/${conversationId}/messages?limit=500`)).body.messages.length;

  describe('POST /v1/conversations', () => {
    it.each([
      [{ workspace: 'demo', extra: 1 }, 'unknown field'],
      [{ workspace: 'demo', workspaceId: 'x' }, 'protected field'],
      [{ workspace: 123 }, 'number for string'],
      [{ workspace: ['demo'] }, 'array for string'],
      [{ workspace: { $ne: null } }, 'operator object'],
      [{}, 'missing workspace'],
      [{ workspace: 'demo', channel: 'fax' }, 'unknown channel'],
      [{ workspace: 'demo', customer: { externalId: 'CUST-29441', signature: 'nothex' } }, 'malformed signature'],
    ])('%j (%s) → 400 invalid_request', async (body, _why) => {
      const response = await new Client(baton.url).post('/v1/conversations', body);
      expect(response.status).toBe(400);
      expect(response.body.error.id).toBe('invalid_request');
      expect(response.body.error.details.length).toBeGreaterThan(0);
    });

    it('unknown workspace → 404', async () => {
      const response = await new Client(baton.url).post('/v1/conversations', { workspace: 'nope' });
      expect([response.status, response.body.error.id]).toEqual([404, 'not_found']);
    });

    it('a known customer without a valid signature → 401 identity_unverified', async () => {
      for (const customerField of [{ externalId: 'CUST-29441' }, { externalId: 'CUST-29441', signature: 'a'.repeat(64) }]) {
        const response = await new Client(baton.url).post('/v1/conversations', { workspace: 'demo', customer: customerField });
        expect([response.status, response.body.error.id]).toEqual([401, 'identity_unverified']);
      }
    });
  });

  describe('POST /v1/conversations/:id/messages', () => {
    const path = () => `/v1/conversations/${conversationId}/messages`;

    it.each([
      [{ body: 'x'.repeat(4001) }, 'maxLength'],
      [{ body: '' }, 'minLength'],
      [{ body: '   \n ' }, 'pattern'],
      [{}, 'required'],
      [{ body: 'hi', authorKind: 'agent' }, 'additionalProperties'],
      [{ body: 'hi', workspaceId: 'x' }, 'additionalProperties'],
      [{ body: 'hi', status: 'resolved' }, 'additionalProperties'],
      [{ body: ['hi'] }, 'type'],
      [{ body: { $ne: null } }, 'type'],
      [{ body: 'hi', clientMessageId: 7 }, 'type'],
    ])('a body breaking %$ → 400', async (body, rule) => {
      const before = await messageCount();
      const response = await customer.post(path(), body);
      expect(response.status).toBe(400);
      expect(response.body.error.id).toBe('invalid_request');
      expect(response.body.error.details.map((d: any) => d.rule)).toContain(rule);
      expect(await messageCount()).toBe(before);
    });

    it('accepts exactly 4,000 characters', async () => {
      expect((await customer.post(path(), { body: 'y'.repeat(4000) })).status).toBe(201);
    });

    it('prototype pollution → 400, and nothing is polluted', async () => {
      const response = await customer.request('POST', path(), '{"body":"hi","__proto__":{"polluted":true}}');
      expect(response.status).toBe(400);
      expect(({} as any).polluted).toBeUndefined();
      const constructor = await customer.request('POST', path(), '{"body":"hi","constructor":{"prototype":{"polluted":true}}}');
      expect(constructor.status).toBe(400);
    });

    it('malformed JSON → 400; not JSON → 415; over 64 KiB → 413', async () => {
      expect((await customer.request('POST', path(), '{"body": "hi"')).body.error.id).toBe('invalid_request');
      const text = await customer.request('POST', path(), 'hello', { 'content-type': 'text/plain' });
      expect([text.status, text.body.error.id]).toEqual([415, 'unsupported_media_type']);
      const huge = await customer.request('POST', path(), JSON.stringify({ body: 'z'.repeat(70_000) }));
      expect([huge.status, huge.body.error.id]).toEqual([413, 'payload_too_large']);
    });

    it('no token → 401; a wrong token → 401; a malformed id → 400; another conversation → 404', async () => {
      expect((await new Client(baton.url).post(path(), { body: 'hi' })).body.error.id).toBe('unauthenticated');
      expect((await new Client(baton.url, 'forged').post(path(), { body: 'hi' })).status).toBe(401);
      expect((await customer.post('/v1/conversations/not-a-uuid/messages', { body: 'hi' })).status).toBe(400);
      const { conversationId: otherConversation } = await newCustomer(baton.url);
      const response = await customer.post(`/v1/conversations/${otherConversation}/messages`, { body: 'hi' });
      expect([response.status, response.body.error.id]).toEqual([404, 'not_found']);
      expect((await customer.get(`/v1/conversations/${otherConversation}/messages`)).status).toBe(404);
    });
  });

  describe('GET /v1/conversations/:id/messages', () => {
    it.each(['after=abc', 'after=-1', 'after=1.5', 'limit=x', 'sort=desc'])('?%s → 400', async (query) => {
      const response = await customer.get(`/v1/conversations/${conversationId}/messages?${query}`);
      expect([response.status, response.body.error.id]).toEqual([400, 'invalid_request']);
    });
  });

  describe('agent routes', () => {
    it.each([
      ['GET', '/v1/agent/me'],
      ['GET', '/v1/agent/handoffs'],
      ['GET', '/v1/agent/conversations'],
      ['POST', `/v1/agent/handoffs/${unknownId}/claim`],
      ['POST', `/v1/agent/conversations/${unknownId}/messages`],
      ['DELETE', '/v1/agent/session'],
    ])('%s %s without a session, or with a customer token → 401', async (method, path) => {
      const body = method === 'POST' ? { body: 'x' } : undefined;
      expect((await new Client(baton.url).request(method, path, body)).status).toBe(401);
      const response = await customer.request(method, path, body);
      expect([response.status, response.body.error.id]).toEqual([401, 'unauthenticated']);
    });

    it('unknown ids → 404; malformed ids → 400', async () => {
      expect((await agent.post(`/v1/agent/handoffs/${unknownId}/claim`)).status).toBe(404);
      expect((await agent.get(`/v1/agent/conversations/${unknownId}`)).status).toBe(404);
      expect((await agent.post(`/v1/agent/conversations/${unknownId}/messages`, { body: 'x' })).status).toBe(404);
      expect((await agent.post('/v1/agent/handoffs/123/claim')).status).toBe(400);
    });

    it('bad bodies → 400', async () => {
      expect((await agent.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'Not A Slug!' })).status).toBe(400);
      expect((await agent.post(`/v1/agent/conversations/${conversationId}/resolve`, {})).status).toBe(400);
      expect((await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: 'x', authorAgentId: unknownId })).status).toBe(400);
      expect((await agent.post('/v1/agent/session', { workspace: 'demo', email: 'a@b.c', password: 'x', role: 'admin' })).status).toBe(400);
    });

    it('replying in a conversation not assigned to me → 409 and nothing stored', async () => {
      const before = await messageCount();
      const response = await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: 'not mine' });
      expect([response.status, response.body.error.id]).toEqual([409, 'conversation_not_with_agent']);
      expect(await messageCount()).toBe(before);
    });
  });

  it('unknown routes → 404 not_found', async () => {
    const response = await new Client(baton.url).get('/v1/nothing-here');
    expect([response.status, response.body.error.id]).toEqual([404, 'not_found']);
  });

  it('serves an OpenAPI document with every route and its schema', async () => {
    const { status, body } = await new Client(baton.url).get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/conversations',
        '/v1/conversations/{conversationId}/messages',
        '/v1/agent/session',
        '/v1/agent/handoffs/{handoffId}/claim',
        '/v1/agent/conversations/{conversationId}/resolve',
      ]),
    );
    const send = body.paths['/v1/conversations/{conversationId}/messages'].post;
    expect(send.requestBody.content['application/json'].schema.properties.body.maxLength).toBe(4000);
    expect(body.components.schemas).toHaveProperty('Message');
  });
});

describe('secrets are masked before storage (P1)', () => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(pglite!, { policy: { confidenceThreshold: 0 }, routing: { assignment: 'claim' } });
  });
  afterAll(() => baton?.close());

  it('a card number, security code and password never reach the database; order ids and phones do', async () => {
    const { customer, conversationId } = await newCustomer(baton.url);
    const sent = await customer.post(`/v1/conversations/${conversationId}/messages`, {
      body: 'order #8821: card 4111 1111 1111 1111, cvv 737, password: hunter2; call +1 415 555 0132',
    });
    expect(sent.body.message.body).toBe('order #8821: card [card •••• 1111], cvv [•••], password: [hidden] call +1 415 555 0132');
    const agentSide = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'I want a human' });
    expect(agentSide.status).toBe(201);
    const agent = await signedInAgent(baton.url, 'tech.two@demo.baton.test');
    const handoff = (await agent.get('/v1/agent/handoffs')).body.handoffs.find((h: any) => h.conversationId === conversationId);
    await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`);
    await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: 'Please confirm the card 5500 0055 5555 5559?' });
    const rows = await baton.database.db.selectFrom('messages').select('body').where('conversation_id', '=', conversationId).execute();
    const stored = rows.map((r) => r.body).join('\n');
    for (const secret of ['4111 1111 1111 1111', '737', 'hunter2', '5500 0055 5555 5559']) expect(stored).not.toContain(secret);
    expect(stored).toContain('#8821');
    expect(stored).toContain('+1 415 555 0132');
    expect(stored).toContain('[card •••• 5559]');
  });
});
