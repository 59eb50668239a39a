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
 * and every 5 s. An answer older than the newest request is dropped; a refusal (`forbidden`)
 * stops the polling, since asking again will not change it.
 *
 * @example
 *   const { data, error } = useLiveQueues(queueTick, me.role !== 'agent');
 */
export function useLiveQueues(queueTick: number, enabled: boolean): LiveQueuesState {
  const [state, setState] = useState<LiveQueuesState>({ data: null, error: null });
  const latest = useRef(0);
  const forbidden = state.error?.status === 403;

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    try {
      const data = await supervisorFetch<LiveQueues>('GET', '/v1/agent/queues');
      if (request === latest.current) setState({ data, error: null });
    } catch (error) {
      const failure = error instanceof SupervisorHttpError ? error : new SupervisorHttpError('network', String(error), 0);
      if (request === latest.current) setState((before) => ({ data: before.data, error: failure }));
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
      latest.current++; // answers still on their way are for a view that is gone
    };
  }, [enabled, forbidden, refresh]);

  return state;
}
