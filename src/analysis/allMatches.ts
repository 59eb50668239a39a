const none: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Every match of a global regex in `text`, as `[...text.matchAll(pattern)]` gives them, but
 * without the copy of the regex and the iterator that `matchAll` makes on each call: analysis
 * runs a few dozen patterns per turn, and most find nothing, which then costs no allocation.
 * The pattern's `lastIndex` is 0 before and after.
 *
 * @example
 *   allMatches(/\d+/g, 'order 12 and 345').map((m) => m[0]) // ['12', '345']
 */
export function allMatches(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  let found: RegExpExecArray[] | undefined;
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      (found ??= []).push(match);
      // As matchAll does: step past an empty match, by a whole code point in a Unicode pattern.
      if (match[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return found ?? none;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
