import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzers } from '../../src/analysis/analyzeConversation.ts';
import { assessConversation, type AssessResult } from '../../src/assess/assessConversation.ts';
import { defaultPolicy, parsePolicy, type EscalationPolicy } from '../../src/policy/escalationPolicy.ts';
import { testAnalyzers } from '../helpers/fixtures.ts';

let analyzers: Analyzers;
beforeAll(async () => {
  analyzers = await testAnalyzers();
});

type Line = { id?: unknown; customer?: { tier?: string }; turns: { role: string; text: string; confidence?: number }[] };
const assess = (line: Line, policy: EscalationPolicy = defaultPolicy) =>
  assessConversation(JSON.stringify({ id: 'c', ...line }), analyzers, policy) as Extract<AssessResult, { escalate: boolean }>;
const customer = (text: string) => ({ role: 'customer', text });
const bot = (text: string, confidence?: number) => ({ role: 'bot', text, ...(confidence !== undefined && { confidence }) });

describe('the escalation decision', () => {
  it('escalates on a bot confidence strictly below the threshold, at that bot turn', () => {
    expect(assess({ turns: [customer('can I change my delivery address'), bot('Maybe this helps?', 0.64)] })).toMatchObject({ escalate: true, turn: 1, triggers: ['confidence'] });
    expect(assess({ turns: [customer('can I change my delivery address'), bot('Here is how.', 0.65)] })).toMatchObject({ escalate: false, turn: null, triggers: [] });
    expect(assess({ turns: [customer('can I change my delivery address'), bot('Here is how.')] }).escalate).toBe(false);
  });

  it('escalates at once on an explicit request, and reading stops there', () => {
    const result = assess({ turns: [customer('hi'), bot('Hello!', 0.9), customer('I want to talk to a real person'), bot('ok', 0.1)] });
    expect(result).toMatchObject({ escalate: true, turn: 2, triggers: ['explicit_request'] });
  });

  it('escalates a billing dispute strictly above the amount threshold', () => {
    expect(assess({ turns: [customer('I was charged twice for order #8821, $100.01 billed twice')] })).toMatchObject({ escalate: true, triggers: ['topic'], topic: 'billing_dispute' });
    const small = assess({ turns: [customer('I was charged twice for order #8821, $100 billed twice')] });
    expect(small.triggers).not.toContain('topic');
    expect(small.topic).toBe('billing_dispute');
    const raised = assess({ turns: [customer('I was charged twice for order #8821, $150 billed twice')] }, { ...defaultPolicy, disputeAmountThreshold: 200 });
    expect(raised.triggers).not.toContain('topic');
  });

  it('puts safety first, raises priority with tier, and upset above frustrated', () => {
    const safety = assess({ turns: [customer('there is smoke coming out of the device')] });
    expect(safety).toMatchObject({ escalate: true, topic: 'safety' });
    expect(safety.priority).toBeGreaterThanOrEqual(90);
    const plain = assess({ turns: [customer('can I speak to a human')] });
    const gold = assess({ customer: { tier: 'gold' }, turns: [customer('can I speak to a human')] });
    expect(gold.priority).toBeGreaterThan(plain.priority);
    const frustrated = assess({ turns: [customer('can I speak to a human, this is ridiculous')] });
    const upset = assess({ turns: [customer('can I speak to a human, this is fucking ridiculous, you are useless')] });
    expect(frustrated.priority).toBeGreaterThan(plain.priority);
    expect(upset.priority).toBeGreaterThan(frustrated.priority);
    expect(safety.priority).toBeGreaterThan(upset.priority);
  });

  it('a frustrated billing dispute outranks a calm one', () => {
    const calm = assess({ turns: [customer('I was charged twice for my order, $450')] });
    const angry = assess({
      turns: [customer('where is my refund'), bot('See our refund page.'), customer('no'), bot('Try the portal.'), customer('I was charged twice for my order, $450, this is ridiculous!!!')],
    });
    expect(angry.triggers).toEqual(expect.arrayContaining(['topic', 'sentiment']));
    expect(angry.priority).toBeGreaterThan(calm.priority);
  });

  it('escalates on frustration that builds over turns, before the customer asks', () => {
    const result = assess({
      turns: [customer('my app keeps crashing'), bot('Try reinstalling.', 0.9), customer('still not working'), bot('Try clearing the cache.', 0.9), customer('still not working'), bot('…', 0.9), customer('STILL NOT WORKING!!!')],
    });
    expect(result).toMatchObject({ escalate: true, triggers: ['sentiment'] });
    expect(['frustrated', 'upset']).toContain(result.sentiment);
  });

  it('reports language, a one-line intent with ids and amounts, and the sentiment at the end', () => {
    const result = assess({ turns: [customer('quiero hablar con una persona sobre mi pedido 8821')] });
    expect(result.language).toBe('es');
    const dispute = assess({ turns: [customer('I was charged twice for order #8821, $189.99 billed twice on Nov 1')] });
    expect(dispute.intent).toMatch(/8821/);
    expect(dispute.intent).toMatch(/189\.99/);
    const calm = assess({ turns: [customer('how do I change my plan'), bot('Billing > Plan.', 0.9), customer('thanks!')] });
    expect(calm).toMatchObject({ escalate: false, turn: null, sentiment: 'neutral', topic: null });
  });

  it('reports malformed lines and never throws', () => {
    expect(assessConversation('not json', analyzers, defaultPolicy)).toMatchObject({ error: expect.stringMatching(/JSON/) });
    expect(assessConversation('{"id":"x","turns":[{"role":"robot","text":"hi"}]}', analyzers, defaultPolicy)).toMatchObject({ id: 'x', error: expect.any(String) });
    expect(assessConversation('{"id":7}', analyzers, defaultPolicy)).toMatchObject({ id: 7, error: expect.stringMatching(/turns/) });
    expect(assessConversation('{"id":"t","turns":[{"role":"bot","text":"x","confidence":1.5}]}', analyzers, defaultPolicy)).toHaveProperty('error');
    const nasty = ['', '\u0000', '\uD800', '😡'.repeat(3000), 'ש'.repeat(100_000), '$$$ 1.000,00 € -5e10 0x1F'];
    const line = JSON.stringify({ id: 'n', turns: nasty.map((text) => ({ role: 'customer', text })) });
    expect(() => assessConversation(line, analyzers, defaultPolicy)).not.toThrow();
    expect(assessConversation('{"id":"e","turns":[]}', analyzers, defaultPolicy)).toMatchObject({ id: 'e', escalate: false });
  });
});

describe('parsePolicy', () => {
  it('fills defaults and refuses bad values, listing each', () => {
    expect(parsePolicy({})).toEqual({ ok: true, policy: defaultPolicy });
    expect(parsePolicy({ confidenceThreshold: 0.7 })).toMatchObject({ ok: true, policy: { confidenceThreshold: 0.7, disputeAmountThreshold: 100 } });
    const bad = parsePolicy({ confidenceThreshold: 2, topics: ['weather'], extra: true });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.length).toBeGreaterThanOrEqual(3);
  });
});
