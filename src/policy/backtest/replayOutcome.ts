import type { Analyzers } from '../../analysis/analyzeConversation.ts';
import { replayConversation } from '../../assess/replayConversation.ts';
import type { EscalationPolicy } from '../escalationPolicy.ts';
import type { ReplayConversation, ReplayOutcome } from './types.ts';

const maxEvidence = 160;

/**
 * Replay one conversation under one policy, as `baton assess` does (turn by turn, stopping at
 * the first escalation), and say where it escalates, why and how urgently. Pure.
 *
 * @example
 *   replayOutcome({ id: 'c1', turns: [{ role: 'customer', text: 'I want a human' }], handedOff: true }, defaultPolicy, analyzers)
 *   // { escalate: true, turn: 0, customerTurn: 1, triggers: ['explicit_request'], priority: 40, evidence: 'explicit_request: I want a human', intent: '…' }
 */
export function replayOutcome(conversation: ReplayConversation, policy: EscalationPolicy, analyzers: Analyzers): ReplayOutcome {
  const { turn, decision } = replayConversation(conversation.turns, { tier: conversation.tier }, analyzers, policy);
  if (!decision?.escalate || turn === null) {
    return { escalate: false, turn: null, customerTurn: null, triggers: [], priority: 0, evidence: '', intent: decision?.intent ?? '' };
  }
  const evidence = decision.triggers.map((t) => `${t.type}: ${t.evidence}`).join('; ');
  return {
    escalate: true,
    turn,
    customerTurn: conversation.turns.slice(0, turn + 1).filter((t) => t.role === 'customer').length,
    triggers: decision.triggers.map((t) => t.type),
    priority: decision.priority,
    evidence: evidence.length > maxEvidence ? `${evidence.slice(0, maxEvidence - 1)}…` : evidence,
    intent: decision.intent,
  };
}
