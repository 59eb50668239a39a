/**
 * Whether two language codes name the same language: compared on the primary subtag,
 * ignoring case, so an agent speaking `pt` serves a `pt-BR` conversation.
 *
 * @example
 *   sameLanguage('pt', 'pt-BR') // true
 *   sameLanguage('en', 'es')    // false
 */
export function sameLanguage(a: string, b: string): boolean {
  const primary = (code: string) => code.trim().toLowerCase().split(/[-_]/)[0];
  return primary(a) === primary(b);
}
