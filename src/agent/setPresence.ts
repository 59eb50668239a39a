import type { Deps } from '../core/deps.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { Agent } from './types.ts';

/**
 * An agent sets their presence: `online` to be offered handoffs, `away` to stop for a while
 * (offers already made stay theirs to answer). Recorded as an event; routing reacts to it.
 *
 * @example
 *   await setPresence(deps, agent, 'away');
 */
export async function setPresence(deps: Deps, agent: Agent, presence: 'online' | 'away'): Promise<'online' | 'away'> {
  await inTransaction(deps, agent.workspaceId, async (tx, emit) => {
    await tx.agents.setPresence(agent.workspaceId, agent.id, presence);
    emit({ type: 'agent.presence_changed', agentId: agent.id, payload: { presence, cause: 'agent' } });
  });
  return presence;
}
