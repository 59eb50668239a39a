import { useCallback, useEffect, useState } from 'react';
import { messageOf, supervisorFetch } from './http.ts';

/** A workspace setting as stored on the server, with how to save a new one. */
export interface StoredSetting<T> {
  /** The stored value; null until the first read answers. */
  stored: T | null;
  /** Why the read failed, if it did. */
  loadError: string | null;
  /** Save `next` (PUT), then read it back (GET) so what is shown is what is stored. Throws the server's refusal. */
  save: (next: T) => Promise<T>;
}

/**
 * Read one setting endpoint answering `{ [key]: value }` (e.g. `/v1/agent/policy` → `policy`)
 * and save it with PUT, the value itself as the body (every such endpoint takes the whole
 * value and fills omitted fields with defaults). After a save the value is read again: what the next customer message
 * will meet is what the view then shows.
 *
 * @example
 *   const { stored, save } = useStoredSetting<EscalationPolicy>('/v1/agent/policy', 'policy');
 */
export function useStoredSetting<T>(path: string, key: string): StoredSetting<T> {
  const [stored, setStored] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const read = useCallback(
    async (signal?: AbortSignal) => (await supervisorFetch<Record<string, T>>('GET', path, undefined, signal))[key] as T,
    [path, key],
  );

  useEffect(() => {
    const controller = new AbortController();
    read(controller.signal).then(
      (value) => setStored(value),
      (error: unknown) => controller.signal.aborted || setLoadError(messageOf(error)),
    );
    return () => controller.abort();
  }, [read]);

  const save = useCallback(
    async (next: T) => {
      const answer = await supervisorFetch<Record<string, T>>('PUT', path, next);
      // Saved either way: if reading it back fails, show what the save answered.
      const value = await read().catch(() => answer[key] as T);
      setStored(value);
      setLoadError(null);
      return value;
    },
    [path, key, read],
  );

  return { stored, loadError, save };
}
