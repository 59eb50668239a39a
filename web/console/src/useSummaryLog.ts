import { useMemo, useReducer } from 'react';
import { agentApi } from './agentApi.ts';
import { SummaryLog, type SummaryView } from './summaryLog.ts';

/**
 * The summary cards' state for React: how each is shown, and the actions that change it;
 * `record` says whether the server hears of it (only for conversations assigned to me).
 */
export interface SummaryControls {
  view: (handoffId: string) => SummaryView;
  shown: (handoffId: string, record: boolean) => void;
  collapse: (handoffId: string, record: boolean) => void;
  expand: (handoffId: string, record: boolean) => void;
  dismiss: (handoffId: string, record: boolean) => void;
}

/**
 * One `SummaryLog` for the console session, reporting to the server fire-and-forget (a lost
 * report must never get in the agent's way), re-rendering when a card changes.
 *
 * @example
 *   const summaryLog = useSummaryLog();
 *   summaryLog.collapse(handoff.id, true);
 */
export function useSummaryLog(): SummaryControls {
  const [version, changed] = useReducer((n: number) => n + 1, 0);
  const log = useMemo(() => new SummaryLog((handoffId, action) => void agentApi.recordSummary(handoffId, action).catch(() => undefined)), []);
  return useMemo(
    () => ({
      view: (handoffId) => log.view(handoffId),
      shown: (handoffId, record) => log.shown(handoffId, record),
      collapse: (handoffId, record) => (log.collapse(handoffId, record), changed()),
      expand: (handoffId, record) => (log.expand(handoffId, record), changed()),
      dismiss: (handoffId, record) => (log.dismiss(handoffId, record), changed()),
    }),
    // A new object per change, so components reading `view` re-render.
    [log, version],
  );
}
