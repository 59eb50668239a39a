import type { Deps } from '../core/deps.ts';
import type { DomainEvent } from '../core/events.ts';
import { rescindPendingOffers } from '../routing/rescindPendingOffers.ts';

/**
 * Take offline every agent whose console stopped renewing its connection lease (closed, lost
 * its network, or its Baton instance was killed) and withdraw the offers waiting on them at
 * once, rather than at each offer's timeout (R7). The lease runs on the database's clock, so
 * any instance's sweep finds the agents of an instance that died. Agents another instance is
 * dropping are skipped. Events are stored with the change and published after commit.
 * Returns how many agents went offline.
 *
 * @example
 *   await dropLapsedConnections(deps); // 1
 */
export async function dropLapsedConnections(deps: Deps, limit = 100): Promise<number> {
  const emitted: [string, DomainEvent[]][] = [];
  const dropped = await deps.store.transaction(async (tx) => {
    emitted.length = 0; // a transaction run again starts with no events
    let count = 0;
    for (const { workspaceId, id } of await tx.agents.claimLapsedConnections(limit)) {
      const agent = await tx.agents.get(workspaceId, id);
      if (!agent || agent.presence === 'offline') continue;
      const events: DomainEvent[] = [];
      await tx.agents.setPresence(workspaceId, id, 'offline');
      await rescindPendingOffers(tx, (e) => events.push(e), workspaceId, id, 'connection lost');
      events.push({ type: 'agent.presence_changed', agentId: id, payload: { presence: 'offline', cause: 'connection_lost' } });
      await tx.events.append(workspaceId, events);
      emitted.push([workspaceId, events]);
      count += 1;
    }
    return count;
  });
  for (const [workspaceId, events] of emitted) deps.events.publish(workspaceId, events);
  return dropped;
}
