import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/engines.ts';
import { startLlmStandIn, type LlmStandIn } from '../helpers/llmStandIn.ts';
import { newCustomer, signedInAgent, startTestBaton, verifiedCustomer, type Client, type TestBaton } from '../helpers/testBaton.ts';

describe('an OpenAI-compatible LLM phrasing answers and the intent line', () => {
  let baton: TestBaton;
  let llm: LlmStandIn;
  let agent: Client;
  beforeAll(async () => {
    llm = await startLlmStandIn({ apiKey: 'test-key' });
    baton = await startTestBaton(engines[0]!, { env: { BATON_LLM_URL: llm.url, BATON_LLM_KEY: 'test-key', BATON_LLM_MODEL: 'stand-in-1', BATON_LLM_TIMEOUT_MS: '400' } });
    agent = await signedInAgent(baton.url);
  });
  afterAll(async () => {
    await baton?.close();
    await llm?.close();
  });

  it('phrases an answer; a slow, failing or inventive provider falls back to the built-in text', async () => {
    const phrased = 'You will find every invoice under Billing, then Invoices: download each as a PDF, or have them emailed to you monthly.';
    llm.setBehaviour({ kind: 'reply', content: phrased });
    const { customer, conversationId } = await newCustomer(baton.url);
    const ask = (body: string) => customer.post(`/v1/conversations/${conversationId}/messages`, { body }).then((r) => r.body.replies[0].body as string);
    expect(await ask('how do I download my invoices?')).toBe(phrased);
    const sent = llm.requests.at(-1)!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer test-key');
    expect(sent.json).toMatchObject({ model: 'stand-in-1' });

    for (const behaviour of [{ kind: 'hang' as const }, { kind: 'status' as const, status: 500 }, { kind: 'reply' as const, content: 'Refunds take 45 days and cost $20.' }]) {
      llm.setBehaviour(behaviour);
      const fresh = await newCustomer(baton.url);
      const started = Date.now();
      const reply = await fresh.customer.post(`/v1/conversations/${fresh.conversationId}/messages`, { body: 'where can I download my invoices?' });
      expect(reply.body.replies[0].body).toMatch(/^Download invoices: Every invoice is under Billing/);
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });

  it('never blocks a handoff, and never sees card numbers, emails or phone numbers', async () => {
    llm.setBehaviour({ kind: 'hang' });
    const { customer, conversationId } = await verifiedCustomer(baton, 'CUST-29441');
    const before = llm.requests.length;
    const started = Date.now();
    const sent = await customer.post(`/v1/conversations/${conversationId}/messages`, {
      body: 'My card 4111 1111 1111 1111 was charged twice for order 8821; mail canary.pii@example.com or call +1 415 555 0134. I want a human.',
    });
    expect(sent.body.replies[0].body).toMatch(/connecting you/);
    const handoff = (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
    const { packet } = (await agent.get(`/v1/agent/handoffs/${handoff.id}/packet`)).body;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(packet.intent.line).toMatch(/8821/);
    const prompts = llm.requests.slice(before).map((r) => r.body).join('\n');
    expect(prompts).not.toMatch(/4111|canary\.pii@example\.com|555 0134/);
  });
});
