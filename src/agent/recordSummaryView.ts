import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { Agent } from './types.ts';

/** What an agent did with a handoff's summary in the console. */
export type SummaryAction = 'opened' | 'collapsed' | 'dismissed';

/**
 * Record that an agent opened, collapsed or dismissed a handoff's summary, as a
 * `summary.viewed` event; context utilization (did the agent read the packet before the first
 * reply?) is computed from these. A handoff of another workspace is `not_found`.
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
