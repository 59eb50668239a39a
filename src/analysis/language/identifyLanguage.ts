import type { LanguageModel } from './languageModel.ts';

/** The conversation's language and how sure the model is. */
export interface LanguageGuess {
  /** ISO 639-1 code. */
  language: string;
  confidence: number;
}

/** Below this probability the guess is not trusted and the earlier language stands. */
const minConfidence = 0.5;
/** How much of the conversation (newest customer text first) is read. */
const maxChars = 600;

/**
 * The customer's language, read over the conversation so far rather than the last line:
 * "ok" or "no" says little alone, the turns before it say more. Numbers, links and email
 * addresses are removed first. When the model is unsure, the previous language (or the
 * workspace default) stands.
 *
 * @example
 *   identifyLanguage(model, ['quiero hablar con alguien', 'ok'], 'en') // { language: 'es', confidence: 0.98 }
 */
export function identifyLanguage(model: LanguageModel, customerTexts: readonly string[], fallback = 'en'): LanguageGuess {
  let text = '';
  // Each text is cut before cleaning: the patterns below are linear only on bounded input.
  for (let i = customerTexts.length - 1; i >= 0 && text.length < maxChars; i--) text = `${clean(customerTexts[i]!.slice(-maxChars))} ${text}`;
  text = text.trim().slice(-maxChars);
  if (!/\p{L}{2,}/u.test(text)) return { language: fallback, confidence: 0 };
  const [best] = model.predict(text, 1);
  if (!best || best.probability < minConfidence || !/^[a-z]{2}$/.test(best.language)) return { language: fallback, confidence: best?.probability ?? 0 };
  return { language: best.language, confidence: best.probability };
}

function clean(text: string): string {
  return text
    .replace(/https?:\/\/\S+|[^\s@]+@[^\s@]+\.[^\s@]+/g, ' ')
    .replace(/[\p{N}\p{P}\p{S}\p{C}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    // lid.176 reads all-capitals text poorly ("HABLAR CON UNA PERSONA" scores 0.12 as is).
    .toLowerCase();
}
