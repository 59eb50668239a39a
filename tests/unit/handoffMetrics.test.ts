import { describe, expect, it } from 'vitest';
import { isColdStart } from '../../src/metrics/coldStart.ts';
import { computeMetrics, type MetricsReport } from '../../src/metrics/computeMetrics.ts';
import { foldEvents } from '../../src/metrics/foldEvents.ts';
import type { HandoffExtras, MetricEvent } from '../../src/metrics/types.ts';

// One known week of events (docs/METRICS.md works through the same example): each metric is
// computed from it and checked against the figure worked out by hand.
const t = (day: number, clock: string) => new Date(`2026-11-0${day}T${clock}Z`);
const events: MetricEvent[] = [];
const extras = new Map<string, HandoffExtras>();
const teams = new Map([
  ['team-billing', 'Billing'],
  ['team-tech', 'Technical support'],
]);
const e = (type: string, occurredAt: Date, conversationId: string, payload: object, ids: { handoffId?: string; agentId?: string } = {}) =>
  events.push({ type: type as MetricEvent['type'], occurredAt, conversationId, payload, ...ids });
const started = (c: string, customer: string, at: Date) => e('conversation.started', at, c, { channel: 'chat', customerId: customer });
const says = (c: string, who: string, at: Date) => e('message.created', at, c, { seq: 0, authorKind: who });
const handoff = (c: string, h: string, at: Date, p: { triggers: string[]; team: string | null; quoted: number | null; path?: string }) =>
  e('handoff.created', at, c, { priority: 50, triggers: p.triggers, path: p.path ?? 'warm', teamId: p.team, quotedWaitSeconds: p.quoted }, { handoffId: h });
const assigned = (c: string, h: string, agent: string, at: Date) => e('handoff.assigned', at, c, {}, { handoffId: h, agentId: agent });
const closed = (c: string, h: string, at: Date, status: 'completed' | 'cancelled') => e('handoff.closed', at, c, { status, reason: status === 'completed' ? 'answered' : 'no agent took it' }, { handoffId: h });
const summary = (c: string, h: string, agent: string, action: string, at: Date) => e('summary.viewed', at, c, { action }, { handoffId: h, agentId: agent });
const csat = (c: string, score: number, at: Date) => e('csat.submitted', at, c, { score, comment: false });
const held = (orderIds: string[]) => ({ orderIds, accountNumbers: [], verified: false, intentKnown: true });

// C1: answered by the assistant once, then handed off; accepted in 60 s, summary shown, a warm reply, CSAT 5.
started('c1', 'k1', t(1, '10:00:00'));
says('c1', 'assistant', t(1, '10:00:00'));
says('c1', 'customer', t(1, '10:01:00'));
says('c1', 'assistant', t(1, '10:01:01'));
says('c1', 'customer', t(1, '10:05:00'));
handoff('c1', 'h1', t(1, '10:05:00'), { triggers: ['explicit_request'], team: 'team-billing', quoted: 120 });
assigned('c1', 'h1', 'a1', t(1, '10:06:00'));
summary('c1', 'h1', 'a1', 'shown', t(1, '10:06:10'));
summary('c1', 'h1', 'supervisor', 'dismissed', t(1, '10:06:15')); // not the assigned agent: ignored
says('c1', 'agent', t(1, '10:06:30'));
closed('c1', 'h1', t(1, '10:20:00'), 'completed');
csat('c1', 5, t(1, '10:21:00'));
extras.set('h1', { firstAgentReply: "I'm sorry about the double charge on order 8821; I have refunded it.", packet: held(['8821']) });

// C2: a person at the first turn (human-only); accepted in 270 s, summary never opened, a generic opener, CSAT 2.
started('c2', 'k2', t(1, '11:00:00'));
says('c2', 'customer', t(1, '11:00:30'));
handoff('c2', 'h2', t(1, '11:00:30'), { triggers: ['topic'], team: 'team-billing', quoted: 60 });
assigned('c2', 'h2', 'a2', t(1, '11:05:00'));
says('c2', 'agent', t(1, '11:05:20'));
closed('c2', 'h2', t(1, '11:30:00'), 'completed');
csat('c2', 2, t(1, '11:31:00'));
extras.set('h2', { firstAgentReply: 'Hi there! How can I help you today?', packet: held(['8821']) });

