import type { MessageTemplates } from './types.ts';

/**
 * The languages Baton has its own warm message in (`warmLanguages` in
 * src/assistant/warmHandoffMessage.ts): each gets a text box; an empty one keeps Baton's wording.
 */
export const builtInLanguages: readonly string[] = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'];

/** The warm template's variables and what each becomes (`templateVariables.warm` on the server). */
export const warmVariables: readonly { name: string; meaning: string; sample: string }[] = [
  { name: 'team', meaning: 'the team taking over', sample: 'Billing' },
  { name: 'wait', meaning: 'a sentence with the quoted wait', sample: 'Typical wait is under 2 minutes.' },
  { name: 'minutes', meaning: 'the quoted wait in whole minutes', sample: '2' },
];

/** The server's limit on one text. */
export const maxTemplateLength = 600;

/**
 * The text the customer would read, with sample values: the server's `fillTemplate` (an
 * unknown variable stays as written, trailing space trimmed). Plain text, shown as such.
 *
 * @example
 *   previewOf('Our {team} team. {wait}') // 'Our Billing team. Typical wait is under 2 minutes.'
 */
export function previewOf(text: string): string {
  const samples = Object.fromEntries(warmVariables.map((v) => [v.name, v.sample]));
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => samples[name] ?? whole).replace(/\s+$/, '');
}

/**
 * What is wrong with one warm text, as the server would say it, or null. An empty text is
 * fine: that language keeps Baton's wording.
 *
 * @example
 *   templateProblem('Hello {name}') // 'Unknown variable {name}: use {team}, {wait} or {minutes}.'
 */
export function templateProblem(text: string): string | null {
  if (text.trim() === '') return null;
  if (text.length > maxTemplateLength) return `At most ${maxTemplateLength} characters (now ${text.length}).`;
  const known = warmVariables.map((v) => v.name);
  const unknown = [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '').filter((name) => !known.includes(name));
  if (unknown.length === 0) return null;
  return `Unknown variable ${unknown.map((n) => `{${n}}`).join(', ')}: use {team}, {wait} or {minutes}.`;
}

/**
 * The templates to send: the stored ones with the warm texts replaced by the form's non-empty
 * ones; or each language's problem.
 *
 * @example
 *   templatesOf({ en: 'Our {team} team. {wait}', es: '' }, {}) // { ok: true, templates: { warm: { en: 'Our {team} team. {wait}' } } }
 */
export function templatesOf(texts: Record<string, string>, stored: MessageTemplates): { ok: true; templates: MessageTemplates } | { ok: false; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const warm: Record<string, string> = {};
  for (const [language, text] of Object.entries(texts)) {
    const problem = templateProblem(text);
    if (problem) problems[language] = problem;
    else if (text.trim() !== '') warm[language] = text;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, templates: { ...stored, warm } };
}

/**
 * The language a server problem is about (`warm.en: unknown variable …` → `en`), or null.
 *
 * @example
 *   templateLanguageOf('warm.es: text must be 1–600 characters') // 'es'
 */
export function templateLanguageOf(problem: string): string | null {
  return /^warm\.([^:\s]+):/.exec(problem)?.[1] ?? null;
}

/**
 * A language's name for a label, in English, with its code.
 *
 * @example
 *   languageLabel('es') // 'Spanish (es)'
 */
export function languageLabel(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
