import type { Agent } from '../../agent/types.ts';
import type { Deps } from '../../core/deps.ts';
import { DomainError } from '../../core/errors.ts';
import { parsePolicy } from '../escalationPolicy.ts';
import { backtestPolicy, type BacktestDeps } from './backtestPolicy.ts';
import type { BacktestReport } from './types.ts';

/** The supervisor view's request: a candidate policy and how many days back to replay (1–365, default 30). */
export interface BacktestRequest {
  policy: unknown;
  sinceDays?: number;
}

/**
 * A supervisor backtests a candidate escalation policy before it goes live: the candidate is
 * validated like a policy change (`invalid_request` listing every problem), only supervisors
 * and admins may run it, and the conversations of the last `sinceDays` days are replayed
 * under the current policy and the candidate (`backtestPolicy`). Nothing is stored.
 *
 * @example
 *   const report = await backtestEscalationPolicy(deps, supervisor, { policy: { confidenceThreshold: 0.7 }, sinceDays: 14 });
 */
export async function backtestEscalationPolicy(deps: BacktestDeps & Pick<Deps, 'clock'>, agent: Agent, request: BacktestRequest): Promise<BacktestReport> {
  if (agent.role === 'agent') throw new DomainError('forbidden', 'Only supervisors and admins may backtest the escalation policy.');
  const parsed = parsePolicy(request.policy);
  if (!parsed.ok) throw new DomainError('invalid_request', 'The policy is not valid.', parsed.problems);
  const since = new Date(deps.clock.now().getTime() - (request.sinceDays ?? 30) * 86_400_000);
  return backtestPolicy(deps, agent.workspaceId, parsed.policy, { since });
}
