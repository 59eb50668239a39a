import type { Deps } from '../core/deps.ts';
import type { DomainEvent } from '../core/events.ts';
import { endOffer } from './endOffer.ts';

/**
 * End the offers nobody answered in time (by the database's clock): each becomes `timed_out`,
 * its handoff goes back to the queue, and the agent who let it lapse is set `away` so they are
 * not offered more until they come back (R2). Offers another instance is expiring are skipped.
 * Events are stored with the change and published after commit. Returns how many expired.
 *
 * @example
 *   await expireOffers(deps); // 1
 */
export async function expireOffers(deps: Deps, limit = 100): Promise<number> {
  // One transaction per offer: each holds one offer, its handoff and one agent's row, so an
  // expiry never waits on several agents at once and a failure rolls back only its own.
  let expired = 0;
  while (expired < limit) {
    const done = await deps.store.transaction(async (tx) => {
      const [offer] = await tx.offers.claimExpired(1);
      if (!offer) return undefined;
      const ws = offer.workspaceId;
      const events: DomainEvent[] = [];
      if (await endOffer(tx, (e) => events.push(e), offer, 'expire', 'no answer before the offer expired')) {
        await tx.agents.setPresence(ws, offer.agentId, 'away');
        events.push({ type: 'agent.presence_changed', agentId: offer.agentId, payload: { presence: 'away', cause: 'offer_timed_out' } });
        await tx.events.append(ws, events);
      }
      return { ws, events };
    });
    if (!done) break;
    deps.events.publish(done.ws, done.events);
    expired += 1;
  }
  return expired;
}
