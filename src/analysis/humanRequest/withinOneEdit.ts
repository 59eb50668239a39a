/**
 * Whether two words are at most one edit apart (optimal string alignment: an insertion, a
 * deletion, a change, or a swap of neighbours counts as one).
 *
 * @example
 *   withinOneEdit('agnet', 'agent') // true
 *   withinOneEdit('lpive', 'live') // true
 *   withinOneEdit('give', 'live') // true
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
