import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzers } from '../../src/analysis/analyzeConversation.ts';
import { assistantTurn, type AssistantContext } from '../../src/assistant/assistantTurn.ts';
import { buildKnowledgeIndex } from '../../src/assistant/knowledge/knowledgeIndex.ts';
import type { Message } from '../../src/message/types.ts';
import { defaultPolicy } from '../../src/policy/escalationPolicy.ts';
import { demoArticles } from '../../src/seed/demoData.ts';
import { testAnalyzers } from '../helpers/fixtures.ts';

const account = {
  orders: [{ number: '9012', status: 'shipped', totalMinor: 2450, currency: 'EUR', placedAt: '2026-11-21T10:00:00Z' }],
  subscriptions: [{ plan: 'Basic monthly', status: 'active' }],
};

function conversation(...lines: [Message['authorKind'], string][]): Message[] {
  return lines.map(([authorKind, body], i) => ({ id: `m${i}`, conversationId: 'c1', seq: i + 1, authorKind, authorAgentId: authorKind === 'agent' ? 'a1' : null, body, clientMessageId: null, createdAt: new Date(0) }));
}

describe('assistantTurn', () => {
  let analyzers: Analyzers;
  beforeAll(async () => {
    analyzers = await testAnalyzers();
  });
  const context = (messages: Message[], over: Partial<AssistantContext> = {}): AssistantContext => ({
    messages,
    articles: demoArticles,
    knowledge: buildKnowledgeIndex(demoArticles),
    analyzers,
    policy: defaultPolicy,
    customer: {},
    account,
    siteUrl: 'https://shop.example.com',
    now: new Date('2026-11-24T10:00:00Z'),
    ...over,
  });

  it('hands off at once when asked for a person, with the evidence, and names the subject for the team', () => {
    const turn = assistantTurn(context(conversation(['customer', 'my app does not load, the dashboard stays blank'], ['assistant', 'The app does not load: …'], ['customer', 'let me talk to a real person'])));
    expect(turn).toMatchObject({ kind: 'handoff', articleCategory: 'technical' });
    expect(turn.decision.triggers).toContainEqual(expect.objectContaining({ type: 'explicit_request', evidence: 'talk to a real person' }));
  });

  it('answers from the best article by BM25, and records it as an attempt', () => {
    const turn = assistantTurn(context(conversation(['customer', 'how do I download my invoices as PDF?'])));
    expect(turn).toMatchObject({ kind: 'reply', articleSlug: 'invoices', attempt: { kind: 'article', ref: 'invoices', label: 'directed to the "Download invoices" article' } });
    if (turn.kind === 'reply') expect(turn.text).toMatch(/^Download invoices: /);
  });

  it('runs a self-service action with the account, and does not offer the same action twice', () => {
    const first = assistantTurn(context(conversation(['customer', 'where is my order 9012?'])));
    expect(first).toMatchObject({ kind: 'reply', attempt: { kind: 'action', ref: 'order_lookup', label: 'confirmed order history' } });
    if (first.kind === 'reply') expect(first.text).toMatch(/^Order 9012 \(24\.50 EUR, placed 3 days ago\) has shipped/);
    const again = assistantTurn(context(conversation(['customer', 'where is my order 9012?'], ['assistant', first.kind === 'reply' ? first.text : ''], ['customer', 'and where is order 9012 now?']), { triedActions: ['order_lookup'] }));
    expect(again.kind === 'reply' ? again.attempt?.ref : 'handoff').not.toBe('order_lookup');
  });

  it('marks an order that is not on the account as a failed attempt at once', () => {
    const turn = assistantTurn(context(conversation(['customer', 'where is my order 5555?'])));
    expect(turn).toMatchObject({ kind: 'reply', attempt: { ref: 'order_lookup', outcome: 'failed' } });
  });

  it('says it is not sure, and hands off on confidence, rather than guessing', () => {
    const turn = assistantTurn(context(conversation(['customer', 'what is the airspeed of a swallow'])));
    expect(turn.kind).toBe('handoff');
    expect(turn.decision.triggers).toEqual([expect.objectContaining({ type: 'confidence' })]);
    const lenient = assistantTurn(context(conversation(['customer', 'what is the airspeed of a swallow']), { policy: { ...defaultPolicy, confidenceThreshold: 0 } }));
    expect(lenient).toMatchObject({ kind: 'reply', articleSlug: undefined });
    if (lenient.kind === 'reply') expect(lenient.text).toMatch(/ask to talk to a person/);
  });

  it('answers thanks as small talk, without a confidence', () => {
    const turn = assistantTurn(context(conversation(['customer', 'thanks!'])));
    expect(turn).toMatchObject({ kind: 'reply', attempt: undefined });
  });
});
