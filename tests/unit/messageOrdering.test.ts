import { describe, expect, it } from 'vitest';
import { addMessages, contiguousSeq as consoleContiguous, emptyMessages, orderedMessages } from '../../web/console/src/conversationMessages.ts';
import { MessageStore } from '../../web/widget/src/store.ts';

// The widget and the console each keep a conversation's messages so that every message shows
// once, in order, however it arrived. One suite, both implementations.
type Msg = { id: string; seq: number; authorKind: 'customer' | 'assistant' | 'agent' | 'system'; body: string; clientMessageId: string | null; createdAt: string; authorAgentId: string | null };
const message = (seq: number, clientMessageId: string | null = null): Msg => ({
  id: `m${seq}`,
  seq,
  authorKind: seq % 2 ? 'customer' : 'agent',
  body: `message ${seq}`,
  clientMessageId,
  createdAt: new Date(Date.UTC(2026, 10, 24, 10, 0, seq)).toISOString(),
  authorAgentId: null,
});

interface Ordering {
  add(messages: Msg[]): void;
  seqs(): number[];
  contiguous(): number;
}
const implementations: { name: string; make(): Ordering }[] = [
  {
    name: 'widget MessageStore',
    make() {
      const store = new MessageStore();
      return { add: (ms) => ms.forEach((m) => store.accept(m)), seqs: () => store.stored().map((m) => m.seq), contiguous: () => store.contiguousSeq() };
    },
  },
  {
    name: 'console conversationMessages',
    make() {
      let store = emptyMessages;
      return { add: (ms) => (store = addMessages(store, ms as never)), seqs: () => orderedMessages(store).map((m) => m.seq), contiguous: () => consoleContiguous(store) };
    },
  },
];

/** A deterministic shuffle (the same every run). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe.each(implementations)('$name', ({ make }) => {
  it('shows each message once and in order, whatever the arrival order and repeats', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const ordering = make();
      const all = Array.from({ length: 40 }, (_, i) => message(i + 1));
      // History page, socket frames and POST echoes overlap and arrive in any order.
      const arrivals = shuffled([...all, ...all.slice(10, 25), ...all.slice(30)], seed);
      for (let i = 0; i < arrivals.length; i += 7) ordering.add(arrivals.slice(i, i + 7));
      expect(ordering.seqs()).toEqual(all.map((m) => m.seq));
    }
  });

  it('resumes after the last unbroken message, so a gap is read again', () => {
    const ordering = make();
    ordering.add([message(1), message(2), message(3), message(5)]);
    expect(ordering.contiguous()).toBe(3);
    ordering.add([message(4)]);
    expect(ordering.contiguous()).toBe(5);
    expect(make().contiguous()).toBe(0);
  });
});

describe('the widget\'s pending messages', () => {
  it('are replaced by the stored message with their client id, and never shown twice', () => {
    const store = new MessageStore();
    store.addPending('c-1', 'Are you still there?');
    store.mark('c-1', 'queued');
    expect(store.items().map((i) => [i.key, i.delivery])).toEqual([['c-1', 'queued']]);
    expect(store.unsent().map((p) => p.clientMessageId)).toEqual(['c-1']);
    store.accept(message(7, 'c-1'));
    store.accept(message(7, 'c-1')); // the socket's copy of the POST's answer
    expect(store.items().map((i) => [i.key, i.seq, i.delivery])).toEqual([['c-1', 7, 'stored']]);
    store.addPending('c-1', 'Are you still there?'); // a late retry of a stored message
    expect(store.items()).toHaveLength(1);
    expect(store.unsent()).toEqual([]);
  });
});
