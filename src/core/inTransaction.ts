import type { Deps } from './deps.ts';
import type { DomainEvent } from './events.ts';
import type { Store } from './store.ts';

/** Record a domain event; it is stored with the transaction and published after commit. */
export type Emit = (event: DomainEvent) => void;

/**
 * Run a command's writes in one transaction. Events it emits are appended to the `events`
 * table in that same transaction (so they exist exactly when the change does) and published
 * to listeners only after commit.
 *
 * @example
 *   await inTransaction(deps, workspaceId, async (tx, emit) => { ...; emit({ type: 'message.created', ... }) });
 */
export async function inTransaction<T>(
  deps: Deps,
  workspaceId: string,
  work: (tx: Store, emit: Emit) => Promise<T>,
): Promise<T> {
  const emitted: DomainEvent[] = [];
  const result = await deps.store.transaction(async (tx) => {
    emitted.length = 0; // a transaction run again starts with no events
    const value = await work(tx, (event) => emitted.push(event));
    await tx.events.append(workspaceId, emitted);
    return value;
  });
  deps.events.publish(workspaceId, emitted);
  return result;
}
