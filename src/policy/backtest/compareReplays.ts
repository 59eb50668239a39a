import type { EscalationPolicy } from '../escalationPolicy.ts';
import { share, summarizeOutcomes } from './summarizeOutcomes.ts';
import type { BacktestReport, ConversationReplay, Flip, PriorityMove, ReplayOutcome } from './types.ts';

/** A priority that moves by this many points or more is listed. */
export const priorityMoveThreshold = 10;

/** Which conversations the replays came from. */
export interface BacktestWindow {
  since: Date | null;
  /** Conversations in the window (default: those replayed). */
  available?: number;
  /** The most a run replays (default: those replayed). */
  limit?: number;
  /** The most flips and priority moves listed (default 500); the counts cover them all. */
  listLimit?: number;
}

/**
 * Compare the current and the candidate policy over the same replayed conversations: the
 * handoff rate of each and the change in points, handoffs by trigger, the priority
 * distribution, the conversations that flip (newly handed off, or no longer), highest
 * priority first, and the handoffs whose priority moves by 10 points or more. The stored
 * handoffs are reported beside them for reference. Pure.
 *
 * @example
 *   compareReplays(replays, { current, candidate }, { since: new Date('2024-05-01') })
 *   // { window: { conversations: 120, ... }, current: { rate: 0.25, ... }, candidate: { rate: 0.31, ... }, handoffRateChangePoints: 6, flips: { newHandoffs: 7, ... }, ... }
 */
export function compareReplays(
  replays: readonly ConversationReplay[],
  policies: { current: EscalationPolicy; candidate: EscalationPolicy },
  window: BacktestWindow,
): BacktestReport {
  const count = replays.length;
  const current = summarizeOutcomes(replays.map((r) => r.current));
  const candidate = summarizeOutcomes(replays.map((r) => r.candidate));
  const listLimit = window.listLimit ?? 500;
  const flips = replays.flatMap((r): Flip[] => {
    if (r.current.escalate === r.candidate.escalate) return [];
    return r.candidate.escalate ? [flip(r.id, 'new_handoff', r.candidate)] : [flip(r.id, 'no_longer_handed_off', r.current)];
  });
  flips.sort((a, b) => Number(b.direction === 'new_handoff') - Number(a.direction === 'new_handoff') || b.priority - a.priority);
  const moves = replays
    .filter((r) => r.current.escalate && r.candidate.escalate && Math.abs(r.candidate.priority - r.current.priority) >= priorityMoveThreshold)
    .map(
      (r): PriorityMove => ({
        conversationId: r.id,
        current: r.current.priority,
        candidate: r.candidate.priority,
        change: r.candidate.priority - r.current.priority,
        triggers: { current: r.current.triggers, candidate: r.candidate.triggers },
        intent: r.candidate.intent,
      }),
    )
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  const handedOff = replays.filter((r) => r.handedOff).length;
  return {
    window: { since: window.since?.toISOString() ?? null, conversations: count, available: window.available ?? count, limit: window.limit ?? count, capped: (window.available ?? count) > count },
    policies,
    changes: changesBetween(policies.current, policies.candidate),
    actual: { handoffs: handedOff, rate: share(handedOff, count), agreeingWithCurrentReplay: replays.filter((r) => r.handedOff === r.current.escalate).length },
    current,
    candidate,
    handoffRateChangePoints: count === 0 ? 0 : Math.round(((candidate.handoffs - current.handoffs) / count) * 10_000) / 100,
    flips: {
      newHandoffs: flips.filter((f) => f.direction === 'new_handoff').length,
      noLongerHandedOff: flips.filter((f) => f.direction === 'no_longer_handed_off').length,
      listed: flips.slice(0, listLimit),
    },
    priorityMoves: { total: moves.length, listed: moves.slice(0, listLimit) },
  };
}

function flip(conversationId: string, direction: Flip['direction'], escalated: ReplayOutcome): Flip {
  const { turn, customerTurn, triggers, priority, evidence, intent } = escalated;
  return { conversationId, direction, turn: turn!, customerTurn: customerTurn!, triggers, priority, evidence, intent };
}

/** Each setting that differs, as `name: before → after`. */
function changesBetween(current: EscalationPolicy, candidate: EscalationPolicy): string[] {
  const show = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));
  return (Object.keys(current) as (keyof EscalationPolicy)[])
    .filter((key) => show(current[key]) !== show(candidate[key]))
    .map((key) => `${key}: ${show(current[key])} → ${show(candidate[key])}`);
}
