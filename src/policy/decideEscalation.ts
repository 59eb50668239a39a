import { detectHumanRequest } from '../analysis/detectHumanRequest.ts';

/** One reason to hand off, with the evidence that fired it. */
export interface Trigger {
  type: 'confidence' | 'sentiment' | 'explicit_request' | 'topic';
  /** Index of the customer turn that fired it (0-based over customer messages). */
  turn: number;
  evidence: string;
}

/** The escalation decision, stored on the handoff as it was made. */
export interface EscalationDecision {
  escalate: boolean;
  triggers: Trigger[];
  /** 0–100; higher is routed first. */
  priority: number;
  /** One line a human can read. */
  explanation: string;
}

/** The customer turns of a conversation so far, oldest first. */
export interface CustomerTurns {
  texts: readonly string[];
}

/**
 * Decide whether to hand the conversation to a person. The skeleton knows one trigger, the
 * explicit request; issue 3 adds confidence, sentiment and topic with their scoring.
 *
 * @example
 *   decideEscalation({ texts: ['I want to talk to a human'] }).escalate // true
 */
export function decideEscalation(turns: CustomerTurns): EscalationDecision {
  const last = turns.texts.length - 1;
  const latest = turns.texts[last] ?? '';
  const request = detectHumanRequest(latest);
  if (!request.requested) {
    return { escalate: false, triggers: [], priority: 0, explanation: 'No trigger fired.' };
  }
  return {
    escalate: true,
    triggers: [{ type: 'explicit_request', turn: last, evidence: request.matched ?? latest }],
    priority: 50,
    explanation: `Customer asked for a person ("${request.matched}").`,
  };
}
