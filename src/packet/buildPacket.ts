import type { ConversationAnalysis } from '../analysis/analyzeConversation.ts';
import type { Entities } from '../analysis/types.ts';
import type { CrmAccount } from '../crm/types.ts';
import type { Customer, Message } from '../message/types.ts';
import type { EscalationDecision } from '../policy/decideEscalation.ts';
import { foldTranscript } from './foldTranscript.ts';
import { formatMinor, formatMoney } from './formatMoney.ts';
import { suggestNextStep } from './suggestNextStep.ts';
import { packetVersion, type AttemptedResolution, type HandoffPacket, type PacketAccount } from './types.ts';
import { verifyList, type AccountLookup } from './verifyList.ts';

/** Everything the packet is built from, loaded by the caller. */
export interface PacketInput {
  handoff: { id: string; conversationId: string; decision: EscalationDecision };
  /** The conversation up to the escalation, as stored (already masked). */
  messages: readonly Message[];
  customer: Customer;
  /** Analysis of the conversation at escalation. */
  analysis: ConversationAnalysis;
  /** Ids and amounts in the assistant's own messages. */
  assistantMentions: Entities;
  attempts: readonly AttemptedResolution[];
  lookup: AccountLookup;
  now: Date;
}

/** Order statuses that are still in motion, worth an agent's glance. */
const openOrder = /^(pending|processing|placed|paid|shipped|in_transit|on_hold|backorder)/i;

/**
 * Build the handoff packet: transcript, sentiment with its signals, the one-line intent with
 * ids and amounts, what the assistant tried, the account (or why it is unavailable), the
 * escalation's reasons and priority, a next step and the verify list. Pure.
 *
 * @example
 *   const packet = buildPacket({ handoff, messages, customer, analysis, assistantMentions, attempts, lookup, now });
 *   packet.verify[0] // { kind: 'order', value: '8821', status: 'matches_record', ... }
 */
export function buildPacket(input: PacketInput): HandoffPacket {
  const { handoff, analysis, lookup } = input;
  const { decision } = handoff;
  const verify = verifyList({ customer: analysis.entities, assistant: input.assistantMentions }, lookup);
  const account = lookup.status === 'found' ? lookup.account : undefined;
  const mentioned = new Set(analysis.entities.orderIds.map((id) => id.replace(/^#/, '').toLowerCase()));
  return {
    packetVersion,
    handoffId: handoff.id,
    conversationId: handoff.conversationId,
    builtAt: input.now.toISOString(),
    customer: {
      name: account?.name ?? input.customer.name ?? undefined,
      externalId: input.customer.externalId ?? undefined,
      tier: account?.tier ?? input.customer.tier,
      verified: input.customer.externalId !== null,
    },
    transcript: foldTranscript(input.messages),
    sentiment: { tag: analysis.sentiment.tag, signals: analysis.sentiment.signals.slice(-6) },
    intent: {
      line: decision.intent,
      orderIds: analysis.entities.orderIds.map((id) => id.replace(/^#/, '')),
      amounts: analysis.entities.amounts.map((m) => formatMoney(m.amount, m.currency)),
      accountNumbers: analysis.entities.accountNumbers,
    },
    attempts: [...input.attempts],
    account: packetAccount(lookup, account, mentioned, input.now),
    escalation: {
      triggers: decision.triggers,
      priority: decision.priority,
      topic: decision.topic,
      language: decision.language,
      explanation: decision.explanation,
    },
    nextStep: suggestNextStep(decision, input.attempts, verify),
    verify,
  };
}

function packetAccount(lookup: AccountLookup, account: CrmAccount | undefined, mentioned: Set<string>, now: Date): PacketAccount {
  const empty = { previousTickets: { count: 0, last: [] }, orders: [], subscriptions: [] };
  if (!account) return { status: lookup.status as PacketAccount['status'], reason: lookup.status === 'unavailable' ? lookup.reason : undefined, ...empty };
  const since = account.customerSince ? new Date(`${account.customerSince}T00:00:00Z`) : undefined;
  return {
    status: 'found',
    externalId: account.externalId,
    name: account.name,
    tier: account.tier,
    customerSince: account.customerSince,
    tenureMonths: since && !Number.isNaN(since.getTime()) ? Math.max(0, monthsBetween(since, now)) : undefined,
    previousTickets: { count: account.tickets.length, last: account.tickets.slice(0, 3) },
    orders: account.orders
      .filter((o) => mentioned.has(o.number.replace(/^#/, '').toLowerCase()) || openOrder.test(o.status))
      .slice(0, 5)
      .map((o) => ({
        number: o.number,
        status: o.status,
        total: formatMinor(o.totalMinor, o.currency),
        placedAt: o.placedAt,
        mentioned: mentioned.has(o.number.replace(/^#/, '').toLowerCase()),
      })),
    subscriptions: account.subscriptions.filter((s) => s.status !== 'cancelled').map((s) => ({ plan: s.plan, status: s.status, renewsAt: s.renewsAt })),
  };
}

function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
}
