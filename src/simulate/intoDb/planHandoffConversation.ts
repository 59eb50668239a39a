import { greeting } from '../../message/startConversation.ts';
import { warmHandoffMessage } from '../../assistant/warmHandoffMessage.ts';
import { contactPrompts } from '../../contact/contactPrompts.ts';
import type { Ids } from '../../core/ports.ts';
import { formatMoney } from '../../packet/formatMoney.ts';
import type { AttemptedResolution } from '../../packet/types.ts';
import { offHoursMessage } from '../../schedule/offHoursMessage.ts';
import type { Arrival, Quotes } from '../types.ts';
import type { PoolCustomer } from './customerPool.ts';
import { csatAfterHandoff } from './csatScore.ts';
import { ConversationLog, partOf, type Draws, type HistoryPart } from './history.ts';
import { planAgentWork } from './planAgentWork.ts';
import { scriptedDecision } from './scriptedDecision.ts';
import { csatComments, scriptsFor } from './scripts.ts';
import { simulatedPacket } from './simulatedPacket.ts';
import type { DeskTeam } from './workspaceScenario.ts';

/** What the routing run did with one handoff: its offers, and whether an agent took it or the customer left. */
export interface HandoffStory {
  arrival: Arrival;
  quotes: Quotes | null;
  offers: { agentId: string; at: number; outcome: 'accepted' | 'declined' | 'timed_out' | 'rescinded'; answeredAt: number }[];
  accepted?: { at: number; agentId: string };
  abandonedAt?: number;
  resolvedAt?: number;
  /** The customer asked for a callback while nobody was on shift, and waited for it. */
  callback: boolean;
}

/** The workspace a conversation is planned in, and the shared draws and counters. */
export interface Desk {
  workspaceId: string;
  ids: Ids;
  draw: Draws;
  /** Orders events of one instant across conversations. */
  counter: { next: number };
  teams: readonly DeskTeam[];
  agentNames: ReadonlyMap<string, string>;
  offerTimeoutSeconds: number;
  timeZone: string;
  /** Order numbers already in the workspace, and the next one to try. */
  orderNumbers: { taken: Set<string>; next: number };
}

/** A planned conversation: its rows and events, when it ended, and whether its customer comes back. */
export interface PlannedConversation {
  part: HistoryPart;
  end: number;
  comeBack: boolean;
}

const second = 1000;

/**
 * One conversation that escalated, from the assistant's greeting to the CSAT: the customer's
 * question and the assistant's attempt (or a request for a person at the first turn), the
 * handoff with its decision, warm or no-agent message and packet, each offer of the routing
 * run, then either the customer leaving (the handoff cancelled, `customer_left`) or the
 * agent's work (`planAgentWork`) and a CSAT answer for about half. Every row has its events,
 * at the simulated times.
 *
 * @example
 *   const { part, end } = planHandoffConversation(story, customer, desk);
 */
