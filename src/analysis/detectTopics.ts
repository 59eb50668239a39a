import { allMatches } from './allMatches.ts';
import { findMoney, type MoneyMatch } from './extractMoney.ts';
import { accessibility } from './topics/accessibility.ts';
import { billingDispute } from './topics/billingDispute.ts';
import { legal } from './topics/legal.ts';
import { safety } from './topics/safety.ts';
import { clauseBefore, isNegated, type TopicRule } from './topics/topicRule.ts';
import type { TopicMatch } from './types.ts';

/** Most urgent first: the order in which `detectTopics` reports topics. */
const rules: readonly TopicRule[] = [safety, legal, accessibility, billingDispute];

interface Found {
  start: number;
  end: number;
}

/** Lookalikes become spaces of the same length, so positions still point into the original text. */
function blankLookalikes(text: string, lookalikes: RegExp | undefined): string {
  return lookalikes ? text.replace(lookalikes, blank) : text;
}

function blank(match: string): string {
  return ' '.repeat(match.length);
}

function firstClaim(text: string, rule: TopicRule): Found | undefined {
  const matches = allMatches(rule.shows, text);
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    if (isNegated(text, match.index)) continue;
    if (rule.hypothetical?.test(clauseBefore(text, match.index))) continue;
    return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

function firstEvenNegated(text: string, rule: TopicRule): Found | undefined {
  if (!rule.showsEvenNegated) return undefined;
  const [match] = allMatches(rule.showsEvenNegated, text);
  return match && { start: match.index, end: match.index + match[0].length };
}

function distance(a: Found, b: Found): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** The amount nearest the dispute words; on a tie, the one written first. */
function nearestAmount(found: Found, amounts: MoneyMatch[]): MoneyMatch | undefined {
  let best: MoneyMatch | undefined;
  for (const amount of amounts) if (!best || distance(found, amount) < distance(found, best)) best = amount;
  return best;
}

/**
 * The topics in a customer's turn that always go to a person: billing dispute, legal,
 * accessibility, safety. Each topic appears at most once, with the first words that showed it
 * as evidence, most urgent first (safety, legal, accessibility, billing dispute). A phrase that
 * is negated ("I'm not going to sue"), hypothetical ("will I be charged twice?") or a
 * lookalike ("safety deposit box", "legal name", "dark mode") does not count. A billing
 * dispute carries the amount written nearest its words, when there is one.
 *
 * @example
 *   detectTopics('I cancelled last month but you still charged me 129.99 EUR')
 *   // [{ topic: 'billing_dispute', evidence: 'cancelled last month but you still charged',
 *   //    amount: { amount: 129.99, currency: 'EUR', text: '129.99 EUR' } }]
 */
export function detectTopics(text: string): TopicMatch[] {
  const topics: TopicMatch[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const searched = blankLookalikes(text, rule.lookalikes);
    const claim = firstClaim(searched, rule);
    const negated = firstEvenNegated(searched, rule);
    const found = claim && negated ? (claim.start <= negated.start ? claim : negated) : (claim ?? negated);
    if (!found) continue;
    const match: TopicMatch = { topic: rule.topic, evidence: text.slice(found.start, found.end) };
    if (rule.topic === 'billing_dispute') {
      const amount = nearestAmount(found, findMoney(text));
      if (amount) match.amount = amount.money;
    }
    topics.push(match);
  }
  return topics;
}
