/**
 * Shapes shared by the simulator. Every time is epoch milliseconds and every duration
 * seconds, so that the event history is plain data a later writer can store as is.
 */

/** Skills-based routing, or one general queue. */
export type RoutingMode = 'skills' | 'general';

/** A customer handed off by the assistant, with everything drawn for it up front. */
export interface Arrival {
  handoffId: string;
  at: number;
  category: string;
  language: string;
  tier: string;
  priority: number;
  /** How long this customer will wait before leaving, in seconds. */
  patienceSeconds: number;
  /** The handling time for a level-2 agent who speaks the language, before the agent's factor. */
  workSeconds: number;
}

/** The wait each estimator quoted at escalation, in seconds, by estimator id. */
export type Quotes = Record<string, number>;

/**
 * One entry of a run's history, in time order: what a metrics listener would have seen.
 * `arrived` carries the quotes (Baton's is what the customer heard); `accepted` the wait
 * (escalation → accepted) and whether the agent had the skill and the language.
 */
export type SimEvent =
  | { type: 'agent_online'; at: number; agentId: string }
  | { type: 'agent_offline'; at: number; agentId: string }
  | { type: 'arrived'; at: number; handoffId: string; category: string; language: string; tier: string; priority: number; quotes: Quotes | null }
  | OfferEvent<'offered'>
  | OfferEvent<'offer_declined'>
  | OfferEvent<'offer_timed_out'>
  | OfferEvent<'offer_rescinded'>
  | { type: 'accepted'; at: number; handoffId: string; agentId: string; waitSeconds: number; skillMatch: boolean }
  | { type: 'abandoned'; at: number; handoffId: string; waitSeconds: number }
  | { type: 'resolved'; at: number; handoffId: string; agentId: string; handlingSeconds: number };

/** An offer (reservation) of a handoff to an agent, and what became of it. */
export interface OfferEvent<T extends string> {
  type: T;
  at: number;
  handoffId: string;
  agentId: string;
}

/** How one handoff ended in one run. */
export interface HandoffOutcome {
  arrival: Arrival;
  /** Quotes at escalation; null when no agent of its category was online (no promise made). */
  quotes: Quotes | null;
  /** Seconds from escalation to acceptance, or undefined when the customer left. */
  waitSeconds?: number;
  /** Seconds from escalation to leaving, when the customer left. */
  abandonedAfterSeconds?: number;
  skillMatch?: boolean;
}
