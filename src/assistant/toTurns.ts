import type { Turn } from '../analysis/sentiment/types.ts';
import type { Message } from '../message/types.ts';

/**
 * Stored messages as analysis reads them: the assistant is the bot; system notices are skipped.
 *
 * @example
 *   toTurns(messages) // [{ role: 'customer', text: 'hi' }, { role: 'bot', text: 'Hello!' }]
 */
export function toTurns(messages: readonly Message[]): Turn[] {
  return messages.flatMap((m): Turn[] =>
    m.authorKind === 'customer'
      ? [{ role: 'customer', text: m.body }]
      : m.authorKind === 'assistant'
        ? [{ role: 'bot', text: m.body }]
        : m.authorKind === 'agent'
          ? [{ role: 'agent', text: m.body }]
          : [],
  );
}
