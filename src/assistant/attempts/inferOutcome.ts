import type { Attempt, AttemptOutcome, OutcomeReading } from './attempt.ts';
import { clauseBreak, conditionBefore, negationBefore, outcomePhrases, type OutcomeSignal } from './outcomePhrases.ts';

interface Hit {
  signal: OutcomeSignal;
  start: number;
  end: number;
  negatable: boolean;
}

const strong = new Set<OutcomeSignal>(['succeeded', 'failed', 'declined', 'pending']);
/** On a tie in length, the more telling signal wins. */
const rank: Record<OutcomeSignal, number> = { failed: 0, declined: 1, succeeded: 2, pending: 3, thanks: 4, yes: 5, no: 6 };

/**
 * How an attempt ended, from what the customer says next. The last strong signal wins,
 * so "thanks but it still doesn't work" failed and "that didn't work… oh, now it works"
 * succeeded; "I'll try that" keeps it offered. A success under a negation fails ("not
 * fixed", "I haven't got the email") and a problem under one succeeds ("I'm not getting
 * the error any more"); a success asked about is no success ("is it fixed?"). With no strong
 * signal: thanks is a success, and a bare "no" fails an article or troubleshooting (it
 * answered "did that help?") but declines an offer, while "yes" confirms an article or
 * troubleshooting. Otherwise (a new question, or no reply yet) the outcome is unchanged:
 * `offered` for a new attempt. An attempt already settled (an order not found) changes only
 * on a strong signal. English, with a few phrases in Spanish, French and German.
 *
 * @example
 *   inferOutcome(refundPortalAttempt, "Thanks, but I can't find the charge in the portal")
 *   // { outcome: 'failed', evidence: "Thanks, but I can't find the charge in the portal" }
 *   inferOutcome(articleAttempt, 'no, that worked!') // { outcome: 'succeeded', evidence: 'no, that worked!' }
 *   inferOutcome(articleAttempt, 'how do I download invoices?') // { outcome: 'offered' }
 */
export function inferOutcome(attempt: Pick<Attempt, 'kind' | 'ref' | 'outcome'>, nextCustomerText?: string): OutcomeReading {
  const written = nextCustomerText ?? '';
  const lower = written.replace(/[’‘`´]/g, "'").toLowerCase();
  const hits = signalsIn(lower);
  const decisive = hits.filter((h) => strong.has(h.signal)).at(-1);
  const reading = (outcome: AttemptOutcome, hit: Hit): OutcomeReading => ({ outcome, evidence: sentenceAt(lower.length === written.length ? written : lower, hit.start) });
  if (decisive) return reading(decisive.signal === 'pending' ? 'offered' : (decisive.signal as AttemptOutcome), decisive);
  if (attempt.outcome !== 'offered') return { outcome: attempt.outcome };
  const asked = attempt.kind === 'article' || attempt.ref === 'troubleshooting';
  const thanks = hits.find((h) => h.signal === 'thanks');
  if (thanks) return reading('succeeded', thanks);
  const yes = hits.find((h) => h.signal === 'yes');
  if (yes && asked) return reading('succeeded', yes);
  const no = hits.find((h) => h.signal === 'no');
  if (no) return reading(asked ? 'failed' : 'declined', no);
  return { outcome: attempt.outcome };
}

/** The signals in a lower-cased reply, in reading order: overlaps resolved, negations applied. */
function signalsIn(lower: string): Hit[] {
  const found: Hit[] = [];
  for (const { signal, pattern, negatable } of outcomePhrases) {
    for (const match of lower.matchAll(pattern)) found.push({ signal, start: match.index, end: match.index + match[0].length, negatable: negatable ?? false });
  }
  // The longest phrase wins where two overlap: "doesn't work" over "work", "no thanks" over "thanks".
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || rank[a.signal] - rank[b.signal]);
  const kept: Hit[] = [];
  for (const hit of found) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  return kept
    .flatMap((hit): Hit[] => {
      const before = lower.slice(clauseStart(lower, hit.start), hit.start);
      if (hit.signal === 'succeeded' && conditionBefore.test(before)) return [];
      if (hit.negatable && negationBefore.test(before)) {
        if (hit.signal === 'succeeded') return [{ ...hit, signal: 'failed' }];
        if (hit.signal === 'failed') return [{ ...hit, signal: 'succeeded' }];
      }
      return [hit];
    })
    .sort((a, b) => a.start - b.start);
}

function clauseStart(lower: string, index: number): number {
  let start = 0;
  for (const match of lower.slice(0, index).matchAll(clauseBreak)) start = match.index + match[0].length;
  return start;
}

/** The sentence of the reply around a position, as written (at most 160 characters). */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(...[...text.slice(0, index).matchAll(/[.!?\n]+\s*/g)].map((m) => m.index + m[0].length), 0);
  const rest = text.slice(index).search(/[.!?\n]/);
  const end = rest === -1 ? text.length : index + rest + 1;
  const sentence = text.slice(start, end).trim();
  return sentence.length > 160 ? `${sentence.slice(0, 159)}…` : sentence;
}
