import type { DomainEvent, EventPublisher } from '../core/events.ts';

/** Where an event was committed: in this instance, or in another one (relayed through the database). */
export type EventOrigin = 'local' | 'remote';

/** A listener for committed domain events. */
export type EventListener = (workspaceId: string, event: DomainEvent, origin: EventOrigin) => void;

/**
 * The in-process event bus: commands publish committed events, listeners (real-time feeds,
 * later webhooks and metrics) react. A listener that throws is reported and the others still run.
 *
 * @example
 *   const bus = new EventBus((error) => log.error(error));
 *   bus.subscribe((ws, e) => { if (e.type === 'message.created') ... });
 */
export class EventBus implements EventPublisher {
  readonly #listeners = new Set<EventListener>();

  constructor(private readonly onListenerError: (error: unknown) => void) {}

  /** Add a listener; returns a function that removes it. */
  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(workspaceId: string, events: readonly DomainEvent[], origin: EventOrigin = 'local'): void {
    for (const event of events) {
      for (const listener of this.#listeners) {
        try {
          listener(workspaceId, event, origin);
        } catch (error) {
          this.onListenerError(error);
        }
      }
    }
  }
}
