import type { TransitionTable } from '../core/stateMachine.ts';

/**
 * A handoff is the routing task (TaskRouter's "task"): it waits (`pending`), may be offered
 * to one agent (`offered`), is worked by one agent (`assigned`), and ends `completed` or
 * `cancelled` with a reason.
 */
export type HandoffStatus = 'pending' | 'offered' | 'assigned' | 'completed' | 'cancelled';

/** What moves a handoff. */
export type HandoffAction =
  /** Routing reserves it for one agent. */
  | 'offer'
  /** The offered agent accepts. */
  | 'accept'
  /** The offer was declined, timed out or withdrawn: back in the queue. */
  | 'requeue'
  /** An agent takes it straight from the waiting list. */
  | 'claim'
  /** The agent resolved the conversation or handed it back. */
  | 'complete'
  /** It ends without an agent finishing it (customer left, expired, conversation resolved). */
  | 'cancel';

/** The handoff state machine. */
export const handoffTable: TransitionTable<HandoffStatus, HandoffAction> = {
  pending: { offer: 'offered', claim: 'assigned', cancel: 'cancelled' },
  offered: { accept: 'assigned', requeue: 'pending', cancel: 'cancelled' },
  assigned: { complete: 'completed', requeue: 'pending', cancel: 'cancelled' },
  completed: {},
  cancelled: {},
};

/** Statuses of an active handoff (at most one per conversation). */
export const activeHandoffStatuses: readonly HandoffStatus[] = ['pending', 'offered', 'assigned'];
