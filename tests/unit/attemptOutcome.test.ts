import { describe, expect, it } from 'vitest';
import type { Attempt, AttemptOutcome } from '../../src/assistant/attempts/attempt.ts';
import { inferOutcome } from '../../src/assistant/attempts/inferOutcome.ts';
import { labelFor } from '../../src/assistant/attempts/labelFor.ts';
import { settleAttempt } from '../../src/assistant/attempts/settleAttempt.ts';
import { startAttempt } from '../../src/assistant/attempts/startAttempt.ts';

const article = startAttempt({ kind: 'article', ref: 'refund-policy', articleTitle: 'Refunds', atSeq: 2 });
const portal = startAttempt({ kind: 'action', ref: 'refund_portal', atSeq: 4 });
const reset = startAttempt({ kind: 'action', ref: 'password_reset' });
const steps = startAttempt({ kind: 'action', ref: 'troubleshooting', articleTitle: 'The app does not load' });
const lookup = startAttempt({ kind: 'action', ref: 'order_lookup' });

/** Replies as customers write them, after the attempt named first. */
const cases: [Attempt, string, AttemptOutcome][] = [
  // succeeded
  [article, 'thanks!', 'succeeded'],
  [article, 'Thank you so much, that answers my question', 'succeeded'],
  [steps, 'that worked, thanks', 'succeeded'],
  [steps, 'Perfect, it loads now 🙂', 'succeeded'],
  [reset, 'got it, I can log in now', 'succeeded'],
  [reset, 'I got the email, all good', 'succeeded'],
  [portal, 'found it, refund requested. cheers', 'succeeded'],
  [steps, 'no, that worked!', 'succeeded'],
  [steps, "It didn't work at first but now it works, thanks", 'succeeded'],
  [steps, "I'm not getting the error anymore", 'succeeded'],
  [article, 'yes', 'succeeded'],
  [article, 'that is exactly what I needed', 'succeeded'],
  [steps, 'clearing the cache fixed it', 'succeeded'],
  [steps, '¡Gracias, ya funciona!', 'succeeded'],
  [steps, 'Merci, ça marche maintenant', 'succeeded'],
  [steps, 'Danke, hat funktioniert', 'succeeded'],
  // failed
  [portal, "I can't find the charge in the portal", 'failed'],
  [portal, "Thanks, but I can't find the charge in the portal", 'failed'],
  [steps, "that didn't work", 'failed'],
  [steps, 'still broken', 'failed'],
  [reset, 'the link is expired', 'failed'],
  [steps, "the page still doesn't load", 'failed'],
  [steps, "thanks but it still doesn't work", 'failed'],
  [steps, "I already tried that, it's the same error", 'failed'],
  [reset, "I haven't got the email", 'failed'],
  [reset, 'the reset email never arrived', 'failed'],
  [steps, "it's not fixed", 'failed'],
  [steps, 'nope, still the same', 'failed'],
  [article, 'not really', 'failed'],
  [article, "that doesn't help at all", 'failed'],
  [portal, 'the portal shows a 404', 'failed'],
  [steps, 'no luck, nothing happens when I click', 'failed'],
  [steps, "I don't think that worked", 'failed'],
  [steps, 'gracias pero sigue sin funcionar', 'failed'],
  [steps, 'ça ne marche toujours pas', 'failed'],
  [steps, 'danke, aber es geht immer noch nicht', 'failed'],
  // declined
  [portal, 'no thanks', 'declined'],
  [portal, "I don't want a refund, I want to know why I was charged", 'declined'],
  [article, "that's not what I asked", 'declined'],
  [article, "that's not it", 'declined'],
  [portal, 'no', 'declined'],
  [article, 'never mind', 'declined'],
  [portal, "I'd rather talk to a person", 'declined'],
  [article, 'wrong article, my question is about invoices', 'declined'],
  [portal, 'no, gracias', 'declined'],
  [portal, 'non merci', 'declined'],
  [portal, 'nein danke', 'declined'],
  // offered
  [article, 'how do I download my invoices?', 'offered'],
  [article, '', 'offered'],
  [steps, "ok, I'll try that", 'offered'],
  [steps, 'one sec, trying now', 'offered'],
  [steps, 'is it fixed on your side?', 'offered'],
  [portal, 'which order is that for?', 'offered'],
  [lookup, 'also, can I change my plan', 'offered'],
];

/**
 * Written after `cases` passed, as a check on replies the phrases were not written for:
 * 23 of 32 right at first (the misses all read as `offered`); phrases added for them since.
 */
