import { dropLapsedConnections } from '../agent/dropLapsedConnections.ts';
import type { Deps } from '../core/deps.ts';
import type { DomainEvent } from '../core/events.ts';
import { expireHandoffs } from '../routing/expireHandoffs.ts';
import { expireOffers } from '../routing/expireOffers.ts';
import { routeWaitingHandoffs } from '../routing/routeWaitingHandoffs.ts';

/** Events after which a workspace's queue may move: something to offer, or someone free. */
const moves = new Set<DomainEvent['type']>([
  'handoff.created',
  'handoff.fallback',
  'offer.declined',
  'offer.timed_out',
  'offer.rescinded',
  'handoff.closed',
  'agent.signed_in',
  'agent.presence_changed',
  'conversation.status_changed',
]);

/**
 * Runs routing in this instance: a pass right after anything that may move a workspace's queue
 * (a new handoff, a declined or expired offer, an agent coming online or freeing capacity),
 * and every `intervalMs` a sweep that takes agents whose console's lease lapsed offline,
 * expires unanswered offers and routes every workspace
 * with handoffs waiting (for optional skills relaxing with time). Several instances may run it
 * at once: the database's locks and unique indexes keep their passes apart.
 *
 * @example
 *   const loop = new RoutingLoop(deps, (error) => log.error(error));
 *   bus.subscribe(loop.listener); loop.start();
 */
export class RoutingLoop {
  readonly #due = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> = Promise.resolve();
  #scheduled = false;
  #sweeping = false;
  #stopped = false;

  constructor(
    private readonly deps: Deps,
    private readonly onError: (error: unknown) => void,
    private readonly intervalMs = 1000,
  ) {}

  readonly listener = (workspaceId: string, event: DomainEvent): void => {
    if (this.#stopped || !moves.has(event.type)) return;
    this.#due.add(workspaceId);
    this.#schedule();
  };

  start(): void {
    this.#timer = setInterval(() => this.#sweep(), this.intervalMs);
    this.#timer.unref();
  }

  /** Stop the timer and wait for the pass under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#running = this.#running.then(() => {
      this.#scheduled = false;
      return this.#routeDue();
    });
  }

  async #routeDue(): Promise<void> {
    const workspaces = [...this.#due];
    this.#due.clear();
    for (const workspaceId of workspaces) {
      try {
        await routeWaitingHandoffs(this.deps, workspaceId);
      } catch (error) {
        this.onError(error);
      }
    }
  }

  async #expireHandoffs(): Promise<void> {
    for (const workspaceId of await this.deps.store.routing.workspacesWithWaiting()) {
      await expireHandoffs(this.deps, workspaceId);
      this.#due.add(workspaceId);
    }
  }

  #sweep(): void {
    // A sweep still queued or running is enough: timers never pile up behind a slow one.
    if (this.#stopped || this.#sweeping) return;
    this.#sweeping = true;
    this.#running = this.#running.then(async () => {
      // Each step on its own: one failing does not skip the others.
      for (const step of [() => dropLapsedConnections(this.deps), () => expireOffers(this.deps), () => this.#expireHandoffs()]) {
        try {
          await step();
        } catch (error) {
          this.onError(error);
        }
      }
      this.#sweeping = false;
      await this.#routeDue();
    });
  }
}
