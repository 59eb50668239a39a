import type { Clock } from '../core/ports.ts';

/** How long answers are kept, how many, and which ones. */
export interface LookupCacheOptions<T> {
  /** 0 keeps nothing (concurrent lookups are still shared). */
  ttlMs: number;
  /** Past this many entries, the oldest stored is dropped first. */
  maxEntries: number;
  clock: Clock;
  /** Whether an answer may be kept (a failure should be retried, not remembered). */
  keep: (value: T) => boolean;
}

/**
 * A small in-memory cache in front of a slow lookup: an answer is reused for `ttlMs` (from the
 * moment it arrived, by the injected clock), and concurrent lookups of one key share one
 * request. Bounded: at most `maxEntries` answers are kept.
 *
 * @example
 *   const cached = lookupCache<CrmLookup>({ ttlMs: 60_000, maxEntries: 1000, clock, keep: (r) => r.status !== 'unavailable' });
 *   await cached('CUST-1', () => fetchAccount('CUST-1'));
 */
export function lookupCache<T>(options: LookupCacheOptions<T>): (key: string, load: () => Promise<T>) => Promise<T> {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  const pending = new Map<string, Promise<T>>();
  const now = () => options.clock.now().getTime();
  return (key, load) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt > now()) return Promise.resolve(entry.value);
    entries.delete(key);
    const running = pending.get(key);
    if (running) return running;
    const request = load()
      .then((value) => {
        if (options.ttlMs > 0 && options.keep(value)) {
          entries.set(key, { value, expiresAt: now() + options.ttlMs });
          // Maps iterate in insertion order: the first key is the oldest answer.
          while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
        }
        return value;
      })
      .finally(() => pending.delete(key));
    pending.set(key, request);
    return request;
  };
}
