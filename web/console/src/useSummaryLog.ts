import { useMemo, useReducer } from 'react';
import { agentApi } from './agentApi.ts';
import { SummaryLog, type SummaryView } from './summaryLog.ts';

/** The summary cards' state for React: how each is shown, and the actions that change it. */
export interface SummaryControls {
  view: (handoffId: string) => SummaryView;
  shown: (handoffId: string) => void;
  collapse: (handoffId: string) => void;
  expand: (handoffId: string) => void;
  dismiss: (handoffId: string) => void;
}

/**
 * One `SummaryLog` for the console session, reporting to the server fire-and-forget (a lost
 * report must never get in the agent's way), re-rendering when a card changes.
 *
 * @example
 *   const summaryLog = useSummaryLog();
 *   summaryLog.collapse(handoff.id);
 */
export function useSummaryLog(): SummaryControls {
  const [version, changed] = useReducer((n: number) => n + 1, 0);
  const log = useMemo(() => new SummaryLog((handoffId, action) => void agentApi.recordSummary(handoffId, action).catch(() => undefined)), []);
  return useMemo(
    () => ({
      view: (handoffId) => log.view(handoffId),
      shown: (handoffId) => log.shown(handoffId),
      collapse: (handoffId) => (log.collapse(handoffId), changed()),
      expand: (handoffId) => (log.expand(handoffId), changed()),
      dismiss: (handoffId) => (log.dismiss(handoffId), changed()),
    }),
    // A new object per change, so components reading `view` re-render.
    [log, version],
  );
}
