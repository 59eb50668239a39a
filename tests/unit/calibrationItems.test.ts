import { describe, expect, it } from 'vitest';
import { findReviewItems } from '../../src/metrics/calibration/findReviewItems.ts';
import type { HandoffFacts } from '../../src/metrics/calibration/types.ts';

const at = (minute: number) => Date.UTC(2026, 10, 20, 10, minute);
const handoff = (id: string, over: Partial<HandoffFacts>): HandoffFacts => ({
  handoffId: id,
  conversationId: `c-${id}`,
  team: 'Billing',
  agentId: 'a1',
  createdAt: at(0),
  assignedAt: at(1),
  closedAt: at(30),
  closed: { status: 'completed', reason: 'answered' },
  summary: 'opened',
  coldStart: false,
  csat: 5,
  sentiment: { tag: 'frustrated', signals: [] },
  knowledgeMatch: null,
  ...over,
});
const invoices = { slug: 'invoices', title: 'Download invoices', confidence: 0.91 };

describe('the calibration list', () => {
  it('lists quick resolutions the knowledge base could have answered, and only those', () => {
    const items = findReviewItems([
      handoff('quick', { closedAt: at(4), knowledgeMatch: invoices }),
      handoff('slow', { closedAt: at(20), knowledgeMatch: invoices }),
      handoff('no-article', { closedAt: at(4) }),
      handoff('handed-back', { closedAt: at(4), closed: { status: 'completed', reason: 'handed_back' }, knowledgeMatch: invoices }),
    ]);
    expect(items.map((i) => [i.kind, i.handoffId])).toEqual([['assistant_could_have_handled', 'quick']]);
    expect(items[0]!.reason).toBe('Resolved 3m 00s after the accept with an answer the knowledge base has: "Download invoices".');
    const fast = findReviewItems([handoff('fast', { assignedAt: at(1), closedAt: at(1) + 42_000, knowledgeMatch: invoices })]);
    expect(fast[0]!.reason).toMatch(/^Resolved 42 s after the accept/);
  });

  it('lists a neutral tag with frustration signals before the escalation, or a low CSAT after it', () => {
    const signal = { signal: 'frustration_phrase', evidence: 'this is ridiculous' };
    const items = findReviewItems([
      handoff('signals', { sentiment: { tag: 'neutral', signals: [signal] } }),
      handoff('low-csat', { sentiment: { tag: 'neutral', signals: [] }, csat: 2 }),
      handoff('fine', { sentiment: { tag: 'neutral', signals: [] }, csat: 4 }),
      handoff('tagged', { sentiment: { tag: 'upset', signals: [signal] }, csat: 1 }),
    ]);
    expect(items.map((i) => i.handoffId).sort()).toEqual(['low-csat', 'signals']);
    expect(items.find((i) => i.handoffId === 'signals')!.evidence).toEqual(['frustration phrase: "this is ridiculous"']);
    expect(items.find((i) => i.handoffId === 'low-csat')!.reason).toBe('Tagged neutral, then rated 2 out of 5.');
  });

  it('lists agents who ignored the context: summary never opened and a cold start', () => {
    const items = findReviewItems([
      handoff('ignored', { summary: 'never_opened', coldStart: true }),
      handoff('read-then-cold', { summary: 'opened', coldStart: true }),
      handoff('unread-but-warm', { summary: 'never_opened', coldStart: false }),
    ]);
    expect(items.map((i) => [i.kind, i.handoffId])).toEqual([['ignored_context', 'ignored']]);
  });

  it('puts the newest first', () => {
    const items = findReviewItems([handoff('old', { summary: 'never_opened', coldStart: true }), handoff('new', { createdAt: at(50), summary: 'never_opened', coldStart: true })]);
    expect(items.map((i) => i.handoffId)).toEqual(['new', 'old']);
  });
});
