/**
 * The backtest report as `POST /v1/agent/policy/backtest` answers it, taken from the server's
 * own definitions (type-only imports: nothing of the server is bundled).
 */
export type { BacktestReport, Flip, PolicySummary as BacktestPolicySummary, PriorityMove } from '../../../../../src/policy/backtest/types.ts';
export type { TriggerType } from '../../../../../src/policy/decideEscalation.ts';

/** The windows the supervisor can replay, in days. */
export const sinceChoices = [7, 30, 90] as const;

/** One of the windows offered. */
export type SinceDays = (typeof sinceChoices)[number];
