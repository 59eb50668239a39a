import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage, request } from '../api.ts';
import type { DashboardReport } from './types.ts';

/** The metrics of the chosen period: the report last read, whether a read is under way, the last failure. */
export interface MetricsState {
  report?: DashboardReport;
  /** The days `report` covers (it stays on screen while another period loads). */
  days?: number;
  loading: boolean;
  error?: { message: string; status: number };
  retry: () => void;
}

/**
 * Read `GET /v1/agent/metrics?days=N`, again whenever `days` changes. A read overtaken by a
 * newer one is aborted and never shown; the last report stays on screen while the next loads.
 *
 * @example
 *   const { report, loading, error } = useMetrics(7);
 */
export function useMetrics(days: number): MetricsState {
  const [state, setState] = useState<Omit<MetricsState, 'retry'>>({ loading: true });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    request<DashboardReport>('GET', `/v1/agent/metrics?days=${encodeURIComponent(String(days))}`).then(
      (report) => live && setState({ report, days, loading: false }),
      (cause: unknown) => live && setState((s) => ({ ...s, loading: false, error: { message: errorMessage(cause), status: cause instanceof ApiError ? cause.status : 0 } })),
    );
    return () => {
      live = false;
    };
  }, [days, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
