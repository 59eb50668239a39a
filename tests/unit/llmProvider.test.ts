import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import type { LlmConfig } from '../../src/core/config.ts';
import { openAiPhraser, type OpenAiPhraserOptions } from '../../src/assistant/llm/openAiPhraser.ts';
import { builtInPhraser } from '../../src/assistant/llm/types.ts';
import { startLlmStandIn, type LlmStandIn, type LlmStandInBehaviour } from '../helpers/llmStandIn.ts';

// Failure modes run with a small timeout; replies that should succeed get room for a loaded CI machine.
const timeoutMs = 200;
const roomyTimeoutMs = 2_000;
const answerDraft = 'Refunds for order 8821 reach your card within 5 business days.';
const answerInput = { question: 'When do I get my refund for order 8821?', draft: answerDraft, language: 'en' };
const intentDraft = 'Disputes a charge on order #8821, 89.99 USD';
const intentInput = {
  transcript: [
    { role: 'customer' as const, text: 'I was charged 89.99 twice for order 8821' },
    { role: 'bot' as const, text: 'Sorry to hear that.' },
  ],
  draft: intentDraft,
};

let llm: LlmStandIn;
beforeAll(async () => {
  llm = await startLlmStandIn();
  // The first fetch of a process loads undici and opens the connection; keep that out of the timings.
  await fetch(`${llm.url}/chat/completions`, { method: 'POST', body: '{}' });
});
afterAll(() => llm.close());
beforeEach(() => {
  llm.requests.length = 0;
  llm.setBehaviour({ kind: 'reply', content: 'OK' });
});

/** A fresh phraser (its own circuit breaker) on the stand-in, collecting the reasons it reports. */
function phraserWith({ config: overrides, ...options }: OpenAiPhraserOptions & { config?: Partial<LlmConfig> } = {}) {
  const reasons: string[] = [];
  const config: LlmConfig = { baseUrl: llm.url, model: 'stand-in-model', timeoutMs: roomyTimeoutMs, ...overrides };
  const phraser = openAiPhraser(config, { onError: (reason) => reasons.push(reason), ...options });
  return { phraser, reasons };
}