export function planHandoffConversation(story: HandoffStory, who: PoolCustomer, desk: Desk): PlannedConversation {
  const { arrival } = story;
  const { draw, ids } = desk;
  const { customer } = who;
  const script = draw.pick(scriptsFor(arrival.category));
  const firstTurn = draw.chance(0.3);
  const escalatedAt = arrival.at;
  const start = escalatedAt - (firstTurn ? draw.between(20, 60) : draw.between(90, 300)) * second;
  const conversationId = ids.uuid();
  const log = new ConversationLog(conversationId, start, desk.counter);
  const result = partOf(log);

  // The order and amount the conversation is about.
  const order = script.order ? orderFor(who, desk, start, script.amount, result) : undefined;
  const money = order?.money ?? (script.amount !== undefined ? { amount: script.amount, currency: 'USD', text: formatMoney(script.amount, 'USD') } : undefined);
  const fill = (text: string) => text.replaceAll('{order}', order?.number ?? '').replaceAll('{amount}', money ? formatMoney(money.amount, money.currency) : '');

  log.event(start, 'conversation.started', { channel: 'chat', customerId: customer.id });
  log.message(start, 'assistant', greeting, ids.uuid());
  const attempts: AttemptedResolution[] = [];
  let escalatingText: string;
  if (firstTurn) {
    escalatingText = fill(script.ask);
    log.message(escalatedAt - 1500, 'customer', escalatingText, ids.uuid());
  } else {
    log.message(start + draw.between(10, 40) * second, 'customer', fill(script.opener), ids.uuid());
    const answerSeq = log.message(log.last + draw.between(2, 5) * second, 'assistant', script.answer, ids.uuid());
    escalatingText = fill(script.followUp);
    log.message(escalatedAt - 1500, 'customer', escalatingText, ids.uuid());
    attempts.push({ kind: script.attempt.kind, ref: script.attempt.ref, label: script.attempt.label, outcome: 'failed', evidence: escalatingText, atSeq: answerSeq });
    result.attempts.push({ conversationId, seq: answerSeq, ...script.attempt, outcome: 'failed', evidence: escalatingText, updatedAt: new Date(log.last) });
  }

  // The escalation: decision, team, what the customer hears, the handoff.
  const decision = scriptedDecision(script, { firstTurn, language: arrival.language, tier: customer.tier, intent: fill(script.intent), escalatingText, amount: money });
  const team = desk.teams.find((t) => t.category === arrival.category);
  const quoted = story.quotes === null ? null : Math.round(story.quotes.baton ?? 120);
  const text =
    quoted === null
      ? offHoursMessage({ language: arrival.language, teamName: team?.name ?? 'support', timeZone: desk.timeZone, now: new Date(escalatedAt), opensAt: undefined, emailAvailable: false, callbackAvailable: true, reason: 'no_agent' }).text
      : warmHandoffMessage({ language: arrival.language, team: team?.name ?? 'support', waitSeconds: quoted });
  const handoffId = ids.uuid();
  const inHandoff = { handoffId };
  const atSeq = log.message(escalatedAt, 'assistant', text, ids.uuid());
  log.event(escalatedAt, 'conversation.status_changed', { from: 'with_assistant', to: 'waiting_for_agent', cause: 'escalate' });
  const path = quoted === null ? ('no_agent' as const) : ('warm' as const);
  log.event(escalatedAt, 'handoff.created', { priority: decision.priority, triggers: decision.triggers.map((t) => t.type), path, teamId: team?.id ?? null, quotedWaitSeconds: quoted }, inHandoff);

  const builtAt = log.last + draw.between(0.4, 2.5) * second;
  const { packet, summary } = simulatedPacket({
    handoffId,
    conversationId,
    decision,
    messages: [...log.messages],
    customer,
    account: who.account,
    orderIds: order ? [order.number] : [],
    amounts: money ? [money] : [],
    signals: decision.sentiment === 'neutral' ? [] : [{ signal: 'frustration_phrase', turn: 3, evidence: escalatingText.slice(0, 60) }],
    attempts,
    builtAt: new Date(builtAt),
  });
  log.event(builtAt, 'handoff.packet_built', { packetVersion: packet.packetVersion, account: packet.account.status }, inHandoff);
  result.packets.push({ handoffId, packet, summary, builtAt: new Date(log.last) });

  // A customer who meets nobody may ask for a callback (and then waits for it).
  const callback = story.callback && story.accepted !== undefined;
  let requestId: string | undefined;
  if (callback) {
    requestId = ids.uuid();
    const phone = `+49 30 ${String(1_000_000 + Math.floor(draw.between(0, 8_999_999)))}`;
    const at = log.event(escalatedAt + draw.between(20, 90) * second, 'contact.requested', { kind: 'callback', requestId });
    log.message(at, 'system', (contactPrompts[arrival.language] ?? contactPrompts.en!).callbackConfirmed(phone), ids.uuid());
    result.contacts.push({ id: requestId, conversationId, phone, consentedAt: new Date(at), detail: 'Called back and solved on the phone.' });
  }

  // Offers, in the run's order: each made, then answered (or rescinded when the customer left).
  for (const offer of story.offers) {
    const offerId = ids.uuid();
    const roundId = ids.uuid();
    const expiresAt = new Date(offer.at + desk.offerTimeoutSeconds * second);
    const about = { handoffId, agentId: offer.agentId };
    log.event(offer.at, 'offer.created', { offerId, expiresAt: expiresAt.toISOString(), rule: null, queue: arrival.category, roundId, removed: {} }, about);
    if (offer.outcome !== 'accepted') {
      const reason = offer.outcome === 'rescinded' ? 'customer left' : undefined;
      log.event(offer.answeredAt, `offer.${offer.outcome}`, { offerId, ...(reason && { reason }) }, about);
    }
    result.offers.push({ id: offerId, roundId, handoffId, agentId: offer.agentId, status: offer.outcome, createdAt: new Date(offer.at), expiresAt, answeredAt: new Date(offer.answeredAt), reason: offer.outcome === 'rescinded' ? 'customer left' : null });
    if (offer.outcome === 'accepted') log.event(offer.answeredAt, 'offer.accepted', { offerId }, about);
  }

  const handoff = { id: handoffId, conversationId, priority: decision.priority, decision, createdAt: new Date(escalatedAt), atSeq, teamId: team?.id ?? null, quotedWaitSeconds: quoted, path };
  if (!story.accepted) {
    const leftAt = log.event(story.abandonedAt ?? escalatedAt, 'handoff.closed', { status: 'cancelled', reason: 'customer_left' }, inHandoff);
    log.event(leftAt, 'conversation.status_changed', { from: 'waiting_for_agent', to: 'resolved', cause: 'customer_left' });
    result.handoffs.push({ ...handoff, status: 'cancelled', assignedAgentId: null, closeReason: 'customer_left', assignedAt: null, closedAt: new Date(leftAt) });
    result.conversations.push({ id: conversationId, customerId: customer.id, lastSeq: log.seq, assignedAgentId: null, createdAt: new Date(start), resolvedAt: new Date(leftAt) });
    return { part: result, end: leftAt, comeBack: draw.chance(0.3) };
  }

  const { agentId } = story.accepted;
  const work = planAgentWork(log, desk, { script, fill, order: order?.number, handoffId, agentId, agentName: desk.agentNames.get(agentId) ?? 'An agent', acceptedAt: story.accepted.at, resolvedAt: story.resolvedAt!, callbackRequestId: requestId });
  result.handoffs.push({ ...handoff, status: 'completed', assignedAgentId: agentId, closeReason: script.disposition, assignedAt: new Date(work.assignedAt), closedAt: new Date(work.resolvedAt) });
  result.conversations.push({ id: conversationId, customerId: customer.id, lastSeq: log.seq, assignedAgentId: agentId, createdAt: new Date(start), resolvedAt: new Date(work.resolvedAt) });

  let score: number | undefined;
  if (draw.chance(0.55)) {
    const waitSeconds = (work.assignedAt - escalatedAt) / second;
    score = csatAfterHandoff({ waitSeconds, quotedWaitSeconds: quoted, coldStart: work.coldStart, upset: decision.sentiment === 'upset' }, draw);
    const comment = draw.chance(0.35) ? draw.pick(csatComments[score]!) : null;
    const at = log.event(work.resolvedAt + draw.between(10, 180) * second, 'csat.submitted', { score, comment: comment !== null });
    result.csat.push({ conversationId, score, comment, createdAt: new Date(at) });
  }
  const comeBack = draw.chance(score !== undefined && score <= 2 ? 0.35 : work.coldStart ? 0.06 : 0.02);
  return { part: result, end: log.last, comeBack };
}

