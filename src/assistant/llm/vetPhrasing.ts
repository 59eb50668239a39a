import type { PlaceholderVault } from './redactForPrompt.ts';

/** What a phrasing must respect to replace the built-in draft. */
export interface PhrasingRules {
  /** The texts the model was given (redacted): every number it writes must come from them. */
  sources: string[];
  /** The placeholders the prompt carried; any other "[email-7]" is invented. */
  vault: PlaceholderVault;
  maxLength: number;
  /** The intent line: exactly one line. */
  oneLine: boolean;
}

/** The model's text accepted (trimmed, placeholders still in), or the reason it was refused. */
export type VettedPhrasing = { ok: true; text: string } | { ok: false; reason: string };

const placeholder = /\[(?:email|phone|account)-\d+\]/g;
// Markup is refused rather than stripped: stripping can leave half an attack behind, and the
// draft is always a safe answer.
const markup = /<\/?[a-z!?]|\b(?:javascript|vbscript)\s*:|\bdata\s*:\s*[a-z]+\/|\bon[a-z]+\s*=|&(?:lt|gt|#x?[0-9a-f]+);/i;
// Decimal and thousands marks join a number ("1,089.99"); ":", "/" and "-" separate its parts,
// so "10:00-18:00" may come back as "10:00 to 18:00".
const number = /\d+(?:[.,]\d+)*/g;
const control = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/**
 * Decide whether a model's phrasing may be shown instead of the draft (RELIABILITY.md S4: LLM
 * output is untrusted text). Refused: empty, too long, several lines where one is wanted,
 * markup or script, control characters, unknown placeholders, and any number, amount or id
 * that is not in the draft or the customer's words (an invented fact).
 *
 * @example
 *   vetPhrasing('Refunded 90 USD.', { sources: ['Refund of 89.99 USD'], vault: new Map(), maxLength: 200, oneLine: true })
 *   // { ok: false, reason: 'invented_number' }
 */
export function vetPhrasing(output: string, rules: PhrasingRules): VettedPhrasing {
  const text = unquote(output.trim());
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > rules.maxLength) return { ok: false, reason: 'too_long' };
  if (rules.oneLine && /[\r\n\u2028\u2029]/.test(text)) return { ok: false, reason: 'multi_line' };
  if (markup.test(text)) return { ok: false, reason: 'markup' };
  if (control.test(text)) return { ok: false, reason: 'control_characters' };
  if ([...text.matchAll(placeholder)].some(([key]) => !rules.vault.has(key))) return { ok: false, reason: 'unknown_placeholder' };
  const known = new Set(rules.sources.flatMap((source) => numbersIn(source)));
  if (numbersIn(text).some((n) => !known.has(n))) return { ok: false, reason: 'invented_number' };
  return { ok: true, text };
}

/** The numbers of a text as bare digits ("$1,089.99" → "108999"), placeholders left out. */
function numbersIn(text: string): string[] {
  return [...text.replace(placeholder, ' ').matchAll(number)].map(([n]) => n.replace(/\D/g, ''));
}

/** Models like to wrap a rewrite in quotes; one matching pair around the whole text goes. */
function unquote(text: string): string {
  const pair = /^(["“«'])([\s\S]*)(["”»'])$/.exec(text);
  return pair && '"“«\''.indexOf(pair[1]!) === '"”»\''.indexOf(pair[3]!) ? pair[2]!.trim() : text;
}
