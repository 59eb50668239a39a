import type { Deps } from '../core/deps.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { rescindPendingOffers } from '../routing/rescindPendingOffers.ts';

/**
 * An agent's last connection dropped and did not come back within the grace period: they go
 * offline and the offers waiting on them are withdrawn at once (R7), so customers are not left
 * waiting for an offer's timeout. Does nothing to an agent already offline.
 *
 * @example
 *   await dropAgentConnection(deps, workspaceId, agentId);
 */
export async function dropAgentConnection(deps: Deps, workspaceId: string, agentId: string): Promise<void> {
  await inTransaction(deps, workspaceId, async (tx, emit) => {
    const agent = await tx.agents.get(workspaceId, agentId);
    if (!agent || agent.presence === 'offline') return;
    await tx.agents.setPresence(workspaceId, agentId, 'offline');
    await rescindPendingOffers(tx, emit, workspaceId, agentId, 'connection lost');
    emit({ type: 'agent.presence_changed', agentId, payload: { presence: 'offline', cause: 'connection_lost' } });
  });
}
