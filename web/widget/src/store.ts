import type { AuthorKind, Message } from './types.ts';

/** How a message the customer wrote stands: stored, on its way, or refused. */
export type Delivery = 'stored' | 'sending' | 'queued' | 'failed';

/** One line of the conversation as the widget shows it. */
export interface ChatItem {
  /** Stable across the pending → stored step: the client message id, else `seq:<n>`. */
  key: string;
  seq: number | null;
  authorKind: AuthorKind;
  body: string;
  delivery: Delivery;
  /** Why a failed message was refused. */
  problem?: string;
}

/** A message the customer wrote that the server has not confirmed yet. */
export interface PendingMessage {
  clientMessageId: string;
  body: string;
  delivery: Exclude<Delivery, 'stored'>;
  problem?: string;
}

/**
 * The conversation's messages, each shown exactly once and in order however it arrived
 * (history page, socket frame, the reply to my own POST, a retry). Stored messages are kept
 * by sequence number and deduplicated by seq and id; a pending message is replaced by the
 * stored one with its client message id. Pure: no DOM, no network, no clock.
 *
 * @example
 *   const store = new MessageStore();
 *   store.addPending('c1', 'Hello');
 *   store.accept({ id: 'm1', seq: 2, authorKind: 'customer', body: 'Hello', clientMessageId: 'c1', createdAt: '…' });
 *   store.items().length // 1
 */
export class MessageStore {
  readonly #bySeq = new Map<number, Message>();
  readonly #ids = new Set<string>();
  readonly #pending = new Map<string, PendingMessage>();

  /** Add a stored message; false when it was already held (same seq or same id). */
  accept(message: Message): boolean {
    if (this.#bySeq.has(message.seq) || this.#ids.has(message.id)) return false;
    this.#bySeq.set(message.seq, message);
    this.#ids.add(message.id);
    if (message.clientMessageId) this.#pending.delete(message.clientMessageId);
    return true;
  }

  /** Show a message the customer just wrote, as sending, until the server confirms it. */
  addPending(clientMessageId: string, body: string): void {
    if (this.#isStored(clientMessageId)) return;
    this.#pending.set(clientMessageId, { clientMessageId, body, delivery: 'sending' });
  }

  /** Mark a pending message as sending, queued for a retry, or failed (with the reason). */
  mark(clientMessageId: string, delivery: PendingMessage['delivery'], problem?: string): void {
    const pending = this.#pending.get(clientMessageId);
    if (pending) this.#pending.set(clientMessageId, { ...pending, delivery, ...(problem !== undefined && { problem }) });
  }

  /** Stop showing a pending message (the server confirmed it under this id). */
  drop(clientMessageId: string): void {
    this.#pending.delete(clientMessageId);
  }

  /** Pending messages still to deliver (not failed), oldest first. */
  unsent(): PendingMessage[] {
    return [...this.#pending.values()].filter((p) => p.delivery !== 'failed');
  }

  /** The highest n such that messages 1..n are all held: where a re-read must start. */
  contiguousSeq(): number {
    let seq = 0;
    while (this.#bySeq.has(seq + 1)) seq += 1;
    return seq;
  }

  /** Stored messages, oldest first. */
  stored(): Message[] {
    return [...this.#bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Everything to show: stored messages by seq, then the customer's pending ones in the order written. */
  items(): ChatItem[] {
    const stored: ChatItem[] = this.stored().map((m) => ({
      key: m.clientMessageId ?? `seq:${m.seq}`,
      seq: m.seq,
      authorKind: m.authorKind,
      body: m.body,
      delivery: 'stored',
    }));
    const pending: ChatItem[] = [...this.#pending.values()].map((p) => ({
      key: p.clientMessageId,
      seq: null,
      authorKind: 'customer',
      body: p.body,
      delivery: p.delivery,
      ...(p.problem !== undefined && { problem: p.problem }),
    }));
    return [...stored, ...pending];
  }

  /** Drop the stored messages (another conversation takes over); `all` drops pending ones too. */
  clear(all = true): void {
    this.#bySeq.clear();
    this.#ids.clear();
    if (all) this.#pending.clear();
  }

  #isStored(clientMessageId: string): boolean {
    for (const m of this.#bySeq.values()) if (m.clientMessageId === clientMessageId) return true;
    return false;
  }
}
