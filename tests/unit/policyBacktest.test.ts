import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzers } from '../../src/analysis/analyzeConversation.ts';
import type { Turn } from '../../src/analysis/sentiment/types.ts';
import { backtestConversations } from '../../src/policy/backtest/backtestConversations.ts';
import { formatBacktestReport } from '../../src/policy/backtest/formatBacktestReport.ts';
import { replayTurns } from '../../src/policy/backtest/replayTurns.ts';
import type { ReplayConversation, StoredConversation } from '../../src/policy/backtest/types.ts';
import { defaultPolicy, type EscalationPolicy } from '../../src/policy/escalationPolicy.ts';
import { testAnalyzers } from '../helpers/fixtures.ts';

let analyzers: Analyzers;
beforeAll(async () => {
  analyzers = await testAnalyzers();
});

const customer = (text: string): Turn => ({ role: 'customer', text });
const bot = (text: string, confidence?: number): Turn => ({ role: 'bot', text, ...(confidence !== undefined && { confidence }) });
const greeting = bot('Hi! How can I help?');
const conversation = (id: string, turns: Turn[], handedOff = false): ReplayConversation => ({ id, turns, handedOff });

// The workspace does not send legal complaints to a person yet.
const current: EscalationPolicy = { ...defaultPolicy, topics: ['billing_dispute', 'accessibility', 'safety'] };
// The candidate: a lower confidence threshold, legal as an always-escalate topic, disputes above 200.
const candidate: EscalationPolicy = { ...defaultPolicy, confidenceThreshold: 0.6, disputeAmountThreshold: 200 };

const conversations = [
  // Escalates today on the answer's confidence 0.62 (< 0.65), not under 0.6.
  conversation('unsure', [greeting, customer('can I change my delivery address'), bot('Maybe this helps?', 0.62)], true),
  // A 150 dispute: above today's 100, not above the candidate's 200.
  conversation('dispute', [greeting, customer('I was charged twice for order #8821, $150 billed twice'), bot('', 0.9)], true),
  // Legal is a candidate topic only.
  conversation('legal', [greeting, customer('where is my parcel'), bot('Tracking: see your order page.', 0.9), customer('my lawyer will be in touch about the parcel')]),
  // Handed off under both; legal adds a trigger and raises the base under the candidate.
  conversation('request-legal', [greeting, customer('I want to speak to a person, my lawyer will be in touch')], true),
  // Handed off under both, the same way.
  conversation('request', [greeting, customer('can I talk to a human please')], true),
  // Neither.
  conversation('answered', [greeting, customer('how do I reset my password'), bot('Settings > Security.', 0.91), customer('thanks'), bot('Happy to help!')]),
];

