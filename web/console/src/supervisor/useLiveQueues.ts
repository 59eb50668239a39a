import { useCallback, useEffect, useRef, useState } from 'react';
import { SupervisorHttpError, supervisorFetch } from './http.ts';
import type { LiveQueues } from './types.ts';

/** How often the queues are read again without a `queue` frame, so waits keep counting. */
export const pollMilliseconds = 5000;

/** The live queues as last read, and why the last read failed, if it did. */
export interface LiveQueuesState {
  data: LiveQueues | null;
  error: SupervisorHttpError | null;
}

/**
 * Read `GET /v1/agent/queues` now, whenever `queueTick` changes (the waiting list changed)
 * and every 5 s. One request at a time: a tick or poll while one is on its way asks for one
 * more read after it, however many came. An answer for a view that is gone is dropped; a
 * refusal (`forbidden`) stops the polling, since asking again will not change it.
 *
 * @example
 *   const { data, error } = useLiveQueues(queueTick, me.role !== 'agent');
 */
export function useLiveQueues(queueTick: number, enabled: boolean): LiveQueuesState {
  const [state, setState] = useState<LiveQueuesState>({ data: null, error: null });
  // Goes up when the view stops watching: answers on their way then are dropped.
  const generation = useRef(0);
  const reading = useRef(false);
  const readAgain = useRef(false);
  const forbidden = state.error?.status === 403;

  const refresh = useCallback(async () => {
    if (reading.current) {
      readAgain.current = true;
      return;
    }
    reading.current = true;
    try {
      do {
        readAgain.current = false;
        const asked = generation.current;
        try {
          const data = await supervisorFetch<LiveQueues>('GET', '/v1/agent/queues');
          if (asked === generation.current) setState({ data, error: null });
        } catch (error) {
          const failure = error instanceof SupervisorHttpError ? error : new SupervisorHttpError('network', String(error), 0);
          if (asked === generation.current) setState((before) => ({ data: before.data, error: failure }));
          if (failure.status === 403) readAgain.current = false;
        }
      } while (readAgain.current);
    } finally {
      reading.current = false;
    }
  }, []);

  useEffect(() => {
    if (enabled && !forbidden) void refresh();
  }, [enabled, forbidden, refresh, queueTick]);

  useEffect(() => {
    if (!enabled || forbidden) return;
    const timer = setInterval(() => void refresh(), pollMilliseconds);
    return () => {
      clearInterval(timer);
      generation.current++; // answers still on their way are for a view that is gone
      readAgain.current = false;
    };
  }, [enabled, forbidden, refresh]);

  return state;
}