const secondRound: [Attempt, string, AttemptOutcome][] = [
  [steps, 'yep that sorted it', 'succeeded'],
  [steps, 'Brilliant, back up and running', 'succeeded'],
  [reset, 'ok im in now thx', 'succeeded'],
  [portal, 'done, submitted the refund request', 'succeeded'],
  [article, 'ah ok that makes sense, ty', 'succeeded'],
  [steps, 'works perfectly now', 'succeeded'],
  [lookup, 'great, thanks for checking', 'succeeded'],
  [steps, 'Seems to be working now!', 'succeeded'],
  [article, 'perfecto, gracias', 'succeeded'],
  [portal, "the charge isn't listed there", 'failed'],
  [portal, "there's no refund button", 'failed'],
  [reset, "still haven't received anything", 'failed'],
  [steps, 'same thing happens, white screen', 'failed'],
  [steps, 'I did all of that and it is still not loading', 'failed'],
  [reset, 'the link says invalid token', 'failed'],
  [steps, 'nah still spinning', 'failed'],
  [portal, 'the portal is down', 'failed'],
  [steps, 'tried it, no difference', 'failed'],
  [steps, 'no sigue igual', 'failed'],
  [steps, 'toujours le même problème', 'failed'],
  [portal, 'ich finde die Abbuchung nicht', 'failed'],
  [article, "this doesn't answer my question", 'declined'],
  [portal, "I'm not interested in the portal, I want a human", 'declined'],
  [portal, 'no I just want you to fix it', 'declined'],
  [article, "that's about passwords, I asked about billing", 'declined'],
  [portal, "I don't need a refund", 'declined'],
  [article, 'that has nothing to do with my problem', 'declined'],
  [article, 'what about refunds?', 'offered'],
  [steps, 'give me a minute', 'offered'],
  [portal, 'where do I find the refund portal on mobile?', 'offered'],
  [lookup, 'and when will it arrive?', 'offered'],
  [steps, "I'll check and get back to you", 'offered'],
];

describe('inferOutcome', () => {
  it.each([...cases, ...secondRound])('after %s: %s → %s', (attempt, text, outcome) => {
    expect(inferOutcome(attempt, text).outcome).toBe(outcome);
  });

  it('reads at least 40 cases across all four outcomes, every one right', () => {
    const all = [...cases, ...secondRound];
    const right = all.filter(([attempt, text, outcome]) => inferOutcome(attempt, text).outcome === outcome).length;
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map(([, , outcome]) => outcome))).toEqual(new Set(['succeeded', 'failed', 'declined', 'offered']));
    expect(right / all.length).toBe(1);
  });

  it("quotes the customer's words that set the outcome", () => {
    expect(inferOutcome(portal, "Thanks, but I can't find the charge in the portal")).toEqual({
      outcome: 'failed',
      evidence: "Thanks, but I can't find the charge in the portal",
    });
    expect(inferOutcome(steps, 'Hi again. That didn’t work. Any other ideas?')).toEqual({ outcome: 'failed', evidence: 'That didn’t work.' });
    expect(inferOutcome(article, 'how do I download my invoices?')).toEqual({ outcome: 'offered' });
  });

  it('changes an attempt that already failed only on a strong signal', () => {
    const notFound = startAttempt({ kind: 'action', ref: 'order_lookup', status: 'not_found' });
    expect(notFound).toMatchObject({ outcome: 'failed', evidence: 'not found on the account' });
    expect(inferOutcome(notFound, 'thanks').outcome).toBe('failed');
    expect(inferOutcome(notFound, 'sorry, it is 9021').outcome).toBe('failed');
    expect(inferOutcome(notFound, 'found it, thanks, all good').outcome).toBe('succeeded');
  });
});

describe('settleAttempt', () => {
  it('sets the outcome and evidence, and keeps the rest', () => {
    expect(settleAttempt(portal, 'I cannot find the charge in the portal')).toEqual({
      kind: 'action',
      ref: 'refund_portal',
      label: 'offered self-service refund portal',
      outcome: 'failed',
      evidence: 'I cannot find the charge in the portal',
      atSeq: 4,
    });
    expect(settleAttempt(article, 'what about invoices?')).toBe(article);
  });
});

describe('labelFor', () => {
  it.each<[Attempt['kind'], string, string | undefined, string]>([
    ['article', 'refund-policy', undefined, 'directed to the refund policy article'],
    ['article', 'refund-policy', 'Refunds', 'directed to the "Refunds" article'],
    ['action', 'order_lookup', undefined, 'confirmed order history'],
    ['action', 'refund_portal', undefined, 'offered self-service refund portal'],
    ['action', 'password_reset', undefined, 'sent a password reset link'],
    ['action', 'plan_change', undefined, 'offered the plan change page'],
    ['action', 'troubleshooting', 'Sync errors', 'walked through troubleshooting steps for "Sync errors"'],
    ['action', 'store_credit', undefined, 'ran store credit'],
  ])('%s %s (%s) → %s', (kind, ref, title, label) => {
    expect(labelFor(kind, ref, title)).toBe(label);
  });
});
