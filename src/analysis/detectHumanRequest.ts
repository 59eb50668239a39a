import { findHumanRequest } from './humanRequest/findHumanRequest.ts';
import { originalSpan, prepareText } from './humanRequest/prepareText.ts';
import type { HumanRequest } from './types.ts';

export type { HumanRequest } from './types.ts';

/**
 * Whether the customer asked for a person, in English, Spanish, French, German, Portuguese,
 * Italian or Dutch, with the customer's own words as evidence. Reads typos ("tlak to a humna"),
 * requests inside long messages and indirect forms ("is there anyone I can actually talk
 * to?"); a negation in the same clause cancels a request ("I don't need a human"), and
 * person-words that mean something else ("human resources", "my insurance agent") do not count.
 * Reads the first 20,000 characters of a turn. Pure, never throws; about 0.1 ms at p99 on
 * ordinary turns; measured in docs/EVALUATION.md (scripts/eval/humanRequestEval.ts).
 *
 * @example
 *   detectHumanRequest('can I talk to a real person?') // { requested: true, matched: 'talk to a real person' }
 *   detectHumanRequest("I don't need a human, just the opening hours") // { requested: false }
 */
export function detectHumanRequest(text: string): HumanRequest {
  try {
    const prepared = prepareText(typeof text === 'string' ? text : String(text));
    const found = findHumanRequest(prepared);
    if (found === undefined) return { requested: false };
    const { from, to } = originalSpan(prepared, found.start, found.end);
    return { requested: true, matched: text.slice(from, to).trim() };
  } catch {
    // A detector that throws would stop the turn; a missed request is caught by the other triggers.
    return { requested: false };
  }
}
