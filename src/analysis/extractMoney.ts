import { allMatches } from './allMatches.ts';
import type { Money } from './types.ts';

/** A sum of money with where it sits in the text, for callers that want the nearest one. */
export interface MoneyMatch {
  money: Money;
  start: number;
  end: number;
}

// Thousands separators in both styles ("2,300.50", "2.300,50"); a space only before a suffix
// currency ("2 300,50 €"), where it cannot be two separate numbers.
const NUM = String.raw`\d{1,3}(?:[,.'’\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const NUM_SPACED = String.raw`\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const END_NUM = String.raw`(?!\d|[.,]\d)`;
const SCALE = String.raw`(?:\s?(?<scale>k|mm|mn|m|bn)(?![\p{L}\p{N}])|\s+(?<scaleWord>thousand|million|billion)(?!\p{L}))?`;
const SYMBOL = String.raw`US\$|USD\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|S\$|R\$|MX\$|\$|€|£|¥|₹|₩|₽|₺|₪|₱|฿|₫|₦`;
const CODES = 'USD EUR GBP JPY CNY RMB CAD AUD NZD CHF SEK NOK DKK PLN CZK HUF RON INR BRL MXN ARS CLP COP ZAR SGD HKD KRW TRY RUB ILS AED SAR THB IDR MYR VND NGN TWD'.split(' ');
// Lower-case codes count only where they are not also ordinary words ("try", "rub", "cop").
const LOWER_CASE_OK = new Set('usd eur gbp jpy cad aud nzd chf sek nok dkk pln inr brl mxn zar sgd hkd'.split(' '));
const WORD = String.raw`dollars?|bucks?|euros?|pounds?(?:\s+sterling)?(?!\s+of\b)|sterling|quid|yen|yuan|renminbi|rupees?|francs?|pesos?|reais|d[oó]lares|dollari|libras?|sterline`;
const ADJ = String.raw`us|u\.s\.|american|canadian|australian|aussie|new\s+zealand|hong\s+kong|hk|singapore|mexican|swiss|british`;
const CODE = CODES.join('|');
// A symbol may be followed by anything ("5000円でした"); a code or word must end there.
const SUFFIX = String.raw`(?:(?<adj>${ADJ})\s+)?(?<cur>${CODE}|${WORD}|€|\$|£|¥|zł|円|元)(?:(?<=[€$£¥円元])|(?![\p{L}\p{N}]))`;

const prefixSymbol = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<sym>${SYMBOL})\s?(?<num>${NUM})${END_NUM}${SCALE}(?:\s?${SUFFIX})?`, 'giud');
const prefixCode = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<cur>${CODE})\s?\$?\s?(?<num>${NUM})${END_NUM}${SCALE}`, 'giud');
const suffix = new RegExp(String.raw`(?<![\p{L}\p{N}_#.,/:$€£¥-])(?<num>${NUM_SPACED})${END_NUM}${SCALE}\s?${SUFFIX}`, 'giud');

