/**
 * What one language contributes to the detector. Every pattern runs on text from
 * `prepareText` (lower-case ASCII, one space between tokens), so patterns are written plainly:
 * `talk to a person`, never `[Tt]alk\s+to`.
 */
export interface LanguagePhrases {
  /** Phrases that ask for a person; a negation earlier in the same clause cancels them. */
  requests: readonly RegExp[];
  /** Phrases that turn the assistant away ("I don't want to talk to a bot"); never cancelled. */
  refusals: readonly RegExp[];
  /** Words that, earlier in the same clause, cancel a request ("I don't need", "no quiero"). */
  negations: readonly string[];
  /** Phrases that use a person-word for something else ("human resources", "travel agent"). */
  notAPerson: readonly string[];
  /** Words that start a new clause ("but", "pero", "aber"). */
  clauseBreaks: readonly string[];
}

/**
 * Compile one phrase pattern from readable parts, once, at module load.
 *
 * @example
 *   phrase('talk to ', '(?:a |an )?', 'person').test('talk to a person') // true
 */
export function phrase(...parts: string[]): RegExp {
  return new RegExp(String.raw`\b` + parts.join('') + String.raw`\b`, 'g');
}
