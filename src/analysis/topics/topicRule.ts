import type { Topic } from '../types.ts';

/**
 * How one topic shows in text: the phrases that show it, lookalikes to ignore first, and the
 * clause endings before a phrase that make it a question or a hypothetical rather than a claim.
 */
export interface TopicRule {
  topic: Topic;
  /** Phrases that show the topic (global). */
  shows: RegExp;
  /** Phrases that show it even when negated ("I'm not suicidal, but…" still goes to a person). */
  showsEvenNegated?: RegExp;
  /** Lookalikes blanked out before matching: "safety deposit box", "food court". */
  lookalikes?: RegExp;
  /** Matched against the text just before a phrase: "will I be " + "charged twice". */
  hypothetical?: RegExp;
}

/**
 * A global, case-insensitive, Unicode regex from phrase sources, with word edges that also work
 * for accented letters. Inside a phrase a space means any run of spaces or hyphens (" ?": maybe
 * none), and an apostrophe also matches the typographic one.
 *
 * @example
 *   'my screen-reader'.match(phrases('screen reader', "can'?t see")) // ['screen-reader']
 */
export function phrases(...sources: string[]): RegExp {
  const body = sources.map((source) => source.replace(/ \?/g, String.raw`[\s-]*`).replace(/ /g, String.raw`[\s-]+`).replace(/'/g, "['’]")).join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${body})(?![\p{L}\p{N}_])`, 'giu');
}

// Words that may sit between a negation and the phrase it negates: "not going to sue",
// "don't need a lawyer", "no smoke or sparks".
const FILLER = [
  'be', 'been', 'being', 'get', 'got', 'gotten', 'getting', 'ever', 'even', 'really', 'actually', 'going', 'gonna', 'to',
  'want', 'wanna', 'need', 'plan', 'planning', 'intend', 'intending', 'trying', 'threatening', 'have', 'has', 'had', 'a', 'an',
  'any', 'the', 'my', 'some', 'call', 'involve', 'involving', 'take', 'taking', 'file', 'filing', 'hire', 'hiring', 'contact',
  'think', 'i', "i'm", 'im', 'was', 'is', 'am', 'it', 'for', 'with', 'yet', 'see', 'seen', 'smell', 'notice', 'noticed', 'signs?',
  'of', 'there', 'mean', 'saying', 'like', 'that', 'this', 'someone', 'anyone', 'about', 'vais', 'werde', 'voy', 'a',
].join('|');
const NEGATION = String.raw`(?:(?<!\p{L})(?:not|never|no|without|nor|neither|nunca|pas|nicht|kein\p{L}*|não|nao|non|niet|geen|ni|dont|doesnt|didnt|isnt|wasnt|arent|werent|havent|hasnt|wont|cant|couldnt|wouldnt|aint)|\p{L}n['’]t)`;
const negatedEnding = new RegExp(
  String.raw`${NEGATION}\s+(?:(?:${FILLER.replace(/'/g, "['’]")})\s+|[\p{L}'’]+\s+(?:or|nor|and|o|y|ou|et|oder|und|e|of|en)\s+){0,4}$`,
  'iu',
);

/**
 * Whether the words just before `index` negate what starts there ("not going to " + "sue").
 *
 * @example
 *   isNegated("I'm not going to sue", 8) // true
 */
export function isNegated(text: string, index: number): boolean {
  return negatedEnding.test(clauseBefore(text, index));
}

/**
 * The start of the clause that `index` sits in, up to 80 characters back.
 *
 * @example
 *   clauseBefore('Thanks. Will I be charged twice?', 18) // ' Will I be '
 */
export function clauseBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 80), index);
  const cut = Math.max(window.lastIndexOf('.'), window.lastIndexOf('!'), window.lastIndexOf('?'), window.lastIndexOf('\n'), window.lastIndexOf(';'));
  return window.slice(cut + 1);
}
