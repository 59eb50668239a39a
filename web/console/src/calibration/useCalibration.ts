import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api.ts';
import { calibrationApi } from './calibrationApi.ts';
import type { CalibrationItem, CalibrationReview, ReviewKind } from './types.ts';

/** The list of the chosen period: the items last read, whether a read is under way, the last failure. */
export interface CalibrationState {
  items?: CalibrationItem[];
  /** The days `items` covers (the list stays on screen while another period loads). */
  days?: number;
  loading: boolean;
  error?: { message: string; status: number };
  retry: () => void;
  /** Put a review just saved into the list, without reading it again. */
  reviewed: (handoffId: string, kind: ReviewKind, review: CalibrationReview) => void;
}

/**
 * Read `GET /v1/agent/calibration?days=N`, again whenever `days` changes. A read overtaken by
 * a newer one is never shown; the last list stays on screen while the next loads.
 *
 * @example
 *   const { items, loading, reviewed } = useCalibration(14);
 */
export function useCalibration(days: number): CalibrationState {
  const [state, setState] = useState<Pick<CalibrationState, 'items' | 'days' | 'loading' | 'error'>>({ loading: true });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    calibrationApi.list(days).then(
      (items) => live && setState({ items, days, loading: false }),
      (cause: unknown) => live && setState((s) => ({ ...s, loading: false, error: { message: errorMessage(cause), status: cause instanceof ApiError ? cause.status : 0 } })),
    );
    return () => {
      live = false;
    };
  }, [days, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const reviewed = useCallback((handoffId: string, kind: ReviewKind, review: CalibrationReview) => {
    setState((s) => ({ ...s, items: s.items?.map((item) => (item.handoffId === handoffId && item.kind === kind ? { ...item, review } : item)) }));
  }, []);
  return { ...state, retry, reviewed };
}
