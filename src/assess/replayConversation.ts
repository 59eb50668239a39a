import { conversationAnalyzer, type Analyzers } from '../analysis/analyzeConversation.ts';
import type { Turn } from '../analysis/sentiment/types.ts';
import { decideEscalation, type CustomerRecord, type EscalationDecision } from '../policy/decideEscalation.ts';
import type { EscalationPolicy } from '../policy/escalationPolicy.ts';

/** Where a replay stopped: the first escalation (its turn index) or the last turn's decision. */
export interface Replay {
  /** 0-based index of the turn at which the decision fired; null when none did. */
  turn: number | null;
  /** The decision at that turn, or after the last turn; undefined for a conversation without turns. */
  decision: EscalationDecision | undefined;
}

/**
 * Read a conversation's turns in order as if live, deciding at every turn, and stop at the
 * first escalation. Pure; shared by `baton assess` and the policy backtest.
 *
 * @example
 *   replayConversation([{ role: 'customer', text: 'I want a human' }], {}, analyzers, defaultPolicy)
 *   // { turn: 0, decision: { escalate: true, triggers: [{ type: 'explicit_request', ... }], ... } }
 */
export function replayConversation(turns: readonly Turn[], customer: CustomerRecord, analyzers: Analyzers, policy: EscalationPolicy): Replay {
  const analyzer = conversationAnalyzer(analyzers, policy.sentimentSensitivity);
  let decision: EscalationDecision | undefined;
  for (const [index, turn] of turns.entries()) {
    decision = decideEscalation(analyzer.add(turn), customer, policy);
    if (decision.escalate) return { turn: index, decision };
  }
  return { turn: null, decision };
}
