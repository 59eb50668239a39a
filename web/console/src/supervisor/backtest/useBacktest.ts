import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf, SupervisorHttpError } from '../http.ts';
import type { EscalationPolicy } from '../types.ts';
import { postBacktest } from './postBacktest.ts';
import type { BacktestReport, SinceDays } from './types.ts';

/** Where the backtest is: not run, running, answered (with what was sent), or failed. */
export type BacktestState =
  | { status: 'idle' }
  | { status: 'running'; sinceDays: SinceDays }
  | { status: 'done'; sinceDays: SinceDays; report: BacktestReport; sent: string }
  | { status: 'failed'; message: string };

/** The backtest's state, with how to run it. */
export interface Backtest {
  state: BacktestState;
  /**
   * Replay the candidate. Resolves with the server's 400 refusal (an invalid candidate, for the
   * form to show under its fields), or null: the report, or any other failure, is in `state`.
   */
  run: (candidate: EscalationPolicy, current: EscalationPolicy, sinceDays: SinceDays) => Promise<SupervisorHttpError | null>;
}

/**
 * What was backtested, to tell when the form or the stored policy has moved on since.
 *
 * @example
 *   backtestKey(candidate, stored) === state.sent // the report is about these settings
 */
export const backtestKey = (candidate: EscalationPolicy, current: EscalationPolicy): string => JSON.stringify([candidate, current]);

/**
 * Run the policy backtest for the editor: one run at a time, the previous one abandoned when
 * another starts or the editor goes away.
 *
 * @example
 *   const backtest = useBacktest();
 *   const refused = await backtest.run(candidate, stored, 30);
 */
export function useBacktest(): Backtest {
  const [state, setState] = useState<BacktestState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(async (candidate: EscalationPolicy, current: EscalationPolicy, sinceDays: SinceDays) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'running', sinceDays });
    try {
      const report = await postBacktest(candidate, sinceDays, controller.signal);
      if (!controller.signal.aborted) setState({ status: 'done', sinceDays, report, sent: backtestKey(candidate, current) });
      return null;
    } catch (error) {
      if (controller.signal.aborted) return null;
      if (error instanceof SupervisorHttpError && error.status === 400) {
        setState({ status: 'idle' });
        return error;
      }
      setState({ status: 'failed', message: messageOf(error) });
      return null;
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, []);

  return { state, run };
}