const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER_WORD = `(?:${[...UNITS, ...TENS, 'hundred', 'thousand', 'million', 'billion'].join('|')})`;
const numberWords = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?<words>(?:a|${NUMBER_WORD})(?:(?:\s+and)?[\s-]+${NUMBER_WORD}){0,12})\s+${SUFFIX}`,
  'giud',
);

// A bare number right after a money verb ("charged me 450 twice") is an amount without a
// currency; units after it ("3 times", "2 months") mean it is not money.
const FILLER = String.raw`me|us|you|of|was|were|is|an?|extra|additional|twice|again|another|only|just|about|around|roughly|over|almost|nearly`;
const NOT_MONEY_AFTER = String.raw`%|percent|x|times|items?|units?|pieces?|pcs|months?|days?|weeks?|years?|hours?|hrs?|minutes?|mins?|seconds?|orders?|people|users?|seats?|licen[cs]es?|accounts?|gb|mb|tb|kg|lbs?|am|pm|of|st|nd|rd|th`;
const bareAfterVerb = new RegExp(
  String.raw`(?<!\p{L})(?:charged|charging|billed|debited|deducted|overcharged|refund(?:ed)?|paid|cost|costs|price|fee|total|took|withdrew|withdrawn)(?:\s+(?:${FILLER})){0,3}\s+(?<num>${NUM})${END_NUM}(?!\s*(?:${NOT_MONEY_AFTER})(?!\p{L}))(?!-\d)`,
  'giud',
);

const symbolCurrency: Record<string, string> = {
  $: 'USD', us$: 'USD', usd$: 'USD', ca$: 'CAD', c$: 'CAD', au$: 'AUD', a$: 'AUD', nz$: 'NZD', hk$: 'HKD', s$: 'SGD', r$: 'BRL',
  mx$: 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₱': 'PHP',
  '฿': 'THB', '₫': 'VND', '₦': 'NGN', zł: 'PLN', 円: 'JPY', 元: 'CNY',
};
const adjectiveCurrency: Record<string, string> = {
  us: 'USD', 'u.s.': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', aussie: 'AUD', 'new zealand': 'NZD',
  'hong kong': 'HKD', hk: 'HKD', singapore: 'SGD', mexican: 'MXN', swiss: 'CHF', british: 'GBP',
};
const wordCurrency: [RegExp, string | null][] = [
  [/^(dollar|buck|d[oó]lar)/i, 'USD'], [/^euro/i, 'EUR'], [/^(pound|sterling|quid|libra)/i, 'GBP'], [/^yen/i, 'JPY'],
  [/^(yuan|renminbi)/i, 'CNY'], [/^rupee/i, 'INR'], [/^franc/i, 'CHF'], [/^reais/i, 'BRL'], [/^peso/i, null],
];

const spaces = /\s+/g;
const threeLetters = /^[a-z]{3}$/i;
const groupSeparators = /[\s'’]/g;
const separators = /[.,]/g;
const numberWordBreaks = /[\s-]+/;
const digit = /\d/;

/** The currency a symbol, code or word names, or null; undefined when the token does not count. */
function currencyOf(token: string, adjective: string | undefined): string | null | undefined {
  const key = token.toLowerCase();
  const fromAdjective = adjective ? adjectiveCurrency[adjective.toLowerCase().replace(spaces, ' ')] : undefined;
  if (symbolCurrency[key]) return key === '$' ? (fromAdjective ?? 'USD') : symbolCurrency[key];
  if (threeLetters.test(token) && CODES.includes(token.toUpperCase())) {
    if (token !== token.toUpperCase() && !LOWER_CASE_OK.has(key)) return undefined;
    return token.toUpperCase() === 'RMB' ? 'CNY' : token.toUpperCase();
  }
  const named = wordCurrency.find(([pattern]) => pattern.test(token));
  return named ? (fromAdjective ?? named[1]) : null;
}

/** "2.300,50" → 2300.5, "2,300" → 2300, "129,99" → 129.99: the last separator is decimal unless three digits follow it alone. */
function parseNumber(raw: string): number {
  const digits = raw.replace(groupSeparators, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  const last = Math.max(lastDot, lastComma);
  const onlyOneSeparator = digits.indexOf(digits[last] ?? '') === last && (lastDot < 0 || lastComma < 0);
  const isDecimal = last >= 0 && (!onlyOneSeparator || digits.length - last - 1 !== 3);
  const whole = (isDecimal ? digits.slice(0, last) : digits).replace(separators, '');
  return Number(isDecimal ? `${whole}.${digits.slice(last + 1)}` : whole);
}

/** "one hundred and twenty-nine" → 129, "a hundred" → 100; null when no number word is there. */
function parseNumberWords(words: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words.toLowerCase().split(numberWordBreaks)) {
    const unit = UNITS.indexOf(word);
    const ten = TENS.indexOf(word);
    const scale = SCALES[word];
    if (word === 'a') current = 1;
    else if (unit >= 0) current += unit;
    else if (ten >= 0) current += (ten + 2) * 10;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (scale) {
      total += (current || 1) * scale;
      current = 0;
    } else continue;
    if (word !== 'a') seen = true;
  }
  return seen ? total + current : null;
}

/** The multiplier a "k", "m", "bn" or "thousand"/"million"/"billion" after the number stands for. */
function scaleOf(groups: Record<string, string | undefined>): number {
  const scale = (groups.scale ?? groups.scaleWord ?? '').toLowerCase();
  if (scale === 'k' || scale === 'thousand') return 1e3;
  if (scale === 'm' || scale === 'mm' || scale === 'mn' || scale === 'million') return 1e6;
  return scale === 'bn' || scale === 'billion' ? 1e9 : 1;
}

const allPatterns = [prefixSymbol, prefixCode, suffix, numberWords, bareAfterVerb];
const wordPatterns = [numberWords];

/** Every reading of every pattern, overlapping ones included; `findMoney` keeps the longest. */
function candidates(text: string): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  // Only number words ("two hundred dollars") are money without a digit.
  for (const pattern of digit.test(text) ? allPatterns : wordPatterns) {
    for (const match of allMatches(pattern, text)) {
      const groups = match.groups ?? {};
      const base = groups.words !== undefined ? parseNumberWords(groups.words) : parseNumber(groups.num ?? '');
      const named = groups.cur === undefined ? null : currencyOf(groups.cur, groups.adj);
      // "$5 try": a word that is not a currency after a symbol ends the amount at the number.
      const trimmed = named === undefined && groups.sym !== undefined;
      const currency = named ?? (groups.sym === undefined ? named : currencyOf(groups.sym, groups.adj));
      if (base === null || currency === undefined) continue;
      const amount = Math.round(base * scaleOf(groups) * 100) / 100;
      if (!Number.isFinite(amount)) continue;
      const spans = match.indices?.groups ?? {};
      const start = pattern === bareAfterVerb ? (spans.num?.[0] ?? match.index) : match.index;
      const numberEnd = spans.scaleWord?.[1] ?? spans.scale?.[1] ?? spans.num?.[1] ?? match.index;
      const end = pattern === bareAfterVerb || trimmed ? numberEnd : match.index + match[0].length;
      found.push({ money: { amount, currency, text: text.slice(start, end) }, start, end });
    }
  }
  return found;
}

/**
 * Every sum of money in a text with its position, in reading order. Overlapping readings keep
 * the longest ("$450 USD" once, not "$450" and "450 USD").
 *
 * @example
 *   findMoney('refund $20 please') // [{ money: { amount: 20, currency: 'USD', text: '$20' }, start: 7, end: 10 }]
 */
export function findMoney(text: string): MoneyMatch[] {
  const all = candidates(text);
  if (all.length === 0) return [];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MoneyMatch[] = [];
  for (const candidate of all) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) kept.push(candidate);
  }
  return kept;
}

/**
 * Sums of money in a customer's text: symbols ("$450", "US$5", "2.300,50 €"), ISO codes before or
 * after ("EUR 12", "129.99 EUR"), currency words ("50 bucks"), "k"/"million" ("$2k"), English
 * number words ("one hundred and twenty-nine euros"), and a bare number right after a money
 * verb ("charged me 450", currency null). Order ids, dates and phone numbers carry no currency
 * and are left alone.
 *
 * @example
 *   extractMoney('you charged me £2,300 and then 129.99 EUR')
 *   // [{ amount: 2300, currency: 'GBP', text: '£2,300' }, { amount: 129.99, currency: 'EUR', text: '129.99 EUR' }]
 */
export function extractMoney(text: string): Money[] {
  return findMoney(text).map((match) => match.money);
}
