import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DomainEvent, EventPublisher } from '../core/events.ts';
import type { EventBus } from './eventBus.ts';

const channel = 'baton_events';
/** NOTIFY payloads must stay under 8,000 bytes; events are sent in batches below this. */
const maxPayload = 7000;

/**
 * Carries committed events between Baton instances on one PostgreSQL server, so an offer made
 * by one instance reaches the agent's socket on another, and a reply written through one
 * reaches the customer's socket on another. Each instance publishes to its own bus and
 * `NOTIFY`s the others; what it hears from them goes to its bus as `remote` (listeners that do
 * work, such as building the packet, leave remote events to the instance that committed them).
 * Delivery is at most once: a socket that misses a message catches up by sequence number.
 *
 * @example
 *   const relay = await PgEventRelay.start(url, bus, onError);
 *   const deps = { ...deps, events: relay };
 */
export class PgEventRelay implements EventPublisher {
  readonly #instance = randomUUID();
  #sending: Promise<void> = Promise.resolve();

  private constructor(
    private readonly client: pg.Client,
    private readonly bus: EventBus,
    private readonly onError: (error: unknown) => void,
  ) {}

  static async start(url: string, bus: EventBus, onError: (error: unknown) => void): Promise<PgEventRelay> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const relay = new PgEventRelay(client, bus, onError);
    client.on('error', onError);
    client.on('notification', (message) => relay.#heard(message.payload));
    await client.query(`LISTEN ${channel}`);
    return relay;
  }

  publish(workspaceId: string, events: readonly DomainEvent[]): void {
    this.bus.publish(workspaceId, events, 'local');
    for (const batch of batches(events)) {
      const payload = JSON.stringify({ from: this.#instance, workspaceId, events: batch });
      // One query at a time on the relay's connection, in publish order.
      this.#sending = this.#sending.then(() => this.client.query('SELECT pg_notify($1, $2)', [channel, payload])).then(
        () => {},
        (error: unknown) => this.onError(error),
      );
    }
  }

  async stop(): Promise<void> {
    await this.#sending;
    await this.client.end().catch(() => {});
  }

  #heard(payload: string | undefined): void {
    if (!payload) return;
    try {
      const { from, workspaceId, events } = JSON.parse(payload) as { from: string; workspaceId: string; events: DomainEvent[] };
      if (from !== this.#instance) this.bus.publish(workspaceId, events, 'remote');
    } catch (error) {
      this.onError(error);
    }
  }
}

/** Events in batches whose JSON stays under the NOTIFY limit; a single larger event is left out. */
function batches(events: readonly DomainEvent[]): DomainEvent[][] {
  const out: DomainEvent[][] = [];
  let current: DomainEvent[] = [];
  let size = 0;
  for (const event of events) {
    const length = JSON.stringify(event).length;
    if (length > maxPayload) continue;
    if (size + length > maxPayload && current.length > 0) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(event);
    size += length;
  }
  if (current.length > 0) out.push(current);
  return out;
}
