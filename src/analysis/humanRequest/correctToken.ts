import { gluedAfter, gluedBefore, keywords, nearMisses, shortForms } from './keywords.ts';
import { withinOneEdit } from './withinOneEdit.ts';

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

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
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
 * word with a doubled letter or one typo corrected, a key word glued to a short word or an
 * adjective split in two, anything else unchanged. Typos of "live", "real", "talk" and "chat",
 * which need the next word to be read, are `correctInContext`'s.
 *
 * @example
 *   correctToken('agnet') // ['agent']
 *   correctToken('tosomebody') // ['to', 'somebody']
 *   correctToken('bloodyperson') // ['bloody', 'person']
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
  return glued(token) ?? [nearestKeyword(token) ?? token];
}

/** A key word with a short word or an adjective glued before it, or a short word glued after it. */
function glued(token: string): string[] | undefined {
  for (const before of gluedBefore) {
    if (token.length > before.length + 2 && token.startsWith(before) && known.has(token.slice(before.length))) {
      return [shortForms.get(before) ?? before, token.slice(before.length)];
    }
  }
  for (const after of gluedAfter) {
    if (token.length > after.length + 2 && token.endsWith(after) && known.has(token.slice(0, -after.length))) {
      return [token.slice(0, -after.length), after];
    }
  }
  return undefined;
}