describe('the policy backtest', () => {
  it('replays both policies on the same turns and lists exactly the conversations that flip', () => {
    const report = backtestConversations(conversations, { current, candidate }, analyzers, { since: new Date('2024-05-01T00:00:00Z') });
    expect(report.window).toEqual({ since: '2024-05-01T00:00:00.000Z', conversations: 6, available: 6, limit: 6, capped: false });
    expect(report.changes).toEqual(['confidenceThreshold: 0.65 → 0.6', 'disputeAmountThreshold: 100 → 200', 'topics: [billing_dispute, accessibility, safety] → [billing_dispute, legal, accessibility, safety]']);

    expect(report.flips.newHandoffs).toBe(1);
    expect(report.flips.noLongerHandedOff).toBe(2);
    expect(report.flips.listed.map((f) => [f.conversationId, f.direction, f.turn, f.customerTurn, f.triggers])).toEqual([
      ['legal', 'new_handoff', 3, 2, ['topic']],
      ['dispute', 'no_longer_handed_off', 1, 1, ['topic']],
      ['unsure', 'no_longer_handed_off', 2, 1, ['confidence']],
    ]);
    const [legal, dispute, unsure] = report.flips.listed;
    expect(legal).toMatchObject({ evidence: 'topic: legal: lawyer', intent: expect.stringContaining('legal') });
    expect(dispute!.evidence).toMatch(/^topic: billing_dispute: /);
    expect(unsure!.evidence).toBe('confidence: bot confidence 0.62 < 0.65');

    expect(report.current).toMatchObject({ handoffs: 4, rate: 0.6667, triggers: { confidence: 1, explicit_request: 2, topic: 1, sentiment: 0 } });
    expect(report.candidate).toMatchObject({ handoffs: 3, rate: 0.5, triggers: { confidence: 0, explicit_request: 2, topic: 2, sentiment: 0 } });
    expect(report.handoffRateChangePoints).toBe(-16.67);
    expect(report.actual).toEqual({ handoffs: 4, rate: 0.6667, agreeingWithCurrentReplay: 6 });
  });

  it('reports the priority distribution and the priorities that move by 10 points or more', () => {
    const report = backtestConversations(conversations, { current, candidate }, analyzers, { since: null });
    // Current: confidence 30, dispute 50, request 40, request 40. Candidate: legal 55, request + legal 55 + 6, request 40.
    expect(report.current.priority).toEqual({ mean: 40, p50: 40, p90: 50, bands: { '0-39': 1, '40-69': 3, '70-100': 0 } });
    expect(report.candidate.priority).toEqual({ mean: 52, p50: 55, p90: 61, bands: { '0-39': 0, '40-69': 3, '70-100': 0 } });
    expect(report.priorityMoves).toEqual({
      total: 1,
      listed: [{ conversationId: 'request-legal', current: 40, candidate: 61, change: 21, triggers: { current: ['explicit_request'], candidate: ['explicit_request', 'topic'] }, intent: expect.any(String) }],
    });
  });

  it('says when the window was capped, and prints readable tables', () => {
    const report = backtestConversations(conversations, { current, candidate }, analyzers, { since: new Date('2024-05-01T00:00:00Z'), available: 9, limit: 6 });
    expect(report.window).toMatchObject({ conversations: 6, available: 9, limit: 6, capped: true });
    const text = formatBacktestReport(report, { workspace: 'demo', policyFile: 'candidate.json' });
    expect(text).toContain('6 conversation(s) since 2024-05-01 (capped: the newest 6 of 9)');
    expect(text).toMatch(/Handoff rate\s+66\.7%\s+50\.0%\s+-16\.7 pts/);
    expect(text).toMatch(/ {2}topic\s+1\s+2\s+\+1/);
    expect(text).toMatch(/legal\s+new_handoff\s+2\s+topic\s+55\s+topic: legal: lawyer/);
    expect(text).toContain('Flips: 1 new handoff(s), 2 no longer handed off');
  });

  it('an empty window reports zeros, not errors', () => {
    const report = backtestConversations([], { current, candidate }, analyzers, { since: null });
    expect(report.current).toEqual({ handoffs: 0, rate: 0, triggers: { confidence: 0, explicit_request: 0, topic: 0, sentiment: 0 }, priority: { mean: null, p50: null, p90: null, bands: { '0-39': 0, '40-69': 0, '70-100': 0 } } });
    expect(report.handoffRateChangePoints).toBe(0);
    expect(formatBacktestReport(report, { workspace: 'demo', policyFile: 'c.json' })).toContain('0 conversation(s)');
  });
});

describe('stored messages as replayed turns', () => {
  const stored = (messages: StoredConversation['messages'], handedOff = false): StoredConversation => ({
    id: 'c',
    createdAt: new Date(),
    tier: 'gold',
    messages,
    handoff: handedOff ? { atSeq: messages.length + 1, priority: 40 } : null,
  });
  const message = (seq: number, authorKind: 'customer' | 'assistant', body: string, action = false) => ({ seq, authorKind, body, action });
  const confidenceOf = (question: string) => (question === 'thanks' ? undefined : question.length / 100);

  it('gives each answer the confidence it was sent with, none to the greeting or an action, and decides on the answer being prepared', () => {
    const replay = replayTurns(
      stored(
        [
          message(1, 'assistant', 'Hi!'),
          message(2, 'customer', 'where is order 9012'),
          message(3, 'assistant', 'Order 9012 is on its way.', true),
          message(4, 'customer', 'and can I change my delivery address'),
          message(5, 'assistant', 'Here is how.'),
          message(6, 'customer', 'thanks'),
          message(7, 'assistant', 'Happy to help!'),
          message(8, 'customer', 'what about gift wrapping'),
        ],
        true,
      ),
      confidenceOf,
    );
    expect(replay).toEqual({
      id: 'c',
      tier: 'gold',
      handedOff: true,
      turns: [
        bot('Hi!'),
        customer('where is order 9012'),
        bot('Order 9012 is on its way.'),
        customer('and can I change my delivery address'),
        bot('Here is how.', 0.36),
        customer('thanks'),
        bot('Happy to help!'),
        customer('what about gift wrapping'),
        bot('', 0.24),
      ],
    });
  });
});
