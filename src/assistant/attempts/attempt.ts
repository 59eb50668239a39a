/** What the assistant tried: a knowledge-base article, or a self-service action. */
export type AttemptKind = 'article' | 'action';

/**
 * How an attempt ended, as the customer's next words tell it: still `offered` (no answer
 * yet, or they moved on), `succeeded`, `failed` (tried and it did not help), or `declined`
 * (not wanted, or not what they asked).
 */
export type AttemptOutcome = 'offered' | 'declined' | 'failed' | 'succeeded';

/** An attempted resolution, for the handoff packet's "AI tried" list. */
export interface Attempt {
  kind: AttemptKind;
  /** The article's slug or the action's id. */
  ref: string;
  /** Short text for the agent: "offered self-service refund portal". */
  label: string;
  outcome: AttemptOutcome;
  /** The customer's words that set the outcome, as written. */
  evidence?: string;
  /** The `seq` of the assistant message that made the attempt. */
  atSeq?: number;
}

/** The outcome read from the customer's reply, with the words that showed it. */
export interface OutcomeReading {
  outcome: AttemptOutcome;
  evidence?: string;
}
