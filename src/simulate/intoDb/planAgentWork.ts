import type { ConversationLog } from './history.ts';
import type { Desk } from './planHandoffConversation.ts';
import { coldOpeners, customerLines, type Script } from './scripts.ts';

/** The agent's part of one handoff, as the routing run gave it. */
export interface AgentWorkInput {
  script: Script;
  /** Fills `{order}` and `{amount}` in a script line. */
  fill: (text: string) => string;
  order?: string;
  handoffId: string;
  agentId: string;
  agentName: string;
  acceptedAt: number;
  resolvedAt: number;
  callbackRequestId?: string;
}

const second = 1000;

/**
 * From the accept to the resolution: the handoff assigned and the "joined" notice, what the
 * agent did with the summary (on screen for most, dismissed for some, never opened for the
 * rest), the first reply (a cold start for a few who read the summary, for many who did not),
 * the exchange that follows, and the resolution with the script's disposition. Returns the
 * times used and whether the first reply was a cold start.
 *
 * @example
 *   const { coldStart } = planAgentWork(log, desk, { script, fill, handoffId, agentId, agentName, acceptedAt, resolvedAt });
 */
export function planAgentWork(log: ConversationLog, desk: Desk, input: AgentWorkInput): { assignedAt: number; resolvedAt: number; coldStart: boolean } {
  const { draw, ids } = desk;
  const { script, fill } = input;
  const about = { handoffId: input.handoffId, agentId: input.agentId };
  const assignedAt = log.event(input.acceptedAt, 'handoff.assigned', {}, about);
  log.event(assignedAt, 'conversation.status_changed', { from: 'waiting_for_agent', to: 'with_agent', cause: 'assign' });
  log.message(assignedAt, 'system', `${input.agentName} joined the conversation and can see everything above.`, ids.uuid());

  const look = draw.next();
  const summary = look < 0.74 ? 'opened' : look < 0.84 ? 'dismissed' : 'never_opened';
  if (summary !== 'never_opened') log.event(assignedAt + draw.between(0.5, 2) * second, 'summary.viewed', { action: 'shown' }, about);
  if (summary === 'dismissed') log.event(log.last + draw.between(2, 10) * second, 'summary.viewed', { action: 'dismissed' }, about);

  const coldStart = draw.chance(summary === 'opened' ? 0.06 : summary === 'dismissed' ? 0.3 : 0.5);
  const reply = (at: number, body: string) => log.message(at, 'agent', body, ids.uuid(), input.agentId);
  const fromCustomer = (at: number, body: string) => log.message(at, 'customer', body, ids.uuid());
  const firstAt = assignedAt + draw.between(12, 75) * second;
  if (coldStart) {
    const kind = draw.next();
    reply(firstAt, draw.pick(kind < 0.3 && input.order ? coldOpeners.order : kind < 0.5 ? coldOpeners.issue : coldOpeners.generic));
    const context = input.order ? `order #${input.order}` : fill(script.intent).toLowerCase();
    fromCustomer(log.last + draw.between(20, 70) * second, draw.pick(customerLines.repeat).replace('{context}', context));
    reply(log.last + draw.between(20, 60) * second, fill(script.reply));
  } else reply(firstAt, fill(script.reply));

  if (input.callbackRequestId) log.event(log.last + draw.between(60, 240) * second, 'contact.done', { requestId: input.callbackRequestId }, { agentId: input.agentId });
  if (draw.chance(0.5)) fromCustomer(log.last + draw.between(15, 60) * second, draw.pick(customerLines.confirm));
  reply(Math.max(log.last + draw.between(20, 60) * second, input.resolvedAt - draw.between(20, 60) * second), fill(script.wrapUp));
  if (draw.chance(0.6)) fromCustomer(log.last + draw.between(10, 40) * second, draw.pick(customerLines.thanks));

  const resolvedAt = log.event(Math.max(input.resolvedAt, log.last + draw.between(5, 20) * second), 'handoff.closed', { status: 'completed', reason: script.disposition }, about);
  log.event(resolvedAt, 'conversation.status_changed', { from: 'with_agent', to: 'resolved', cause: 'resolve' });
  log.message(resolvedAt, 'system', `${input.agentName} marked this conversation as resolved.`, ids.uuid());
  return { assignedAt, resolvedAt, coldStart };
}
