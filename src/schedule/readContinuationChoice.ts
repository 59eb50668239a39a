import type { ContinuationChoice } from './offHoursMessage.ts';

/** The reply words of every language's off-hours message, written without accents. */
const words = new Map<string, ContinuationChoice>(Object.entries({
  EMAIL: 'email',
  'E-MAIL': 'email',
  CALLBACK: 'callback',
  LLAMADA: 'callback',
  RAPPEL: 'callback',
  RUCKRUF: 'callback',
  RUECKRUF: 'callback',
  CHAMADA: 'callback',
  CHIAMATA: 'callback',
  TERUGBELLEN: 'callback',
}) as [string, ContinuationChoice][]);

/**
 * The customer's explicit choice in a reply to the off-hours message: only a reply that is
 * one of the offered words (any supported language, any case, accents and surrounding
 * punctuation ignored). Anything else, "don't email me" included, is no choice.
 *
 * @example
 *   readContinuationChoice(' Email. ')       // 'email'
 *   readContinuationChoice('Rückruf')        // 'callback'
 *   readContinuationChoice("don't email me") // undefined
 */
export function readContinuationChoice(reply: string): ContinuationChoice | undefined {
  const word = reply
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toUpperCase()
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  return words.get(word);
}