describe('openAiPhraser against the stand-in', () => {
  it('phrases an answer and sends an OpenAI chat-completions request', async () => {
    llm.setBehaviour({ kind: 'reply', content: 'Your refund for order 8821 will be back on your card within 5 business days.' });
    const { phraser, reasons } = phraserWith();
    expect(await phraser.phraseAnswer(answerInput)).toBe('Your refund for order 8821 will be back on your card within 5 business days.');
    expect(reasons).toEqual([]);
    const [request] = llm.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.json).toMatchObject({ model: 'stand-in-model', temperature: 0.2, max_tokens: expect.any(Number) });
    const messages = (request?.json as { messages: { role: string; content: string }[] }).messages;
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(messages[1]?.content).toContain(answerDraft);
  });

  it('phrases the intent line', async () => {
    llm.setBehaviour({ kind: 'reply', content: 'Charged twice (89.99 USD) for order #8821; wants one charge refunded' });
    const { phraser } = phraserWith();
    expect(await phraser.phraseIntent(intentInput)).toBe('Charged twice (89.99 USD) for order #8821; wants one charge refunded');
  });

  it('sends the API key as a bearer token', async () => {
    const keyed = await startLlmStandIn({ apiKey: 'sk-test-123', behaviour: { kind: 'reply', content: 'Refunds take 5 business days.' } });
    try {
      const good = openAiPhraser({ baseUrl: keyed.url, model: 'm', apiKey: 'sk-test-123', timeoutMs: roomyTimeoutMs });
      expect(await good.phraseAnswer(answerInput)).toBe('Refunds take 5 business days.');
      expect(keyed.requests[0]?.headers.authorization).toBe('Bearer sk-test-123');
      const reasons: string[] = [];
      const wrong = openAiPhraser({ baseUrl: keyed.url, model: 'm', apiKey: 'sk-wrong', timeoutMs: roomyTimeoutMs }, { onError: (r) => reasons.push(r) });
      expect(await wrong.phraseAnswer(answerInput)).toBe(answerDraft);
      expect(reasons).toEqual(['http_401']);
      expect(reasons.join()).not.toContain('sk-wrong');
    } finally {
      await keyed.close();
    }
  });

  const providerFailures: [string, LlmStandInBehaviour, string][] = [
    ['slower than the timeout', { kind: 'reply', content: 'late', delayMs: 2_000 }, 'timeout'],
    ['hanging forever', { kind: 'hang' }, 'timeout'],
    ['dropping the connection', { kind: 'drop' }, 'network_'],
    ['answering 500', { kind: 'status', status: 500 }, 'http_500'],
    // Retry-After pauses the provider at once, so the second call does not go out.
    ['answering 429 with Retry-After', { kind: 'status', status: 429, retryAfterSeconds: 1 }, 'http_429|circuit_open'],
    ['answering 401', { kind: 'status', status: 401 }, 'http_401'],
    ['answering bad JSON', { kind: 'bad_json' }, 'bad_json'],
    ['answering without choices', { kind: 'raw', body: '{"id":"x","object":"chat.completion","choices":[]}' }, 'no_content'],
    ['answering a null content', { kind: 'raw', body: '{"choices":[{"index":0,"message":{"role":"assistant","content":null}}]}' }, 'no_content'],
  ];
  const refusedReplies: [string, string, 'answer' | 'intent', string][] = [
    ['an empty reply', '   ', 'answer', 'empty'],
    ['an answer over 1200 characters', 'Refunds take 5 business days. '.repeat(50), 'answer', 'too_long'],
    ['an intent over 160 characters', `Disputes a charge on order #8821 ${'and more '.repeat(20)}`, 'intent', 'too_long'],
    ['an intent on two lines', 'Disputes a charge\non order #8821', 'intent', 'multi_line'],
    ['a hallucinated amount', 'Your refund of 120 USD for order 8821 arrives within 5 business days.', 'answer', 'invented_number'],
    ['a hallucinated order id', 'Disputes a charge on order #8812, 89.99 USD', 'intent', 'invented_number'],
    ['an invented placeholder', 'We will email [email-3] within 5 business days.', 'answer', 'unknown_placeholder'],
    ['an HTML tag', 'Refunds take 5 business days <img src=x onerror=alert(1)>', 'answer', 'markup'],
    ['a script', '<script>alert(1)</script>Refunds take 5 business days.', 'answer', 'markup'],
    ['a javascript: link', 'See javascript:alert(1) for order 8821', 'intent', 'markup'],
  ];

  it.each(providerFailures)('falls back to the draft when the provider is %s', async (_name, behaviour, reason) => {
    llm.setBehaviour(behaviour);
    const { phraser, reasons } = phraserWith({ config: { timeoutMs } });
    const started = performance.now();
    expect(await phraser.phraseAnswer(answerInput)).toBe(answerDraft);
    expect(await phraser.phraseIntent(intentInput)).toBe(intentDraft);
    expect(performance.now() - started).toBeLessThan(2 * (timeoutMs + 250));
    expect(reasons).toHaveLength(2);
    const [first, second = first] = reason.split('|');
    expect(reasons[0]?.startsWith(first!)).toBe(true);
    expect(reasons[1]?.startsWith(second!)).toBe(true);
  });

  it.each(refusedReplies)('refuses %s and keeps the draft', async (_name, content, kind, reason) => {
    llm.setBehaviour({ kind: 'reply', content });
    const { phraser, reasons } = phraserWith();
    const result = kind === 'answer' ? await phraser.phraseAnswer(answerInput) : await phraser.phraseIntent(intentInput);
    expect(result).toBe(kind === 'answer' ? answerDraft : intentDraft);
    expect(reasons).toEqual([reason]);
  });

  it('falls back when nothing listens on the port', async () => {
    const port = await freePort();
    const { phraser, reasons } = phraserWith({ config: { baseUrl: `http://127.0.0.1:${port}/v1` } });
    expect(await phraser.phraseAnswer(answerInput)).toBe(answerDraft);
    expect(reasons).toEqual(['connection_refused']);
  });

  it('never throws, even when onError throws or fetch throws synchronously', async () => {
    const throwing = openAiPhraser({ baseUrl: llm.url, model: 'm', timeoutMs }, {
      fetch: () => {
        throw new Error('boom');
      },
      onError: () => {
        throw new Error('logger down');
      },
    });
    expect(await throwing.phraseAnswer(answerInput)).toBe(answerDraft);
  });

  it('restores placeholders the model kept, without sending the originals', async () => {
    llm.setBehaviour({ kind: 'reply', content: 'We will send the refund details for order 8821 to [email-1] within 5 business days.' });
    const { phraser } = phraserWith();
    const reply = await phraser.phraseAnswer({ ...answerInput, question: 'Refund for 8821? Write to me at ann.lee@example.org' });
    expect(reply).toBe('We will send the refund details for order 8821 to ann.lee@example.org within 5 business days.');
    expect(llm.requests[0]?.body).not.toContain('ann.lee@example.org');
  });
});