// C3: the assistant alone, CSAT 4.
started('c3', 'k3', t(2, '09:00:00'));
says('c3', 'customer', t(2, '09:00:10'));
csat('c3', 4, t(2, '09:10:00'));

// C4: the customer of C1 again within 24 hours; nobody took it in an hour (abandoned).
started('c4', 'k1', t(1, '20:00:00'));
says('c4', 'customer', t(1, '20:00:10'));
says('c4', 'customer', t(1, '20:02:00'));
handoff('c4', 'h4', t(1, '20:02:00'), { triggers: ['sentiment', 'explicit_request'], team: 'team-tech', quoted: 300 });
closed('c4', 'h4', t(1, '21:02:00'), 'cancelled');

// C5: off hours at the first turn; the customer asked for a callback (not abandoned).
started('c5', 'k4', t(3, '23:00:00'));
says('c5', 'customer', t(3, '23:00:10'));
handoff('c5', 'h5', t(3, '23:00:10'), { triggers: ['confidence'], team: 'team-tech', quoted: null, path: 'off_hours' });
e('contact.requested', t(3, '23:01:00'), 'c5', { kind: 'callback', requestId: 'r5' });
closed('c5', 'h5', t(4, '08:00:00'), 'cancelled');

// C6: the assistant alone, no CSAT.
started('c6', 'k5', t(3, '12:00:00'));
says('c6', 'customer', t(3, '12:00:10'));

// C7: after the assistant; accepted in 30 s; summary shown then dismissed; asks for the order number it had. CSAT 3.
started('c7', 'k6', t(4, '08:55:00'));
says('c7', 'customer', t(4, '08:56:00'));
says('c7', 'assistant', t(4, '08:56:01'));
says('c7', 'customer', t(4, '09:00:00'));
handoff('c7', 'h7', t(4, '09:00:00'), { triggers: ['explicit_request'], team: 'team-billing', quoted: 120 });
assigned('c7', 'h7', 'a1', t(4, '09:00:30'));
summary('c7', 'h7', 'a1', 'shown', t(4, '09:00:31'));
summary('c7', 'h7', 'a1', 'dismissed', t(4, '09:00:40'));
says('c7', 'agent', t(4, '09:01:00'));
summary('c7', 'h7', 'a1', 'opened', t(4, '09:02:00')); // after the first reply: does not count
csat('c7', 3, t(4, '09:30:00'));
extras.set('h7', { firstAgentReply: 'Could you please send your order number?', packet: held(['5512']) });

// The week before: 4 conversations, 1 escalated.
const before: MetricEvent[] = [];
for (const n of [1, 2, 3, 4]) before.push({ type: 'conversation.started', occurredAt: new Date(`2026-10-2${n}T10:00:00Z`), conversationId: `p${n}`, payload: { channel: 'chat', customerId: `q${n}` } });
before.push({ type: 'handoff.created', occurredAt: new Date('2026-10-21T10:01:00Z'), conversationId: 'p1', handoffId: 'ph1', payload: { priority: 40, triggers: ['topic'], path: 'warm', teamId: null, quotedWaitSeconds: null } });

const report: MetricsReport = computeMetrics(foldEvents(events, teams, extras), { from: t(1, '00:00:00'), to: t(8, '00:00:00') }, foldEvents(before, teams, new Map()));

