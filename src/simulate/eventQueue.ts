/** A timed entry of the simulation's agenda. */
export interface Timed {
  /** Epoch milliseconds. */
  at: number;
}

/** The agenda of a discrete-event simulation: earliest first, ties in the order they were pushed. */
export interface EventQueue<T extends Timed> {
  push(event: T): void;
  /** The earliest event, removed; undefined when empty. */
  pop(): T | undefined;
  /** The earliest event's time, without removing it. */
  peekAt(): number | undefined;
  readonly size: number;
}

/**
 * A binary min-heap on (time, push order). Ties keep their push order so that a run is
 * deterministic whatever the heap's shape.
 *
 * @example
 *   const queue = eventQueue<{ at: number; name: string }>();
 *   queue.push({ at: 20, name: 'b' }); queue.push({ at: 10, name: 'a' }); queue.push({ at: 20, name: 'c' });
 *   [queue.pop()!.name, queue.pop()!.name, queue.pop()!.name] // ['a', 'b', 'c']
 */
export function eventQueue<T extends Timed>(): EventQueue<T> {
  const heap: { event: T; order: number }[] = [];
  let pushed = 0;
  const before = (i: number, j: number) => {
    const a = heap[i]!;
    const b = heap[j]!;
    return a.event.at < b.event.at || (a.event.at === b.event.at && a.order < b.order);
  };
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  return {
    push(event) {
      heap.push({ event, order: pushed++ });
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!before(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    },
    pop() {
      if (heap.length === 0) return undefined;
      const top = heap[0]!.event;
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        let i = 0;
        for (;;) {
          const left = 2 * i + 1;
          const right = left + 1;
          let least = i;
          if (left < heap.length && before(left, least)) least = left;
          if (right < heap.length && before(right, least)) least = right;
          if (least === i) break;
          swap(i, least);
          i = least;
        }
      }
      return top;
    },
    peekAt: () => heap[0]?.event.at,
    get size() {
      return heap.length;
    },
  };
}
