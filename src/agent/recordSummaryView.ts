import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { Agent } from './types.ts';

/**
 * What happened to a handoff's summary in an agent's console: `shown` (displayed on its own
 * when the conversation opened), `opened` (the agent expanded it), `collapsed`, `dismissed`.
 */
export type SummaryAction = 'shown' | 'opened' | 'collapsed' | 'dismissed';

/**
 * Record what happened to a handoff's summary in an agent's console, as a `summary.viewed`
 * event with the agent; context utilization (did the assigned agent have the packet before
 * the first reply?) is computed from these. A handoff of another workspace is `not_found`.
 *
 * @example
 *   await recordSummaryView(deps, agent, handoffId, 'opened')
 */
export async function recordSummaryView(deps: Deps, agent: Agent, handoffId: string, action: SummaryAction): Promise<void> {
  const handoff = await deps.store.handoffs.get(agent.workspaceId, handoffId);
  if (!handoff) throw new DomainError('not_found');
  await inTransaction(deps, agent.workspaceId, async (_tx, emit) => {
    emit({ type: 'summary.viewed', conversationId: handoff.conversationId, handoffId, agentId: agent.id, payload: { action } });
  });
}