describe('circuit breaker', () => {
  it('opens after 3 consecutive failures, skips calls for the cool-down, then closes on a good trial', async () => {
    let clock = 0;
    const { phraser, reasons } = phraserWith({ now: () => clock, coolDownMs: 10_000 });
    llm.setBehaviour({ kind: 'status', status: 500 });
    for (let i = 0; i < 3; i++) await phraser.phraseAnswer(answerInput);
    expect(llm.requests).toHaveLength(3);

    const started = performance.now();
    expect(await phraser.phraseAnswer(answerInput)).toBe(answerDraft);
    expect(await phraser.phraseIntent(intentInput)).toBe(intentDraft);
    expect(performance.now() - started).toBeLessThan(50);
    expect(llm.requests).toHaveLength(3);
    expect(reasons).toEqual(['http_500', 'http_500', 'http_500', 'circuit_open', 'circuit_open']);

    clock = 9_999;
    await phraser.phraseAnswer(answerInput);
    expect(llm.requests).toHaveLength(3);

    clock = 10_000;
    llm.setBehaviour({ kind: 'reply', content: 'Refunds take 5 business days.' });
    expect(await phraser.phraseAnswer(answerInput)).toBe('Refunds take 5 business days.');
    expect(await phraser.phraseAnswer(answerInput)).toBe('Refunds take 5 business days.');
    expect(llm.requests).toHaveLength(5);
  });

  it('reopens for another cool-down when the trial call fails', async () => {
    let clock = 0;
    const { phraser } = phraserWith({ now: () => clock, coolDownMs: 1_000, config: { timeoutMs } });
    llm.setBehaviour({ kind: 'hang' });
    for (let i = 0; i < 3; i++) await phraser.phraseIntent(intentInput);
    clock = 1_000;
    await phraser.phraseIntent(intentInput);
    expect(llm.requests).toHaveLength(4);
    await phraser.phraseIntent(intentInput);
    expect(llm.requests).toHaveLength(4);
    clock = 2_000;
    llm.setBehaviour({ kind: 'reply', content: 'Charged twice for order #8821' });
    expect(await phraser.phraseIntent(intentInput)).toBe('Charged twice for order #8821');
  });

  it('honours Retry-After on a 429 at once', async () => {
    let clock = 0;
    const { phraser } = phraserWith({ now: () => clock });
    llm.setBehaviour({ kind: 'status', status: 429, retryAfterSeconds: 2 });
    await phraser.phraseAnswer(answerInput);
    await phraser.phraseAnswer(answerInput);
    expect(llm.requests).toHaveLength(1);
    clock = 2_000;
    await phraser.phraseAnswer(answerInput);
    expect(llm.requests).toHaveLength(2);
  });

  it('does not count a refused reply as a provider failure', async () => {
    const { phraser } = phraserWith({ now: () => 0 });
    llm.setBehaviour({ kind: 'reply', content: 'Refund of 999 USD' });
    for (let i = 0; i < 5; i++) await phraser.phraseAnswer(answerInput);
    expect(llm.requests).toHaveLength(5);
  });
});

describe('personal data in prompts (P2)', () => {
  it('never sends canary PII to the provider', async () => {
    llm.setBehaviour({ kind: 'reply', content: (request) => `Seen ${request.messages.length} messages about order 8821.` });
    const { phraser } = phraserWith();
    const canary = 'My card 4111 1111 1111 1111, email canary.pii@example.com, phone +1 415 555 0134, account 12345678901, order 8821';
    await phraser.phraseAnswer({ question: canary, draft: 'We will call +1 415 555 0134 about order 8821.', language: 'en' });
    await phraser.phraseIntent({ transcript: [{ role: 'customer', text: canary }, { role: 'agent', text: 'Mail me: canary.pii@example.com' }], draft: intentDraft });
    expect(llm.requests).toHaveLength(2);
    for (const { body } of llm.requests) {
      const digits = body.replace(/\D/g, '');
      expect(body).not.toContain('canary.pii@example.com');
      expect(body).not.toMatch(/4111[ -]?1111[ -]?1111[ -]?1111/);
      expect(digits).not.toContain('4111111111111111');
      expect(digits).not.toContain('4155550134');
      expect(digits).not.toContain('12345678901');
      expect(body).toContain('8821');
    }
  });
});

describe('builtInPhraser', () => {
  it('returns the drafts as they are', async () => {
    expect(await builtInPhraser.phraseAnswer(answerInput)).toBe(answerDraft);
    expect(await builtInPhraser.phraseIntent(intentInput)).toBe(intentDraft);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
