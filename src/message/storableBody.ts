import { maskSecrets } from './maskSecrets.ts';

/** The longest message Baton stores (the database checks it too). */
export const maxMessageLength = 4000;

/**
 * A message body as it may be stored: secrets masked (RELIABILITY.md P1), and never longer
 * than the limit even if masking lengthened it (a 3-digit code becomes "[•••]").
 *
 * @example
 *   storableBody('card 4111 1111 1111 1111') // 'card [card •••• 1111]'
 */
export function storableBody(body: string): string {
  return maskSecrets(body).text.slice(0, maxMessageLength);
}
