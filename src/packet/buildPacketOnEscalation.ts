import type { Deps } from '../core/deps.ts';
import type { DomainEvent } from '../core/events.ts';
import { buildHandoffPacket } from './buildHandoffPacket.ts';

/** The listener, and a way to wait for the packets it is still building (at shutdown). */
export interface PacketBuilder {
  listener: (workspaceId: string, event: DomainEvent, origin?: 'local' | 'remote') => void;
  idle(): Promise<void>;
}

/**
 * A listener on committed events: when a handoff is created, build its packet in the
 * background. A failure is reported and changes nothing: the packet is built again when an
 * agent opens the handoff.
 *
 * @example
 *   const packets = buildPacketOnEscalation(deps);
 *   bus.subscribe(packets.listener);
 *   await packets.idle(); // before closing the database
 */
export function buildPacketOnEscalation(deps: Deps): PacketBuilder {
  const building = new Set<Promise<unknown>>();
  return {
    listener(workspaceId, event, origin = 'local') {
      // The instance that escalated builds the packet; others hear of it only to push it on.
      if (event.type !== 'handoff.created' || origin !== 'local') return;
      const work = buildHandoffPacket(deps, workspaceId, event.handoffId)
        .catch((error: unknown) => deps.onBackgroundError?.(error, 'building the handoff packet'))
        .finally(() => building.delete(work));
      building.add(work);
    },
    async idle() {
      await Promise.allSettled([...building]);
    },
  };
}