describe('handoff metrics on a known week of events', () => {
  it('handoff rate: conversations that escalate, daily, beside the week before', () => {
    expect(report.conversations).toBe(7);
    expect(report.handoffRate).toMatchObject({ escalated: 5, conversations: 7, previous: 0.25 });
    expect(report.handoffRate.rate).toBeCloseTo(5 / 7);
    expect(report.handoffRate.series.map((d) => [d.day, d.escalated, d.conversations])).toEqual([
      ['2026-11-01', 3, 3], ['2026-11-02', 0, 1], ['2026-11-03', 1, 2], ['2026-11-04', 1, 1], ['2026-11-05', 0, 0], ['2026-11-06', 0, 0], ['2026-11-07', 0, 0],
    ]);
    expect(report.handoffRate.series[4]!.rate).toBeNull();
  });

  it('CSAT after a handoff, beside assistant-only and human-only conversations', () => {
    expect(report.csat.afterHandoff).toEqual({ average: 4, answers: 2, satisfied: 0.5 });
    expect(report.csat.humanOnly).toEqual({ average: 2, answers: 1, satisfied: 0 });
    expect(report.csat.assistantOnly).toEqual({ average: 4, answers: 1, satisfied: 1 });
  });

  it('acceptance time and time to the first agent reply, p50 and p90', () => {
    expect(report.handoffs.acceptanceSeconds).toEqual({ p50: 60, p90: 270, accepted: 3 });
    expect(report.handoffs.firstReplySeconds).toEqual({ p50: 90, p90: 290, replied: 3 });
  });

  it('context utilization: opened, dismissed, never opened before the first reply, by the assigned agent', () => {
    expect(report.handoffs.contextUtilization).toEqual({ opened: 1 / 3, dismissed: 1 / 3, neverOpened: 1 / 3, replied: 3 });
  });

  it('repeat escalation: customers who escalate again within 24 hours', () => {
    expect(report.repeatEscalation).toEqual({ rate: 0.25, repeated: 1, customers: 4 });
  });

  it('cold starts: a generic opener, or asking for what the packet held', () => {
    expect(report.handoffs.coldStart).toEqual({ rate: 2 / 3, cold: 2, judged: 3 });
    expect(report.worst.coldStarts.map((w) => w.conversationId)).toEqual(['c2', 'c7']);
  });

  it('wait promises kept: quoted wait against the actual one', () => {
    expect(report.handoffs.waitPromises).toEqual({ kept: 0.5, promises: 4, quoteToActualP50: 0.22 });
  });

  it('abandonment while waiting: ended with no agent and no other way chosen', () => {
    expect(report.handoffs.abandonment).toEqual({ rate: 0.2, abandoned: 1, ended: 5 });
    expect(report.worst.abandoned).toEqual([{ conversationId: 'c4', waitedSeconds: 3600 }]);
  });

  it('breaks down by team and by trigger type, and lists the worst items', () => {
    expect(report.byTeam.map((g) => [g.team, g.handoffs, g.acceptanceSeconds.p50])).toEqual([['Billing', 3, 60], ['Technical support', 2, null]]);
    expect(Object.fromEntries(report.byTrigger.map((g) => [g.trigger, g.handoffs]))).toEqual({ explicit_request: 3, topic: 1, sentiment: 1, confidence: 1 });
    expect(report.byTrigger.find((g) => g.trigger === 'topic')!.csatAfterHandoff.answers).toBe(0); // human-only
    expect(report.worst.slowestAcceptance[0]).toEqual({ conversationId: 'c2', seconds: 270 });
    expect(report.worst.lowestCsat.map((w) => w.score)).toEqual([2, 3, 5]);
    expect(report.worst.summaryNeverOpened).toEqual([{ conversationId: 'c2', team: 'Billing' }]);
  });
});

describe('a cold start', () => {
  const packet = held(['8821']);
  it('is a generic opener that names nothing the packet held', () => {
    expect(isColdStart('Hello! How may I assist you?', packet)).toBe(true);
    expect(isColdStart('What seems to be the problem?', packet)).toBe(true);
    expect(isColdStart('About order 8821: how can I help further? I see the double charge.', packet)).toBe(false);
  });
  it('is asking for what the packet held, and not asking for something new', () => {
    expect(isColdStart('Can you give me your order number?', packet)).toBe(true);
    expect(isColdStart('What is your email address?', { ...packet, verified: true })).toBe(true);
    expect(isColdStart('What is your email address?', packet)).toBe(false);
    expect(isColdStart('Could you send a screenshot of the error?', packet)).toBe(false);
    expect(isColdStart("I'm sorry about the charge on order 8821. I've refunded it.", packet)).toBe(false);
  });
});
