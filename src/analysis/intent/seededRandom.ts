/**
 * A small seeded generator (mulberry32), so that training is repeatable: the same examples and
 * seed give the same classifier.
 *
 * @example
 *   const next = seededRandom(42);
 *   next() // a number in [0, 1), the same on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Fisher–Yates shuffle of `items` in place, driven by `random`.
 *
 * @example
 *   shuffleInPlace([1, 2, 3], seededRandom(1)) // the same order on every run
 */
export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
