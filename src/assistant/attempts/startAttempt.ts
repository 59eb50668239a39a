import type { ActionStatus } from '../actions/selfServiceAction.ts';
import type { Attempt, AttemptKind } from './attempt.ts';
import { labelFor } from './labelFor.ts';

/** What the assistant just did, as `startAttempt` reads it. */
export interface AttemptStart {
  kind: AttemptKind;
  /** The article's slug or the action's id. */
  ref: string;
  /** The article's title (for an article, or troubleshooting's article), for the label. */
  articleTitle?: string;
  /** An action's status: `not_found` (an order that is not on the account) starts as failed. */
  status?: ActionStatus;
  /** The `seq` of the assistant message that made the attempt. */
  atSeq?: number;
}

/**
 * A new attempted resolution, labelled for the agent: `offered` until the customer answers,
 * except an action that already failed (`not_found`), whose evidence is that it found nothing.
 *
 * @example
 *   startAttempt({ kind: 'action', ref: 'refund_portal', atSeq: 4 })
 *   // { kind: 'action', ref: 'refund_portal', label: 'offered self-service refund portal', outcome: 'offered', atSeq: 4 }
 */
export function startAttempt(start: AttemptStart): Attempt {
  const attempt: Attempt = {
    kind: start.kind,
    ref: start.ref,
    label: labelFor(start.kind, start.ref, start.articleTitle),
    outcome: start.status === 'not_found' ? 'failed' : 'offered',
  };
  if (start.status === 'not_found') attempt.evidence = 'not found on the account';
  if (start.atSeq !== undefined) attempt.atSeq = start.atSeq;
  return attempt;
}
