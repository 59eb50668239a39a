import { showWaitingState, type WaitingState } from '../contact/readWaitingState.ts';
import type { Deps } from '../core/deps.ts';
import type { DomainEvent } from '../core/events.ts';

/** Events after which a waiting customer's place in the queue or wait estimate may change. */
const queueMoves = (type: DomainEvent['type']) => type.startsWith('handoff.') || type.startsWith('offer.') || type === 'agent.presence_changed';

/**
 * Pushes each waiting customer their place in the queue and a fresh wait estimate whenever the
 * workspace's queue moves (coalesced per workspace over `delayMs`). Customers register their
 * socket's send function for their conversation.
 *
 * @example
 *   const push = new WaitingPush(deps, onError); bus.subscribe(push.listener);
 *   const stop = push.register(workspaceId, conversationId, (waiting) => send({ type: 'waiting', waiting }));
 */
export class WaitingPush {
  readonly #customers = new Map<string, Set<{ conversationId: string; send: (waiting: WaitingState) => void }>>();
  readonly #timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly deps: Deps,
    private readonly onError: (error: unknown) => void,
    private readonly delayMs = 200,
  ) {}

  register(workspaceId: string, conversationId: string, send: (waiting: WaitingState) => void): () => void {
    let set = this.#customers.get(workspaceId);
    if (!set) this.#customers.set(workspaceId, (set = new Set()));
    const entry = { conversationId, send };
    set.add(entry);
    return () => set.delete(entry);
  }

  readonly listener = (workspaceId: string, event: DomainEvent): void => {
    if (!queueMoves(event.type) || !this.#customers.get(workspaceId)?.size || this.#timers.has(workspaceId)) return;
    const timer = setTimeout(() => {
      this.#timers.delete(workspaceId);
      this.#pushAll(workspaceId).catch(this.onError);
    }, this.delayMs);
    timer.unref();
    this.#timers.set(workspaceId, timer);
  };

  /** Cancel pending pushes (at shutdown). */
  stop(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  async #pushAll(workspaceId: string): Promise<void> {
    for (const { conversationId, send } of [...(this.#customers.get(workspaceId) ?? [])]) {
      const conversation = await this.deps.store.conversations.get(workspaceId, conversationId);
      if (conversation?.status !== 'waiting_for_agent') continue;
      const waiting = await showWaitingState(this.deps, conversation);
      if (waiting) send(waiting);
    }
  }
}
