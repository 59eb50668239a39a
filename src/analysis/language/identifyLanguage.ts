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
// Module-level: a regex literal inside a function is a new object on every call.
const twoLetters = /\p{L}{2,}/u;
const languageCode = /^[a-z]{2}$/;
const linksAndEmails = /https?:\/\/\S+|[^\s@]+@[^\s@]+\.[^\s@]+/g;
const notWords = /[\p{N}\p{P}\p{S}\p{C}\s]+/gu;

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
  return guess(model, customerTexts, cleanForLanguage, fallback);
}

/**
 * `identifyLanguage` over texts already passed through `cleanForLanguage`, for a conversation
 * that cleans each customer text once rather than on every turn. Same answer.
 *
 * @example
 *   identifyCleanedLanguage(model, ['quiero hablar con alguien', 'ok'].map(cleanForLanguage)) // { language: 'es', … }
 */
export function identifyCleanedLanguage(model: LanguageModel, cleanedTexts: readonly string[], fallback = 'en'): LanguageGuess {
  return guess(model, cleanedTexts, asCleaned, fallback);
}

const asCleaned = (text: string): string => text;

function guess(model: LanguageModel, texts: readonly string[], cleaned: (text: string) => string, fallback: string): LanguageGuess {
  let text = '';
  for (let i = texts.length - 1; i >= 0 && text.length < maxChars; i--) text = `${cleaned(texts[i]!)} ${text}`;
  text = text.trim().slice(-maxChars);
  if (!twoLetters.test(text)) return { language: fallback, confidence: 0 };
  const [best] = model.predict(text, 1);
  if (!best || best.probability < minConfidence || !languageCode.test(best.language)) return { language: fallback, confidence: best?.probability ?? 0 };
  return { language: best.language, confidence: best.probability };
}

/**
 * One customer text as language identification reads it: its last 600 characters, without
 * links, emails, numbers, punctuation and symbols, in lower case.
 *
 * @example
 *   cleanForLanguage('HABLAR con ana@example.com: 3 veces!') // 'hablar con veces '
 */
export function cleanForLanguage(text: string): string {
  // Each text is cut before cleaning: the patterns below are linear only on bounded input.
  return (
    text
      .slice(-maxChars)
      .replace(linksAndEmails, ' ')
      // Numbers, punctuation, symbols and control characters, with the spaces around them, become one space.
      .replace(notWords, ' ')
      // lid.176 reads all-capitals text poorly ("HABLAR CON UNA PERSONA" scores 0.12 as is).
      .toLowerCase()
  );
}
