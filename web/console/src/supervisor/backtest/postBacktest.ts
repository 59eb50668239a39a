import { supervisorFetch } from '../http.ts';
import type { EscalationPolicy } from '../types.ts';
import type { BacktestReport, SinceDays } from './types.ts';

/**
 * Ask Baton what a candidate policy would have done: `POST /v1/agent/policy/backtest`. Nothing
 * is stored. Throws the server's refusal (`SupervisorHttpError`: 400 with every problem of an
 * invalid candidate in `details`, 403 for an agent).
 *
 * @example
 *   const report = await postBacktest({ ...stored, confidenceThreshold: 0.8 }, 30);
 */
export function postBacktest(policy: EscalationPolicy, sinceDays: SinceDays, signal?: AbortSignal): Promise<BacktestReport> {
  return supervisorFetch<BacktestReport>('POST', '/v1/agent/policy/backtest', { policy, sinceDays }, signal);
}
