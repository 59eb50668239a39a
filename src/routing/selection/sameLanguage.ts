/**
 * Whether two language codes name the same language: compared on the primary subtag,
 * ignoring case, so an agent speaking `pt` serves a `pt-BR` conversation.
 *
 * @example
 *   sameLanguage('pt', 'pt-BR') // true
 *   sameLanguage('en', 'es')    // false
 */
export function sameLanguage(a: string, b: string): boolean {
  // Called for every agent of every waiting handoff in a pass: no regex, no allocation when equal.
  return a === b || primary(a) === primary(b);
}

function primary(code: string): string {
  const trimmed = code.trim();
  let end = trimmed.length;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c === 45 || c === 95) {
      end = i;
      break;
    }
  }
  return trimmed.slice(0, end).toLowerCase();
}
