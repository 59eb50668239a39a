import { correctToken } from './correctToken.ts';

/**
 * A customer's turn in the one shape every phrase pattern is written for: lower case, accents
 * removed, words separated by one space, sentence punctuation kept as its own token, key words
 * with typos corrected. `tokens` maps the text back to the original, so the evidence quotes the
 * customer's own words.
 */
export interface PreparedText {
  text: string;
  /** Each token's offset in `text` and the span of the original it came from, in order. */
  tokens: { at: number; from: number; to: number }[];
}

/** Longest input analysed; a request for a person is never deeper than this in one turn. */
const maxLength = 20_000;
const maxWordLength = 40;
const punctuation = new Set(['.', ',', '!', '?', ';', ':']);
const apostrophes = new Set(["'", '\u2019', '\u2018', '`', '\u00b4', '\u02bc']);
const foldCache = new Map<string, string>();

/** One character folded to lower-case ASCII letters and digits, `'`, punctuation, or a space. */
function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || ch === "'") return ch;
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    return punctuation.has(ch) ? ch : ' ';
  }
  if (apostrophes.has(ch)) return "'";
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  const folded = ch
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\u00df/g, 'ss')
    .replace(/[^a-z0-9]/g, ' ');
  if (foldCache.size < 4096) foldCache.set(ch, folded);
  return folded;
}

/**
 * Fold, tokenise and correct a turn. Never throws: lone surrogates, control characters, emoji
 * and right-to-left scripts all fold to spaces.
 *
 * @example
 *   prepareText('Tlak to a HUMNA!!').text // 'talk to a human ! !'
 */
export function prepareText(raw: string): PreparedText {
  const source = raw.length > maxLength ? raw.slice(0, maxLength) : raw;
  const tokens: PreparedText['tokens'] = [];
  const parts: string[] = [];
  let length = 0;
  let word = '';
  let wordStart = 0;
  let wordEnd = 0;

  const emit = (token: string, from: number, to: number): void => {
    if (parts.length > 0) (parts.push(' '), length++);
    tokens.push({ at: length, from, to });
    parts.push(token);
    length += token.length;
  };
  const flush = (): void => {
    const trimmed = word.replace(/^'+|'+$/g, '');
    // No phrase uses a word this long; one placeholder keeps a 20,000-letter "word" from costing every pattern a step per letter.
    if (trimmed.length > maxWordLength) emit('_', wordStart, wordEnd);
    else if (trimmed !== '') for (const piece of correctToken(trimmed)) emit(piece, wordStart, wordEnd);
    word = '';
  };

  let index = 0;
  for (const ch of source) {
    const folded = fold(ch);
    for (let k = 0; k < folded.length; k++) {
      const c = folded[k]!;
      if (c === ' ' || punctuation.has(c)) {
        if (word !== '') flush();
        if (c !== ' ') emit(c, index, index + ch.length);
        continue;
      }
      // Runs of three or more of one letter ("heeeelp") keep two.
      if (word.length >= 2 && word[word.length - 1] === c && word[word.length - 2] === c) continue;
      if (word === '') wordStart = index;
      word += c;
      wordEnd = index + ch.length;
    }
    index += ch.length;
  }
  if (word !== '') flush();
  return { text: parts.join(''), tokens };
}

/**
 * The span of the original text that produced characters [start, end) of the prepared text.
 *
 * @example
 *   const prepared = prepareText('Talk to a HUMNA');
 *   originalSpan(prepared, 0, prepared.text.length) // { from: 0, to: 15 }
 */
export function originalSpan(prepared: PreparedText, start: number, end: number): { from: number; to: number } {
  const { tokens } = prepared;
  let first = tokens[0];
  let last = tokens[0];
  for (const token of tokens) {
    if (token.at <= start) first = token;
    if (token.at < end) last = token;
    else break;
  }
  return { from: first?.from ?? 0, to: last?.to ?? 0 };
}