/** The order a conversation is about: one of a CRM customer's own, a new one on a simulated known customer's record, or a number an anonymous visitor typed. */
function orderFor(who: PoolCustomer, desk: Desk, start: number, amount: number | undefined, part: HistoryPart) {
  const ownOrders = who.customer.externalId?.startsWith('SIM-') ? [] : (who.account?.orders ?? []);
  const existing = ownOrders.length > 0 ? desk.draw.pick(ownOrders) : undefined;
  if (existing) return { number: existing.number, money: { amount: existing.totalMinor / 100, currency: existing.currency, text: formatMoney(existing.totalMinor / 100, existing.currency) } };
  let number: string;
  do number = String(desk.orderNumbers.next++);
  while (desk.orderNumbers.taken.has(number));
  if (who.account) {
    const totalMinor = Math.round((amount ?? desk.draw.between(20, 300)) * 100);
    const placedAt = new Date(start - Math.round(desk.draw.between(2, 30)) * 86_400_000);
    part.orders.push({ id: desk.ids.uuid(), customerId: who.customer.id, number, status: 'delivered', totalMinor, currency: 'USD', placedAt });
    who.account.orders.unshift({ number, status: 'delivered', totalMinor, currency: 'USD', placedAt: placedAt.toISOString() });
  }
  return { number, money: amount === undefined ? undefined : { amount, currency: 'USD', text: formatMoney(amount, 'USD') } };
}
