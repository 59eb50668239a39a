import type { Turn } from '../../analysis/sentiment/types.ts';
import type { TriggerType } from '../decideEscalation.ts';
import type { EscalationPolicy } from '../escalationPolicy.ts';

/**
 * A stored conversation as the backtest reads it: the customer's and the assistant's messages
 * up to its first handoff (what the assistant handled), and that handoff as it was made.
 */
export interface StoredConversation {
  id: string;
  createdAt: Date;
  /** The customer's tier as stored now. */
  tier: string;
  /** Oldest first; `action` marks an assistant reply made by a self-service action. */
  messages: { seq: number; authorKind: 'customer' | 'assistant'; body: string; action: boolean }[];
  /** The conversation's first handoff, when it had one. */
  handoff: { atSeq: number | null; priority: number } | null;
}

/** A conversation ready to replay: its turns as the live assistant read them. */
export interface ReplayConversation {
  id: string;
  tier?: string;
  turns: Turn[];
  /** Whether it was actually handed to a person (for reference only). */
  handedOff: boolean;
}

/** What one policy decides for one conversation, replayed as if live. */
export interface ReplayOutcome {
  escalate: boolean;
  /** 0-based index of the turn at which it escalates (a bot turn for confidence); null when it does not. */
  turn: number | null;
  /** 1-based: the customer's message at or just before that turn; null when it does not escalate. */
  customerTurn: number | null;
  triggers: TriggerType[];
  /** 0 when it does not escalate. */
  priority: number;
  /** Each trigger's evidence, in one short line. */
  evidence: string;
  /** What the customer was trying to do, in one line. */
  intent: string;
}

/** One conversation replayed under both policies. */
export interface ConversationReplay {
  id: string;
  handedOff: boolean;
  current: ReplayOutcome;
  candidate: ReplayOutcome;
}

/** The priority bands the report counts handoffs in. */
export type PriorityBand = '0-39' | '40-69' | '70-100';

/** What one policy does over all the conversations replayed. */
export interface PolicySummary {
  handoffs: number;
  /** Handoffs per conversation replayed, 0–1. */
  rate: number;
  /** Handoffs each trigger type fired in (a handoff with two triggers counts for both). */
  triggers: Record<TriggerType, number>;
  /** Over the handoffs only; null when there are none. */
  priority: { mean: number | null; p50: number | null; p90: number | null; bands: Record<PriorityBand, number> };
}

/** A conversation that escalates under one policy and not under the other. */
export interface Flip {
  conversationId: string;
  direction: 'new_handoff' | 'no_longer_handed_off';
  /** Where the policy that escalates does, with its triggers, evidence and priority. */
  turn: number;
  customerTurn: number;
  triggers: TriggerType[];
  priority: number;
  evidence: string;
  intent: string;
}

/** A conversation handed off under both policies whose priority moves by 10 points or more. */
export interface PriorityMove {
  conversationId: string;
  current: number;
  candidate: number;
  change: number;
  triggers: { current: TriggerType[]; candidate: TriggerType[] };
  intent: string;
}

/** The backtest's answer: the candidate against the current policy on the same conversations. */
export interface BacktestReport {
  window: {
    /** ISO 8601; conversations started at or after it. */
    since: string | null;
    /** Conversations replayed. */
    conversations: number;
    /** Conversations in the window; more than `conversations` when the limit capped the run. */
    available: number;
    limit: number;
    capped: boolean;
  };
  policies: { current: EscalationPolicy; candidate: EscalationPolicy };
  /** The settings that differ: `confidenceThreshold: 0.65 → 0.7`. */
  changes: string[];
  /** What happened, as stored (the first handoff of each conversation), for reference. */
  actual: { handoffs: number; rate: number; agreeingWithCurrentReplay: number };
  current: PolicySummary;
  candidate: PolicySummary;
  /** Candidate minus current, in percentage points. */
  handoffRateChangePoints: number;
  flips: { newHandoffs: number; noLongerHandedOff: number; listed: Flip[] };
  priorityMoves: { total: number; listed: PriorityMove[] };
}
