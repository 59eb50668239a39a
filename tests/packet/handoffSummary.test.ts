import { beforeAll, describe, expect, it } from 'vitest';
import { conversationAnalyzer, type Analyzers, type ConversationAnalysis } from '../../src/analysis/analyzeConversation.ts';
import { extractEntities } from '../../src/analysis/extractEntities.ts';
import { toTurns } from '../../src/assistant/toTurns.ts';
import type { CrmAccount } from '../../src/crm/types.ts';
import type { Message } from '../../src/message/types.ts';
import { buildPacket } from '../../src/packet/buildPacket.ts';
import { countWords, renderSummary, summaryWordBudget } from '../../src/packet/renderSummary.ts';
import type { AttemptedResolution, HandoffPacket } from '../../src/packet/types.ts';
import type { AccountLookup } from '../../src/packet/verifyList.ts';
import { decideEscalation } from '../../src/policy/decideEscalation.ts';
import { defaultPolicy } from '../../src/policy/escalationPolicy.ts';
import { testAnalyzers } from '../helpers/fixtures.ts';

const now = new Date('2026-11-24T10:00:00Z');

const goldCustomer: CrmAccount = {
  externalId: 'CUST-29441',
  name: 'Gold Customer (demo)',
  email: 'gold.customer@example.com',
  tier: 'gold',
  customerSince: '2023-06-02',
  orders: [
    { number: '8821', status: 'delivered', totalMinor: 8999, currency: 'USD', placedAt: '2026-11-01T09:12:00Z' },
    { number: '8790', status: 'delivered', totalMinor: 4500, currency: 'USD', placedAt: '2026-09-25T09:12:00Z' },
  ],
  subscriptions: [{ plan: 'Pro annual', status: 'active', startedAt: '2025-10-20T00:00:00Z', renewsAt: '2026-10-20T00:00:00Z' }],
  tickets: [{ subject: 'Invoice address change', status: 'solved', openedAt: '2026-08-26T00:00:00Z' }],
};

/** A conversation as [speaker, text] lines; attempts name the assistant line (by index) they belong to. */
interface Scenario {
  name: string;
  lines: [Message['authorKind'], string][];
  attempts: (Omit<AttemptedResolution, 'atSeq'> & { line: number })[];
  lookup: AccountLookup;
  customer?: { name: string | null; externalId: string | null; tier: string };
}

const scenarios: Scenario[] = [
  {
    name: 'duplicate charge (the BRIEF example)',
    lines: [
      ['customer', 'Hi, I was charged twice for order #8821 on Nov 1, $89.99 each time.'],
      ['assistant', 'I found order 8821: delivered, total 89.99 USD, placed on Nov 1.'],
      ['customer', 'Yes that is the order, but my card shows the charge twice.'],
      ['assistant', 'Refunds: Refunds for duplicate or wrong charges go back to the original payment method within 5 business days.'],
      ['customer', "I read that already, it doesn't help."],
      ['assistant', 'You can request a refund yourself in the refund portal: https://example.com/account/refunds'],
      ['customer', "I can't find the charge in the portal. This is ridiculous, let me talk to a real person."],
    ],
    attempts: [
      { line: 1, kind: 'action', ref: 'order_lookup', label: 'confirmed order history', outcome: 'succeeded', evidence: 'Yes that is the order' },
      { line: 3, kind: 'article', ref: 'refund-policy', label: 'directed to billing FAQ', outcome: 'failed', evidence: "I read that already, it doesn't help." },
      { line: 5, kind: 'action', ref: 'refund_portal', label: 'offered self-service refund portal', outcome: 'failed', evidence: "I can't find the charge in the portal." },
    ],
    lookup: { status: 'found', account: goldCustomer },
  },
  {
    name: 'a calm request for a person, CRM down',
    lines: [
      ['customer', 'Hello, my invoice for October shows the wrong company address.'],
      ['assistant', 'Download invoices: Every invoice is under Billing, then Invoices.'],
      ['customer', 'I know where it is, I need someone to correct it. Can I talk to a human please?'],
    ],
    attempts: [{ line: 1, kind: 'article', ref: 'invoices', label: 'directed to the invoices article', outcome: 'declined', evidence: 'I know where it is' }],
    lookup: { status: 'unavailable', reason: 'timeout after 2000 ms' },
  },
  {
    name: 'an anonymous visitor reporting smoke',
    lines: [['customer', 'The charger of my device is giving off smoke and sparks, what do I do?']],
    attempts: [],
    lookup: { status: 'anonymous' },
    customer: { name: null, externalId: null, tier: 'standard' },
  },
  {
    name: 'an unknown order and a large dispute, long conversation',
    lines: [
      ...Array.from({ length: 12 }, (_, i): [Message['authorKind'], string][] => [
        ['customer', `question number ${i + 1} about my account settings`],
        ['assistant', 'Change your plan: Upgrade or downgrade under Billing, then Plan.'],
      ]).flat(),
      ['customer', 'You charged me $450 for order A-99812 that I never placed, I want my money back. This is unacceptable!!!'],
    ],
    attempts: Array.from({ length: 12 }, (_, i) => ({ line: 2 * i + 1, kind: 'article' as const, ref: 'change-plan', label: 'directed to the change-plan article', outcome: 'failed' as const, evidence: 'question' })),
    lookup: { status: 'found', account: goldCustomer },
  },
  {
    name: 'an accessibility need in Spanish',
    lines: [['customer', 'Soy ciega y uso un lector de pantalla, no puedo completar el captcha para pagar mi pedido 8790.']],
    attempts: [],
    lookup: { status: 'found', account: goldCustomer },
  },
];

