import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/engines.ts';
import { newCustomer, signedInAgent, SocketClient, startTestBaton, type TestBaton } from '../helpers/testBaton.ts';

describe('logs at info level', () => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(engines[0]!, { policy: { confidenceThreshold: 0 }, routing: { assignment: 'claim' } });
  });
  afterAll(() => baton?.close());

  it('never contain message text, tokens, cookies or passwords', async () => {
    const canary = 'CANARY-4111 my secret words';
    const { customer, conversationId } = await newCustomer(baton.url);
    await customer.post(`/v1/conversations/${conversationId}/messages?after=${encodeURIComponent(customer.bearer!)}`, { body: canary });
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: `${canary}, let me talk to a human` });
    const agent = await signedInAgent(baton.url);
    const socket = await SocketClient.open(baton.url, { cookie: agent.cookie });
    await socket.next((f) => f.type === 'ready');
    socket.send({ type: 'subscribe', conversationId, after: 0 });
    await socket.next((f) => f.type === 'message' && f.message.seq === 5);
    const handoff = (await agent.get('/v1/agent/handoffs')).body.handoffs[0];
    await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`);
    await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: `agent says ${canary}` });
    socket.close();

    const logs = baton.logs.join('');
    expect(logs).toMatch(/request completed/);
    expect(logs).not.toContain('CANARY');
    expect(logs).not.toContain(customer.bearer!);
    expect(logs).not.toContain(agent.cookie.split('=')[1]!);
    expect(logs).not.toContain('baton-demo');
    expect(logs).not.toMatch(/scrypt\$/);
  });
});
