import type { ConversationRecord, HandoffExtras, HandoffRecord, MetricEvent } from './types.ts';
import { isColdStart } from './coldStart.ts';

type Payload = Record<string, unknown>;

/**
 * Fold the event log of some conversations into one record each: when it started, for whom,
 * each handoff with its times (escalation, accept, first agent reply, close), what the
 * assigned agent did with the summary before replying, and the CSAT. Pure; events in log
 * order. `teams` names team ids; `extras` holds each handoff's first agent reply and packet.
 *
 * @example
 *   foldEvents(events, new Map([[teamId, 'Billing']]), new Map())[0].handoffs[0].assignedAt
 */
export function foldEvents(events: readonly MetricEvent[], teams: ReadonlyMap<string, string>, extras: ReadonlyMap<string, HandoffExtras>): ConversationRecord[] {
  const conversations = new Map<string, ConversationRecord & { customerTurns: number; summaryActions: Map<string, string[]> }>();
  const handoffs = new Map<string, HandoffRecord>();
  const at = (e: MetricEvent) => e.occurredAt.getTime();

  for (const event of events) {
    const id = event.conversationId;
    if (!id) continue;
    const payload = event.payload as Payload;
    if (event.type === 'conversation.started') {
      conversations.set(id, { conversationId: id, customerId: String(payload.customerId), startedAt: at(event), handoffs: [], csat: null, customerTurns: 0, summaryActions: new Map() });
      continue;
    }
    const conversation = conversations.get(id);
    if (!conversation) continue;
    const handoff = event.handoffId ? handoffs.get(event.handoffId) : undefined;
    const open = conversation.handoffs.findLast((h) => h.closed === null);
    switch (event.type) {
      case 'message.created':
        if (payload.authorKind === 'customer') conversation.customerTurns += 1;
        if (payload.authorKind === 'agent' && open?.assignedAt !== null && open && open.firstAgentReplyAt === null) open.firstAgentReplyAt = at(event);
        break;
      case 'handoff.created': {
        const record: HandoffRecord = {
          handoffId: event.handoffId!,
          conversationId: id,
          createdAt: at(event),
          team: (typeof payload.teamId === 'string' && teams.get(payload.teamId)) || 'No team',
          triggers: Array.isArray(payload.triggers) ? payload.triggers.map(String) : [],
          priority: Number(payload.priority ?? 0),
          path: String(payload.path ?? 'warm'),
          quotedWaitSeconds: typeof payload.quotedWaitSeconds === 'number' ? payload.quotedWaitSeconds : null,
          // The assistant had answered at least the first customer turn before this one escalated.
          afterAssistant: conversation.customerTurns >= 2,
          assignedAt: null,
          agentId: null,
          closedAt: null,
          closed: null,
          continuedOtherWay: false,
          firstAgentReplyAt: null,
          summary: 'never_opened',
          coldStart: null,
        };
        handoffs.set(record.handoffId, record);
        conversation.handoffs.push(record);
        break;
      }
      case 'handoff.assigned':
        if (handoff && handoff.assignedAt === null) [handoff.assignedAt, handoff.agentId] = [at(event), event.agentId ?? null];
        break;
      case 'handoff.closed':
        if (handoff) [handoff.closedAt, handoff.closed] = [at(event), { status: String(payload.status), reason: String(payload.reason) }];
        break;
      case 'contact.requested':
        if (open) open.continuedOtherWay = true;
        break;
      case 'summary.viewed':
        // Only the assigned agent's own view counts, and only before their first reply.
        if (handoff && handoff.agentId === event.agentId && handoff.firstAgentReplyAt === null) {
          const actions = conversation.summaryActions.get(handoff.handoffId) ?? [];
          actions.push(String(payload.action));
          conversation.summaryActions.set(handoff.handoffId, actions);
        }
        break;
      case 'csat.submitted':
        conversation.csat = Number(payload.score);
        break;
    }
  }

  return [...conversations.values()].map(({ customerTurns: _turns, summaryActions, ...conversation }) => {
    for (const handoff of conversation.handoffs) {
      const actions = summaryActions.get(handoff.handoffId) ?? [];
      handoff.summary = actions.includes('dismissed') ? 'dismissed' : actions.some((a) => a === 'shown' || a === 'opened') ? 'opened' : 'never_opened';
      const extra = extras.get(handoff.handoffId);
      if (extra?.firstAgentReply !== undefined && extra.packet) handoff.coldStart = isColdStart(extra.firstAgentReply, extra.packet);
    }
    return conversation;
  });
}
