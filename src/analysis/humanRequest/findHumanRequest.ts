import { languages } from './languages/index.ts';
import type { PreparedText } from './prepareText.ts';

const anyOf = (lists: readonly (readonly string[])[]): string => lists.flat().join('|');

const notAPerson = new RegExp(String.raw`\b(?:${anyOf(languages.map((l) => l.notAPerson))})\b`, 'g');
const negation = new RegExp(String.raw`\b(?:${anyOf(languages.map((l) => l.negations))})\b`);
const clauseBreak = new RegExp(String.raw`(?:[.,!?;:]|\b(?:${anyOf(languages.map((l) => l.clauseBreaks))})\b)`, 'g');
const negatedAfter = /^ (?:(?:is|are|would be|will be) )?(?:not|n't|really not) (?:necessary|needed|required)\b|^ (?:isn't|won't be|is unnecessary)\b/;
const requests = languages.flatMap((l) => l.requests);
const refusals = languages.flatMap((l) => l.refusals);
/** How far back a negation can reach: "I really don't think I need to talk to a human". */
const scope = 80;

/** A request found in prepared text: where it is, in that text's coordinates. */
export interface FoundRequest {
  start: number;
  end: number;
}

function blank(phrase: string): string {
  return '_'.repeat(phrase.length);
}

/** Whether a negation in the same clause cancels the request at [start, end). */
function isNegated(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - scope);
  const before = text.slice(from, start);
  let clauseStart = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(before); m !== null; m = clauseBreak.exec(before)) {
    clauseStart = m.index + m[0].length;
    if (m[0].length === 0) clauseBreak.lastIndex++;
  }
  const clause = before.slice(clauseStart) + text.slice(start, end);
  return negation.test(clause) || negatedAfter.test(text.slice(end, end + 40));
}

function firstMatch(patterns: readonly RegExp[], text: string, negatable: boolean): FoundRequest | undefined {
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const end = m.index + m[0].length;
      if (!negatable || !isNegated(text, m.index, end)) return { start: m.index, end };
    }
  }
  return undefined;
}

/**
 * Find the first phrase that asks for a person, skipping phrases that name something else
 * ("human resources") and requests cancelled by a negation in their clause ("I don't need a
 * human"). Refusals of the assistant ("I don't want to talk to a bot") count as requests.
 *
 * @example
 *   findHumanRequest(prepareText('no thanks, let me talk to a person')) // { start: 19, end: 35 }: 'talk to a person'
 */
export function findHumanRequest(prepared: PreparedText): FoundRequest | undefined {
  // Same-length blanks keep every offset valid for the evidence.
  const text = prepared.text.replace(notAPerson, blank);
  return firstMatch(refusals, text, false) ?? firstMatch(requests, text, true);
}
