import type { Store } from '../core/store.ts';
import type { Message } from '../message/types.ts';
import type { EventBus } from './eventBus.ts';

/** One reader of one conversation's messages (a customer's widget, an agent's console tab). */
interface Reader {
  workspaceId: string;
  conversationId: string;
  /** Highest sequence number this reader has been sent. */
  lastSeq: number;
  send(message: Message): void;
  /** Deliveries run one after another, so messages go out once each and in order. */
  queue: Promise<void>;
  closed: boolean;
}

const pageSize = 200;

/**
 * Pushes each conversation's messages to its readers, exactly once and in order. A reader
 * starts from the last sequence number it has (0 for everything), so a client that
 * reconnects misses nothing: every delivery reads "messages after what you have" from the
 * database, which is the single source of order. Listens for `message.created`.
 *
 * @example
 *   const stop = feed.follow(workspaceId, conversationId, lastSeq, (m) => socket.send(...));
 */
export class ConversationFeed {
  readonly #readers = new Map<string, Set<Reader>>();

  constructor(
    private readonly store: Store,
    bus: EventBus,
    private readonly onError: (error: unknown) => void,
  ) {
    bus.subscribe((_workspaceId, event) => {
      if (event.type === 'message.created') this.#wake(event.conversationId);
    });
  }

  /** Start sending a conversation's messages after `afterSeq`; returns a function that stops. */
  follow(workspaceId: string, conversationId: string, afterSeq: number, send: (message: Message) => void): () => void {
    const reader: Reader = { workspaceId, conversationId, lastSeq: afterSeq, send, queue: Promise.resolve(), closed: false };
    let readers = this.#readers.get(conversationId);
    if (!readers) this.#readers.set(conversationId, (readers = new Set()));
    readers.add(reader);
    this.#deliver(reader);
    return () => {
      reader.closed = true;
      readers.delete(reader);
      if (readers.size === 0) this.#readers.delete(conversationId);
    };
  }

  /** How many readers are connected (for health and metrics). */
  get readerCount(): number {
    let count = 0;
    for (const readers of this.#readers.values()) count += readers.size;
    return count;
  }

  #wake(conversationId: string): void {
    for (const reader of this.#readers.get(conversationId) ?? []) this.#deliver(reader);
  }

  #deliver(reader: Reader): void {
    reader.queue = reader.queue
      .then(async () => {
        for (;;) {
          if (reader.closed) return;
          const messages = await this.store.messages.after(reader.workspaceId, reader.conversationId, reader.lastSeq, pageSize);
          for (const message of messages) {
            if (reader.closed) return;
            reader.send(message);
            reader.lastSeq = message.seq;
          }
          if (messages.length < pageSize) return;
        }
      })
      .catch(this.onError);
  }
}
