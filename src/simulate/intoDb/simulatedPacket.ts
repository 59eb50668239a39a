import type { ConversationAnalysis } from '../../analysis/analyzeConversation.ts';
import type { SentimentSignal } from '../../analysis/sentiment/types.ts';
import type { Money } from '../../analysis/types.ts';
import type { CrmAccount } from '../../crm/types.ts';
import type { Customer, Message } from '../../message/types.ts';
import { buildPacket } from '../../packet/buildPacket.ts';
import { renderSummary } from '../../packet/renderSummary.ts';
import type { AttemptedResolution, HandoffPacket } from '../../packet/types.ts';
import type { EscalationDecision } from '../../policy/decideEscalation.ts';

/** What a simulated handoff's packet is built from. */
export interface SimulatedPacketInput {
  handoffId: string;
  conversationId: string;
  decision: EscalationDecision;
  /** The conversation up to the handoff message. */
  messages: readonly Message[];
  customer: Customer;
  /** The account for a known customer; absent for an anonymous one. */
  account?: CrmAccount;
  orderIds: string[];
  amounts: Money[];
  signals: SentimentSignal[];
  attempts: AttemptedResolution[];
  builtAt: Date;
}

/**
 * The packet and summary of a simulated handoff, made by Baton's own `buildPacket` and
 * `renderSummary` from what the script said (the analysis is the script's, not a model's).
 * Pure.
 *
 * @example
 *   simulatedPacket(input).packet.intent.orderIds // ['48213']
 */
export function simulatedPacket(input: SimulatedPacketInput): { packet: HandoffPacket; summary: string } {
  const { decision } = input;
  const customerTurns = input.messages.filter((m) => m.authorKind === 'customer');
  const analysis: ConversationAnalysis = {
    turn: input.messages.length - 1,
    language: { language: decision.language, confidence: 0.9 },
    sentiment: { tag: decision.sentiment, level: input.signals.length, scores: customerTurns.map(() => (decision.sentiment === 'neutral' ? 0 : -0.4)), signals: input.signals },
    topics: [],
    entities: { orderIds: input.orderIds, amounts: input.amounts, accountNumbers: [], emails: [], dates: [] },
    opening: customerTurns[0]?.body,
  };
  const packet = buildPacket({
    handoff: { id: input.handoffId, conversationId: input.conversationId, decision },
    messages: input.messages,
    customer: input.customer,
    analysis,
    assistantMentions: { orderIds: [], amounts: [], accountNumbers: [], emails: [], dates: [] },
    attempts: input.attempts,
    lookup: input.account ? { status: 'found', account: input.account } : { status: 'anonymous' },
    now: input.builtAt,
  });
  return { packet, summary: renderSummary(packet) };
}
