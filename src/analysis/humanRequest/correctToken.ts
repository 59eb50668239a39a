import { keywords, nearMisses, shortForms } from './keywords.ts';

const known = new Set(keywords);
const protectedWords = new Set(nearMisses);
/** Every key word and each of its one-deletion variants, to the key words they come from. */
const deletionIndex = new Map<string, string[]>();
for (const word of keywords) {
  for (const variant of [word, ...deletions(word)]) {
    const list = deletionIndex.get(variant) ?? [];
    if (!list.includes(word)) list.push(word);
    deletionIndex.set(variant, list);
  }
}
/** Short words too near other words for one-edit matching, corrected only when a letter is doubled ("reall"). */
const undoubleOnly = new Set(['real', 'live', 'with', 'need', 'want']);
/** Words glued to the next one without a space ("tosomebody"). */
const gluedPrefixes = ['to', 'with', 'a', 'an', 'help'];

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal-string-alignment distance, at most 1 (a swap of neighbours counts as one). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function nearestKeyword(token: string): string | undefined {
  const candidates = [...(deletionIndex.get(token) ?? [])];
  for (const variant of deletions(token)) candidates.push(...(deletionIndex.get(variant) ?? []));
  let best: string | undefined;
  for (const candidate of candidates) {
    if (!withinOneEdit(token, candidate)) continue;
    if (best === undefined || Math.abs(candidate.length - token.length) < Math.abs(best.length - token.length)) {
      best = candidate;
    }
  }
  return best;
}

/**
 * One folded word as the phrase patterns should read it: a common short form spelled out, a key
 * word with a doubled letter or one typo corrected, two glued words split, anything else unchanged.
 *
 * @example
 *   correctToken('agnet') // ['agent']
 *   correctToken('tosomebody') // ['to', 'somebody']
 *   correctToken('assistance') // ['assistance']
 */
export function correctToken(token: string): string[] {
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  const corrected = correct(token);
  // Bounded: a flood of distinct words empties the cache rather than growing it.
  if (cache.size >= 20_000) cache.clear();
  cache.set(token, corrected);
  return corrected;
}

const cache = new Map<string, string[]>();

function correct(token: string): string[] {
  const short = shortForms.get(token);
  if (short !== undefined) return [short];
  if (token.length < 4 || token.length > 24 || known.has(token) || protectedWords.has(token)) return [token];
  for (let i = 1; i < token.length; i++) {
    const undoubled = token.slice(0, i) + token.slice(i + 1);
    if (token[i] === token[i - 1] && (known.has(undoubled) || undoubleOnly.has(undoubled))) return [undoubled];
  }
  for (const prefix of gluedPrefixes) {
    if (token.startsWith(prefix) && known.has(token.slice(prefix.length))) return [prefix, token.slice(prefix.length)];
  }
  return [nearestKeyword(token) ?? token];
}