describe('the agent summary', () => {
  let analyzers: Analyzers;
  beforeAll(async () => {
    analyzers = await testAnalyzers();
  });

  function packetOf(scenario: Scenario): HandoffPacket {
    const messages: Message[] = scenario.lines.map(([authorKind, body], i) => ({
      id: `m${i}`,
      conversationId: 'c1',
      seq: i + 1,
      authorKind,
      authorAgentId: null,
      body,
      clientMessageId: null,
      createdAt: new Date(now.getTime() - (scenario.lines.length - i) * 60_000),
    }));
    const analyzer = conversationAnalyzer(analyzers);
    let analysis: ConversationAnalysis | undefined;
    for (const turn of toTurns(messages)) analysis = analyzer.add(turn);
    const decision = decideEscalation(analysis!, { tier: 'gold' }, defaultPolicy);
    const assistantMentions = extractEntities(messages.filter((m) => m.authorKind === 'assistant').map((m) => m.body).join('\n'));
    return buildPacket({
      handoff: { id: 'h1', conversationId: 'c1', decision },
      messages,
      customer: { workspaceId: 'w', id: 'cu', ...(scenario.customer ?? { name: 'Gold Customer (demo)', externalId: 'CUST-29441', tier: 'gold' }), email: null },
      analysis: analysis!,
      assistantMentions,
      attempts: scenario.attempts.map(({ line, ...a }) => ({ ...a, atSeq: line + 1 })),
      lookup: scenario.lookup,
      now,
    });
  }

  it.each(scenarios)('fits 70 words and holds all five parts: $name', (scenario) => {
    const packet = packetOf(scenario);
    const summary = renderSummary(packet);
    expect(countWords(summary), summary).toBeLessThanOrEqual(summaryWordBudget);
    const parts = summary.split(' · ');
    expect(parts.map((p) => p.split(':')[0])).toEqual(['Customer', 'Issue', 'Sentiment at escalation', 'AI tried', 'Next step']);
    for (const part of parts) expect(part.split(':').slice(1).join(':').trim().length, part).toBeGreaterThan(2);
  });

  it('reproduces the BRIEF example: account, issue with ids and amount, failed attempts, next step', () => {
    const packet = packetOf(scenarios[0]!);
    const summary = renderSummary(packet);
    expect(summary).toMatch(/^Customer: Gold Customer \(demo\) — Gold tier — Account CUST-29441/);
    expect(summary).toMatch(/Issue: [^·]*#8821[^·]*89\.99 USD/);
    expect(summary).toMatch(/Sentiment at escalation: (Frustrated|Upset) \(2 failed resolution attempts\)/);
    expect(summary).toMatch(/AI tried: confirmed order history \(worked\); directed to billing FAQ \(failed[^)]*\); offered self-service refund portal \(failed: "I can't find the charge in the portal\."\)/);
    expect(summary).toMatch(/Next step: .*(confirm|review)/i);
    expect(packet.verify).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'order', value: '8821', status: 'matches_record', mentionedBy: 'customer' }),
        expect.objectContaining({ kind: 'amount', value: '89.99 USD', status: 'matches_record', detail: 'total of order 8821' }),
      ]),
    );
    expect(packet.account).toMatchObject({ status: 'found', tier: 'gold', tenureMonths: 41, previousTickets: { count: 1 } });
    expect(packet.account.orders).toEqual([expect.objectContaining({ number: '8821', mentioned: true, total: '89.99 USD' })]);
  });

  it('says the account is unavailable and marks everything unverified when the CRM is down', () => {
    const packet = packetOf(scenarios[1]!);
    expect(renderSummary(packet)).toContain('account data unavailable');
    expect(packet.account).toMatchObject({ status: 'unavailable', reason: 'timeout after 2000 ms' });
    expect(packet.verify.every((v) => v.status === 'unverified')).toBe(true);
  });

  it('puts safety first for an anonymous visitor', () => {
    const packet = packetOf(scenarios[2]!);
    expect(packet.customer.verified).toBe(false);
    expect(packet.nextStep).toMatch(/^Safety first/);
    expect(renderSummary(packet)).toMatch(/^Customer: anonymous visitor · .*AI tried: nothing yet/);
  });

  it('folds a long transcript and flags an order and amount that are not on record', () => {
    const packet = packetOf(scenarios[3]!);
    expect(packet.transcript.total).toBe(25);
    expect(packet.transcript.folded).toEqual({ count: 11, fromSeq: 3, toSeq: 13 });
    expect(packet.transcript.lines).toHaveLength(14);
    expect(packet.verify).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'order', value: 'A-99812', status: 'not_found' }),
        expect.objectContaining({ kind: 'amount', value: '450 USD', status: 'not_found' }),
      ]),
    );
    expect(packet.escalation.topic).toBe('billing_dispute');
    expect(packet.nextStep).toMatch(/Do not repeat: directed to the change-plan article/);
  });
});
