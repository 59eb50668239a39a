import type { Attempt } from './attempt.ts';
import { inferOutcome } from './inferOutcome.ts';

/**
 * The attempt after the customer's next message: its outcome and evidence as
 * `inferOutcome` reads them, or the same attempt when nothing changed. Returns a new object.
 *
 * @example
 *   settleAttempt(refundPortalAttempt, 'I cannot find the charge in the portal')
 *   // { …refundPortalAttempt, outcome: 'failed', evidence: 'I cannot find the charge in the portal' }
 */
export function settleAttempt(attempt: Attempt, nextCustomerText: string): Attempt {
  const reading = inferOutcome(attempt, nextCustomerText);
  if (reading.outcome === attempt.outcome && reading.evidence === undefined) return attempt;
  const settled: Attempt = { ...attempt, outcome: reading.outcome };
  if (reading.evidence !== undefined) settled.evidence = reading.evidence;
  return settled;
}
