import { DomainError } from '../core/errors.ts';

/** What the customer hears at a handoff, by situation. The off-hours and no-agent texts are
 * Baton's own for now (src/schedule/offHoursPhrases.ts). */
export type TemplateName = 'warm';

/** A workspace's own wording: template → language (ISO 639-1) → text with `{variables}`. */
export type MessageTemplates = Partial<Record<TemplateName, Record<string, string>>>;

/** The variables each template may use. */
export const templateVariables: Record<TemplateName, readonly string[]> = {
  warm: ['team', 'wait', 'minutes'],
};

const maxLength = 600;

/**
 * Validate a workspace's templates: known template names, two-letter languages, 1–600
 * characters, and only the variables that template knows. Every problem is listed with its
 * path; the error is `invalid_templates`.
 *
 * @example
 *   parseMessageTemplates({ warm: { en: 'Connecting you to {team}. {wait}' } }) // the same object
 */
export function parseMessageTemplates(input: unknown): MessageTemplates {
  const problems: string[] = [];
  const result: MessageTemplates = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new DomainError('invalid_templates', 'Templates must be an object.');
  for (const [name, byLanguage] of Object.entries(input)) {
    if (!(name in templateVariables)) {
      problems.push(`${name}: unknown template (known: ${Object.keys(templateVariables).join(', ')})`);
      continue;
    }
    if (typeof byLanguage !== 'object' || byLanguage === null || Array.isArray(byLanguage)) {
      problems.push(`${name}: must be an object of language → text`);
      continue;
    }
    const texts: Record<string, string> = {};
    for (const [language, text] of Object.entries(byLanguage as Record<string, unknown>)) {
      const path = `${name}.${language}`;
      if (!/^[a-z]{2}$/.test(language)) problems.push(`${path}: language must be a two-letter ISO 639-1 code`);
      if (typeof text !== 'string' || text.trim() === '' || text.length > maxLength) {
        problems.push(`${path}: text must be 1–${maxLength} characters`);
        continue;
      }
      for (const [, variable] of text.matchAll(/\{([^{}]*)\}/g)) {
        if (!templateVariables[name as TemplateName].includes(variable!)) {
          problems.push(`${path}: unknown variable {${variable}} (this template knows ${templateVariables[name as TemplateName].map((v) => `{${v}}`).join(', ')})`);
        }
      }
      texts[language] = text;
    }
    result[name as TemplateName] = texts;
  }
  if (problems.length > 0) throw new DomainError('invalid_templates', problems.join('; '), problems);
  return result;
}

/**
 * Fill a template's `{variables}`; an unknown one is left as written.
 *
 * @example
 *   fillTemplate('Hello {team}', { team: 'Billing' }) // 'Hello Billing'
 */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name] ?? whole).replace(/\s+$/, '');
}
