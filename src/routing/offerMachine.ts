import type { TransitionTable } from '../core/stateMachine.ts';

/**
 * An offer is one agent's chance at one handoff (TaskRouter's "reservation"): it waits for
 * the agent (`pending`) and ends `accepted`, `declined`, `timed_out` (no answer before it
 * expired) or `rescinded` (withdrawn by Baton: the agent went offline, another offer of the
 * same handoff was accepted, or the handoff ended).
 */
export type OfferStatus = 'pending' | 'accepted' | 'declined' | 'timed_out' | 'rescinded';

/** What ends an offer. */
export type OfferAction = 'accept' | 'decline' | 'expire' | 'rescind';

/** The offer state machine: every edge leaves `pending`; the other states are final. */
export const offerTable: TransitionTable<OfferStatus, OfferAction> = {
  pending: { accept: 'accepted', decline: 'declined', expire: 'timed_out', rescind: 'rescinded' },
  accepted: {},
  declined: {},
  timed_out: {},
  rescinded: {},
};
