import type { Message } from './types.ts';

/**
 * The messages of one conversation keyed by sequence number, so each shows exactly once and in
 * order however it arrived: the history page, the socket stream, or the echo of my own POST.
 * Immutable: adding returns a new store, or the same one when nothing was new.
 */
export type MessageStore = ReadonlyMap<number, Message>;

/** A store holding nothing. */
export const emptyMessages: MessageStore = new Map();

/**
 * Add messages; ones already held (same seq) are ignored.
 *
 * @example
 *   let store = addMessages(emptyMessages, page);
 *   store = addMessages(store, [frame.message]); // a repeat changes nothing
 */
export function addMessages(store: MessageStore, incoming: readonly Message[]): MessageStore {
  const fresh = incoming.filter((m) => !store.has(m.seq));
  if (fresh.length === 0) return store;
  const next = new Map(store);
  for (const message of fresh) next.set(message.seq, message);
  return next;
}

/**
 * The messages oldest first.
 *
 * @example
 *   orderedMessages(store).map((m) => m.seq) // [1, 2, 3]
 */
export function orderedMessages(store: MessageStore): Message[] {
  return [...store.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * The highest seq held with every earlier one held too (seqs start at 1 and have no gaps).
 * A resubscription asks for everything after it, so a message that arrived out of turn
 * (my POST's echo before the socket caught up) never hides one still missing.
 *
 * @example
 *   contiguousSeq(storeOf(1, 2, 3, 5)) // 3
 */
export function contiguousSeq(store: MessageStore): number {
  let seq = 0;
  while (store.has(seq + 1)) seq += 1;
  return seq;
}
