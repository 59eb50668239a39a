import { allMatches } from './allMatches.ts';
import { extractMoney } from './extractMoney.ts';
import type { Entities } from './types.ts';

interface Span {
  text: string;
  start: number;
  end: number;
}

const ID = String.raw`[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*`;
const QUALIFIER = String.raw`(?:\s*(?:no|nr|num|number|id|n[º°o]|numéro|número|nummer|numero)\.?)*\s*(?:is\s+|was\s+)?(?:[:#]\s*){0,2}`;
const LIST = String.raw`(?<ids>#?${ID}(?:\s*(?:,|&|and|y|et|und|e|en|\/)\s*#?${ID})*)(?![\p{L}\p{N}])`;
const idInList = new RegExp(ID, 'gi');

const orderKeyword = new RegExp(
  String.raw`(?<!\p{L})(?:orders?|ord|purchase|pedidos?|commandes?|bestellung(?:en)?|bestellnummer|ordine|ordini|encomendas?|bestelling(?:en)?)${QUALIFIER}${LIST}`,
  'giud',
);
const hashId = new RegExp(String.raw`(?<![\p{L}\p{N}&])#\s?(?<ids>${ID})(?![\p{L}\p{N}])`, 'giud');
const orderShapes = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?<ids>\d{3}-\d{7}-\d{7}|ORD-?\d{3,}|PO-?\d{4,})(?![\p{L}\p{N}])`, 'gd');
// "#" after these words is not an order: "account #29441", "ticket #55012", "card #…".
const notAnOrder = /(?:account|acct|a\/c|card|ticket|case|invoice|ref|reference|phone|tel|room|apt|suite|unit|flight|tracking|issue|member)\s*(?:no|nr|number|id)?\.?\s*$/i;

const accountKeyword = new RegExp(
  String.raw`(?<!\p{L})(?:account|acct|acc|a\/c|customer|member(?:ship)?|cuenta|compte|konto|kundennummer|conta|conto|rekening|klantnummer)${QUALIFIER}${LIST}`,
  'giud',
);

// Card numbers: 13 to 19 digits, maybe in groups, passing the Luhn check. Never an order or account.
const cardLike = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;

const email = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const WEEKDAY = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday`;
const YEAR = String.raw`(?:,?\s+\d{4})?`;
const relativeDates = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:the day before yesterday|yesterday|today|tonight|tomorrow|(?:last|this|next) (?:night|morning|afternoon|evening|week|weekend|month|year|${WEEKDAY})|(?:on|since) (?:${WEEKDAY})|(?:\d+|a|an|one|two|three|four|five|six|a few|few|several) (?:days?|weeks?|months?|years?) ago|ayer|hier|gestern|ontem|ieri|gisteren)(?!\p{L})`,
  'giu',
);
const datePatterns: RegExp[] = [
  new RegExp(String.raw`(?<!\p{L})(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?${YEAR}(?![\p{L}\p{N}])`, 'giud'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})\.?${YEAR}(?![\p{L}\p{N}])`, 'giud'),
  new RegExp(String.raw`(?<!\p{L})(?:${MONTH})\.?\s+\d{4}(?!\d)`, 'giud'),
  /(?<![\d/.-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\d/.-]\d)/g,
  // "11/01" alone is too often "24/7" or "1/2"; it counts after a word that introduces a date.
  /(?<=\b(?:on|since|from|by|until|before|after)\s+)\d{1,2}\/\d{1,2}(?![\d/])/gi,
  relativeDates,
];
/** The only date pattern that can match without a digit. */
const wordDatePatterns: RegExp[] = [relativeDates];

const digit = /\d/;
const notDigits = /\D/g;
const trailingDashes = /-+$/;
const mayFirst = /^may\s/;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function cardSpans(text: string): Span[] {
  const cards: Span[] = [];
  for (const match of allMatches(cardLike, text)) {
    const digits = match[0].replace(notDigits, '');
    if (digits.length >= 13 && luhn(digits)) cards.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return cards;
}

/** Each id in a matched list ("orders 8821 and 8822"), without its '#', with its position. */
function idsIn(text: string, pattern: RegExp, minLength: number): Span[] {
  const ids: Span[] = [];
  for (const match of allMatches(pattern, text)) {
    const [listStart] = match.indices?.groups?.ids ?? [match.index];
    if (pattern === hashId && notAnOrder.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    for (const id of allMatches(idInList, match.groups?.ids ?? '')) {
      const trimmed = id[0].replace(trailingDashes, '');
      const start = listStart + id.index;
      if (trimmed.length >= minLength) ids.push({ text: trimmed, start, end: start + trimmed.length });
    }
  }
  return ids;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Spans in reading order, without those that overlap an excluded one or an earlier, longer one. */
function inOrderSpans(spans: Span[], excluded: Span[] = []): Span[] {
  if (spans.length === 0) return spans;
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (excluded.some((other) => overlaps(other, span)) || kept.some((other) => overlaps(other, span))) continue;
    kept.push(span);
  }
  return kept;
}

/** The texts of `inOrderSpans`, each once. */
function inOrder(spans: Span[], excluded: Span[] = []): string[] {
  if (spans.length === 0) return [];
  return [...new Set(inOrderSpans(spans, excluded).map((span) => span.text))];
}

function dateSpans(text: string, hasDigit: boolean): Span[] {
  const dates: Span[] = [];
  for (const pattern of hasDigit ? datePatterns : wordDatePatterns) {
    for (const match of allMatches(pattern, text)) {
      // "may 3" in lower case is more often "may" the verb than the month.
      if (mayFirst.test(match[0])) continue;
      dates.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return dates;
}

/**
 * The ids, amounts and contact details in a customer's turn, in reading order, each once.
 * Order and account ids are returned without '#' and otherwise as written ("order #8821" →
 * "8821", "order no. A-1234" → "A-1234"); a bare "#8821" is an order unless an account, card or
 * ticket word comes just before it. A card number (13–19 digits passing the Luhn check) is
 * never an order or account id. Amounts come from `extractMoney`, so order ids, dates and phone
 * numbers are not amounts. Emails and dates are as written ("Nov 1", "2024-11-01", "yesterday").
 *
 * @example
 *   extractEntities('charged twice for order #8821, $89.99 on Nov 1, mail me at ana@example.com')
 *   // { orderIds: ['8821'], amounts: [{ amount: 89.99, currency: 'USD', text: '$89.99' }],
 *   //   accountNumbers: [], emails: ['ana@example.com'], dates: ['Nov 1'] }
 */
export function extractEntities(text: string): Entities {
  // A card number or a date is never an id: "order 4111 1111 1111 1111", "purchase 2024-11-01".
  // Ids, card numbers and all but the relative dates ("yesterday") hold a digit.
  const hasDigit = digit.test(text);
  const cards = hasDigit ? cardSpans(text) : [];
  const dates = dateSpans(text, hasDigit);
  const notIds = [...cards, ...dates];
  const accounts = hasDigit ? inOrderSpans(idsIn(text, accountKeyword, 4), notIds) : [];
  const orders = hasDigit ? [...idsIn(text, orderKeyword, 4), ...idsIn(text, hashId, 3), ...idsIn(text, orderShapes, 4)] : [];
  const emails = text.includes('@') ? allMatches(email, text).map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length })) : [];
  return {
    orderIds: inOrder(orders, [...notIds, ...accounts]),
    amounts: extractMoney(text),
    accountNumbers: inOrder(accounts),
    emails: inOrder(emails),
    dates: inOrder(dates),
  };
}
