/**
 * Common English words that say nothing about which article answers a question, plus the
 * filler of support chats ("hi", "please", "need", "help"), so they neither match articles
 * nor count against an article's coverage of the question.
 */
const stopWords = new Set(
  (
    'a about above after again all am an and any are as at be been before being below between both but by ' +
    'can cannot could did do does doing done down during each few for from further had has have having he her here ' +
    'hers him his how i if in into is it its itself just me more most my myself no nor not now of off on once only ' +
    'or other our ours out over own same she should so some such than that the their them then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself im ive id youre dont doesnt didnt cant couldnt wont isnt arent wasnt werent ' +
    'hasnt havent hadnt shouldnt wouldnt lets thats whats theres heres also ever still yet really please pls plz ' +
    'hi hello hey thanks thank thx ok okay help need want like know tell get got getting let may might must shall ' +
    'someone something anything nothing somebody anyone way ask asking question trying try'
  ).split(' '),
);

/**
 * A light English stemmer (plural, -ing, -ed, final -e), enough for "charged" and "charges"
 * to meet "charge", and "shipping" to meet "ships". Not Porter: each rule is cheap and the
 * same function runs on articles and questions, so an odd stem still matches itself.
 *
 * @example
 *   stemEnglish('shipping') // 'ship'
 *   stemEnglish('invoices') // 'invoic'
 */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && /[aeiouy]/.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      // "shipp" → "ship", but "fall" and "pass" keep their double letter.
      if (/([b-df-hj-km-np-rtv-z])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Whether a lower-case word (apostrophes removed) is a stop word. */
export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

/**
 * The searchable terms of a text: lower-cased words (apostrophes dropped, so "don't" is
 * "dont"), without stop words and one-letter words, stemmed.
 *
 * @example
 *   englishTerms("Why can't I download my invoices?") // ['download', 'invoic']
 */
export function englishTerms(text: string): string[] {
  return splitWords(text)
    .filter((w) => w.length > 1 && !stopWords.has(w))
    .map(stemEnglish);
}

/** Lower-cased words of a text, apostrophes removed. */
export function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
