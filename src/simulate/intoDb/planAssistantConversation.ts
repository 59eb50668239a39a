import { greeting } from '../../message/startConversation.ts';
import type { PoolCustomer } from './customerPool.ts';
import { csatAssistantOnly } from './csatScore.ts';
import { ConversationLog, partOf } from './history.ts';
import type { Desk, PlannedConversation } from './planHandoffConversation.ts';
import { csatComments, customerLines, selfServed } from './scripts.ts';

const second = 1000;

/**
 * A conversation the assistant handled alone: a question, the assistant's answer from an
 * article (recorded as an attempt, `succeeded` when the customer thanks it), and the
 * conversation closed a few minutes after the last message (cause `inactive`); about one in
 * eight customers rates it.
 *
 * @example
 *   const { part, end } = planAssistantConversation(start, customer, desk);
 */
export function planAssistantConversation(start: number, who: PoolCustomer, desk: Desk): PlannedConversation {
  const { draw, ids } = desk;
  const conversationId = ids.uuid();
  const log = new ConversationLog(conversationId, start, desk.counter);
  const part = partOf(log);
  const topic = draw.pick(selfServed);
  log.event(start, 'conversation.started', { channel: 'chat', customerId: who.customer.id });
  log.message(start, 'assistant', greeting, ids.uuid());
  log.message(start + draw.between(8, 40) * second, 'customer', topic.question, ids.uuid());
  const seq = log.message(log.last + draw.between(2, 4) * second, 'assistant', topic.answer, ids.uuid());
  const thanked = draw.chance(0.7);
  const thanks = thanked ? draw.pick(customerLines.thanks) : null;
  if (thanks) log.message(log.last + draw.between(15, 90) * second, 'customer', thanks, ids.uuid());
  part.attempts.push({ conversationId, seq, kind: 'article', ref: topic.ref, label: topic.label, outcome: thanked ? 'succeeded' : 'offered', evidence: thanks, updatedAt: new Date(log.last) });
  const closedAt = log.event(log.last + draw.between(3, 15) * 60 * second, 'conversation.status_changed', { from: 'with_assistant', to: 'resolved', cause: 'inactive' });
  part.conversations.push({ id: conversationId, customerId: who.customer.id, lastSeq: log.seq, assignedAgentId: null, createdAt: new Date(start), resolvedAt: new Date(closedAt) });
  if (draw.chance(0.12)) {
    const score = csatAssistantOnly(thanked, draw);
    const comment = draw.chance(0.2) ? draw.pick(csatComments[score]!) : null;
    const at = log.event(closedAt + draw.between(5, 60) * second, 'csat.submitted', { score, comment: comment !== null });
    part.csat.push({ conversationId, score, comment, createdAt: new Date(at) });
  }
  return { part, end: log.last, comeBack: false };
}
