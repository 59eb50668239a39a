import type { Deps } from '../core/deps.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { rescindPendingOffers } from '../routing/rescindPendingOffers.ts';
import { hashToken } from '../core/secrets.ts';
import type { Agent } from './types.ts';

/**
 * End a session; the agent goes offline.
 *
 * @example
 *   await signOut(deps, agent, sessionToken);
 */
export async function signOut(deps: Deps, agent: Agent, sessionToken: string): Promise<void> {
  await inTransaction(deps, agent.workspaceId, async (tx, emit) => {
    await tx.sessions.delete(hashToken(sessionToken));
    await tx.agents.setPresence(agent.workspaceId, agent.id, 'offline');
    await rescindPendingOffers(tx, emit, agent.workspaceId, agent.id, 'signed out');
    emit({ type: 'agent.signed_out', agentId: agent.id, payload: {} });
  });
}
