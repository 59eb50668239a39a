import { SupervisorHttpError } from './http.ts';

/** Problems split by the form field they are about; the rest go at the top of the form. */
export interface FieldProblems<F extends string> {
  fields: Partial<Record<F, string>>;
  general: string[];
}

/** The problem texts of a 400 answer: `details` as strings or `{ path, message }`, else the message. */
function problemTexts(error: SupervisorHttpError): string[] {
  if (!Array.isArray(error.details) || error.details.length === 0) return [error.message];
  return error.details.map((d: unknown) => {
    if (typeof d === 'string') return d;
    const { path, message } = (d ?? {}) as { path?: unknown; message?: unknown };
    return [path, message].filter((x) => typeof x === 'string').join(' ') || error.message;
  });
}

/**
 * A problem without the one-step path it starts with, for showing under its own field
 * (`/confidenceThreshold must be <= 1` → `Must be <= 1`, `warm.en: text must…` → `Text must…`).
 * A deeper path (`/rules/0/target/…`) stays: it says which part of the field is wrong.
 */
function withoutPath(text: string): string {
  const rest = text.replace(/^(\/[A-Za-z]+\s+|[A-Za-z]+\.[A-Za-z-]+:\s*)/, '');
  return rest === '' ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Sort a server's refusal into per-field messages and general ones. `fieldOf` names the form
 * field a problem text is about, or null. Each field shows all its problems, joined and
 * without their path; when every problem found its field, `summary` (else the server's
 * message) heads the form.
 *
 * @example
 *   problemsByField(err, (p) => (p.startsWith('/confidenceThreshold') ? 'confidenceThreshold' : null), 'Not saved.')
 *   // { fields: { confidenceThreshold: 'Must be <= 1' }, general: ['Not saved.'] }
 */
export function problemsByField<F extends string>(error: unknown, fieldOf: (problem: string) => F | null, summary?: string): FieldProblems<F> {
  if (!(error instanceof SupervisorHttpError)) return { fields: {}, general: [error instanceof Error ? error.message : 'Saving failed.'] };
  if (error.status !== 400) return { fields: {}, general: [error.message] };
  const result: FieldProblems<F> = { fields: {}, general: [] };
  for (const text of problemTexts(error)) {
    const field = fieldOf(text);
    const said = withoutPath(text);
    if (field === null) result.general.push(text);
    else result.fields[field] = result.fields[field] ? `${result.fields[field]}; ${said}` : said;
  }
  if (result.general.length === 0 && Object.keys(result.fields).length > 0) result.general.push(summary ?? error.message);
  return result;
}

/** No problems. */
export const noProblems = { fields: {}, general: [] } as const satisfies FieldProblems<never>;
