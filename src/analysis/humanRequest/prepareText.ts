import { correctInContext } from './correctInContext.ts';
import { correctToken } from './correctToken.ts';

/**
 * A customer's turn in the one shape every phrase pattern is written for: lower case, accents
 * removed, words separated by one space, sentence punctuation kept as its own token, key words
 * with typos corrected. `tokens` and `spans` map the text back to the original, so the evidence
 * quotes the customer's own words.
 */
export interface PreparedText {
  text: string;
  /** The tokens `text` is made of, in order, joined by one space. */
  tokens: string[];
  /** For each token, the start and end of the original span it came from (two numbers a token). */
  spans: number[];
}

/** Longest input analysed; a request for a person is never deeper than this in one turn. */
const maxLength = 20_000;
const maxWordLength = 40;
const punctuation = new Set(['.', ',', '!', '?', ';', ':']);
const apostrophes = new Set(["'", '\u2019', '\u2018', '`', '\u00b4', '\u02bc']);
const apostrophe = 39;
const foldCache = new Map<string, string>();

/** ASCII characters: 0 separates words, 1 is part of a word, 2 is punctuation kept as a token. */
const asciiClass = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  asciiClass[code] = /[a-zA-Z0-9']/.test(ch) ? 1 : punctuation.has(ch) ? 2 : 0;
}

/** One non-ASCII character folded to lower-case ASCII letters and digits, `'`, or spaces. */
function fold(ch: string): string {
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
 * The tokens of one turn as they are read, before typos that need the next word are corrected.
 * A word is kept as a slice of the original while it is plain lower-case ASCII; only words
 * with capitals, accents or long runs of one letter are built letter by letter.
 */
class Tokens {
  readonly tokens: string[] = [];
  readonly spans: number[] = [];
  /** Whether each token is a word as written, which `correctInContext` may still correct. */
  readonly asWritten: boolean[] = [];
  private start = -1;
  private end = 0;
  private built: string | undefined;
  private capitals = false;
  private length = 0;
  private last = 0;
  private beforeLast = 0;

  constructor(private readonly source: string) {}

  push(token: string, from: number, to: number, asWritten: boolean): void {
    this.tokens.push(token);
    this.spans.push(from, to);
    this.asWritten.push(asWritten);
  }

  /** Add one folded letter, digit or apostrophe (`code`) read from the original at [at, at + width). */
  letter(code: number, at: number, width: number, ascii: boolean): void {
    // Runs of three or more of one letter ("heeeelp") keep two.
    if (this.length >= 2 && this.last === code && this.beforeLast === code) {
      this.built ??= this.plainWord();
      return;
    }
    if (this.start < 0) this.start = this.end = at;
    if (!ascii || this.built !== undefined || this.end !== at) {
      this.built = (this.built ?? this.plainWord()) + String.fromCharCode(code);
    } else if (code !== this.source.charCodeAt(at)) {
      this.capitals = true;
    }
    this.end = at + width;
    this.length++;
    this.beforeLast = this.last;
    this.last = code;
  }

  /** End the current word, if any, and add it with its typos corrected. */
  flush(): void {
    if (this.start < 0) return;
    let word = this.built ?? this.plainWord();
    let from = 0;
    let to = word.length;
    while (from < to && word.charCodeAt(from) === apostrophe) from++;
    while (to > from && word.charCodeAt(to - 1) === apostrophe) to--;
    if (from > 0 || to < word.length) word = word.slice(from, to);
    // No phrase uses a word this long; one placeholder keeps a 20,000-letter "word" from costing every pattern a step per letter.
    if (word.length > maxWordLength) this.push('_', this.start, this.end, false);
    else if (word !== '') {
      const pieces = correctToken(word);
      for (const piece of pieces) this.push(piece, this.start, this.end, pieces.length === 1 && piece === word);
    }
    this.start = -1;
    this.built = undefined;
    this.capitals = false;
    this.length = 0;
    this.last = 0;
    this.beforeLast = 0;
  }

  /** The word so far while it is a plain slice of the original, in lower case. */
  private plainWord(): string {
    if (this.start < 0) return '';
    const slice = this.source.slice(this.start, this.end);
    return this.capitals ? slice.toLowerCase() : slice;
  }
}

/**
 * Fold, tokenise and correct a turn. Never throws: lone surrogates, control characters, emoji
 * and right-to-left scripts all fold to spaces.
 *
 * @example
 *   prepareText('Tlak to a HUMNA!!').text // 'talk to a human ! !'
 *   prepareText('talk to a lpive agent').text // 'talk to a live agent'
 */
export function prepareText(raw: string): PreparedText {
  const source = raw.length > maxLength ? raw.slice(0, maxLength) : raw;
  const read = new Tokens(source);
  for (let index = 0; index < source.length; ) {
    const code = source.charCodeAt(index);
    if (code < 128) {
      const kind = asciiClass[code];
      if (kind === 1) read.letter(code >= 65 && code <= 90 ? code + 32 : code, index, 1, true);
      else {
        read.flush();
        if (kind === 2) read.push(source[index]!, index, index + 1, false);
      }
      index++;
      continue;
    }
    const next = source.charCodeAt(index + 1);
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const folded = fold(source.slice(index, index + width));
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      // Non-ASCII characters fold to letters, digits, apostrophes and spaces only.
      if (c === 32) read.flush();
      else read.letter(c, index, width, false);
    }
    index += width;
  }
  read.flush();
  const { tokens, asWritten } = read;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!asWritten[k]) continue;
    const meant = correctInContext(tokens[k]!, tokens[k + 1]);
    if (meant !== undefined) tokens[k] = meant;
  }
  return { text: tokens.join(' '), tokens, spans: read.spans };
}

/**
 * The span of the original text that produced characters [start, end) of the prepared text.
 *
 * @example
 *   const prepared = prepareText('Talk to a HUMNA');
 *   originalSpan(prepared, 0, prepared.text.length) // { from: 0, to: 15 }
 */
export function originalSpan(prepared: PreparedText, start: number, end: number): { from: number; to: number } {
  const { tokens, spans } = prepared;
  if (tokens.length === 0) return { from: 0, to: 0 };
  let first = 0;
  let last = 0;
  let at = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (at <= start) first = k;
    if (at < end) last = k;
    else break;
    at += tokens[k]!.length + 1;
  }
  return { from: spans[2 * first]!, to: spans[2 * last + 1]! };
}
