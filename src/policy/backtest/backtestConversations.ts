import type { Analyzers } from '../../analysis/analyzeConversation.ts';
import type { EscalationPolicy } from '../escalationPolicy.ts';
import { compareReplays, type BacktestWindow } from './compareReplays.ts';
import { replayOutcome } from './replayOutcome.ts';
import type { BacktestReport, ConversationReplay, ReplayConversation } from './types.ts';

/** The policy the workspace runs and the one a supervisor is trying. */
export interface PolicyPair {
  current: EscalationPolicy;
  candidate: EscalationPolicy;
}

/**
 * Replay one conversation under both policies, on the same turns: like for like, since the
 * assistant's answers are fixed in the transcript whatever the policy. Pure.
 *
 * @example
 *   replayBoth(conversation, { current, candidate }, analyzers)
 *   // { id: 'c1', handedOff: false, current: { escalate: false, ... }, candidate: { escalate: true, triggers: ['confidence'], ... } }
 */
export function replayBoth(conversation: ReplayConversation, policies: PolicyPair, analyzers: Analyzers): ConversationReplay {
  return {
    id: conversation.id,
    handedOff: conversation.handedOff,
    current: replayOutcome(conversation, policies.current, analyzers),
    candidate: replayOutcome(conversation, policies.candidate, analyzers),
  };
}

/**
 * The policy backtest over conversations already read: replay each under the current and the
 * candidate policy and compare (`compareReplays`). Pure.
 *
 * @example
 *   backtestConversations(conversations, { current: defaultPolicy, candidate: { ...defaultPolicy, confidenceThreshold: 0.7 } }, analyzers, { since: null })
 *   // { current: { handoffs: 3, rate: 0.3, ... }, candidate: { handoffs: 5, ... }, flips: { newHandoffs: 2, ... }, ... }
 */
export function backtestConversations(
  conversations: readonly ReplayConversation[],
  policies: PolicyPair,
  analyzers: Analyzers,
  window: BacktestWindow,
): BacktestReport {
  return compareReplays(
    conversations.map((c) => replayBoth(c, policies, analyzers)),
    policies,
    window,
  );
}
