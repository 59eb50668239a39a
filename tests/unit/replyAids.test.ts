import { describe, expect, it } from 'vitest';
import { keyTerms, openingLine, repeatedAttempts } from '../../src/packet/replyAids.ts';
import type { AttemptedResolution, HandoffPacket } from '../../src/packet/types.ts';

const tried: AttemptedResolution[] = [
  { kind: 'action', ref: 'refund_portal', label: 'offered self-service refund portal', outcome: 'declined' },
  { kind: 'action', ref: 'password_reset', label: 'sent a password reset link', outcome: 'failed' },
  { kind: 'article', ref: 'invoices', label: 'directed to the "Download invoices" article', outcome: 'offered' },
  { kind: 'action', ref: 'troubleshooting', label: 'walked through troubleshooting steps for "Sync errors"', outcome: 'failed' },
];
const refs = (draft: string) => repeatedAttempts(draft, tried).map((a) => a.ref);

describe('the don\'t-repeat warning', () => {
  it('names the attempts a draft proposes again, by phrase or by two key terms', () => {
    expect(refs('You can request a refund online through the refund portal.')).toEqual(['refund_portal']);
    expect(refs('Could you try resetting your password?')).toEqual(['password_reset']);
    expect(refs('I will send you a new password reset email')).toEqual(['password_reset']);
    expect(refs('Your invoices can be downloaded under Billing.')).toEqual(['invoices']);
    expect(refs('Please clear the cache and restart the app.')).toEqual(['troubleshooting']);
    expect(refs('Those sync errors usually go away after an update')).toEqual(['troubleshooting']);
  });

  it('stays quiet on drafts that do something new, and on a few characters', () => {
    expect(refs("I've issued the refund for the duplicate charge myself; it shows in 3-5 days.")).toEqual([]);
    expect(refs('I have unlocked your account, please sign in again.')).toEqual([]);
    expect(refs('Hi')).toEqual([]);
    expect(refs('')).toEqual([]);
  });

  it('keeps only the words that say what was tried', () => {
    expect(keyTerms(tried[0]!).sort()).toEqual(['portal', 'refund']);
    expect(keyTerms(tried[1]!).sort()).toEqual(['password', 'reset']);
  });
});

const packet = (over: { tag?: 'neutral' | 'frustrated' | 'upset'; line?: string; topic?: string | null; language?: string; orderIds?: string[]; amounts?: string[] }) =>
  ({
    sentiment: { tag: over.tag ?? 'neutral', signals: [] },
    intent: { line: over.line ?? 'Reset password', orderIds: over.orderIds ?? [], amounts: over.amounts ?? [], accountNumbers: [] },
    escalation: { triggers: [], priority: 0, topic: over.topic ?? null, language: over.language ?? 'en', explanation: '' },
  }) as unknown as Pick<HandoffPacket, 'sentiment' | 'intent' | 'escalation'>;

describe('the opening-line suggestion', () => {
  it('puts empathy first for a frustrated or upset customer and names the issue', () => {
    const line = openingLine(packet({ tag: 'upset', line: 'Disputes a charge: order #8821, 89.99 USD', topic: 'billing_dispute', orderIds: ['8821'], amounts: ['89.99 USD'] }), 'Billing Agent 1');
    expect(line).toMatch(/^I'm sorry about the disputed charge on order #8821 \(89\.99 USD\)/);
    expect(line).toContain("I'm Billing Agent 1");
    expect(openingLine(packet({ tag: 'frustrated' }), 'A')).toMatch(/^I'm sorry about your reset password request/);
  });

  it('greets a calm customer and still names the issue', () => {
    const line = openingLine(packet({ tag: 'neutral', line: 'Asks: "Where is my parcel?"' }), 'Technical Agent 1');
    expect(line).toBe('Hi, I\'m Technical Agent 1. I can see you need help with your question ("Where is my parcel?"), and I have the details from your conversation, so let\'s sort it out.');
    const withIds = openingLine(packet({ tag: 'upset', line: 'Asks: "Why was I charged twice?": order #8821, 89.99 USD', orderIds: ['8821'], amounts: ['89.99 USD'] }), 'A');
    expect(withIds).toMatch(/^I'm sorry about your question \("Why was I charged twice\?"\) on order #8821 \(89\.99 USD\),/);
  });

  it('reads customer text as text: no variables, no replacement patterns', () => {
    const line = openingLine(packet({ tag: 'neutral', line: 'Asks: "Is {agent} there? $& $\' $$"' }), 'Billing Agent 1');
    expect(line).toBe('Hi, I\'m Billing Agent 1. I can see you need help with your question ("Is {agent} there? $& $\' $$"), and I have the details from your conversation, so let\'s sort it out.');
  });

  it('speaks the customer\'s language when Baton has it, English otherwise', () => {
    expect(openingLine(packet({ tag: 'upset', language: 'es', orderIds: ['8821'] }), 'Ana')).toMatch(/^Siento mucho lo de #8821/);
    expect(openingLine(packet({ tag: 'neutral', language: 'ja' }), 'A')).toMatch(/^Hi, I'm A\./);
  });
});
