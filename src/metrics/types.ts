import type { DomainEventType } from '../core/events.ts';

/** An event as metrics read it: its type, time, ids and payload (never message text). */
export interface MetricEvent {
  type: DomainEventType;
  occurredAt: Date;
  conversationId?: string;
  handoffId?: string;
  agentId?: string;
  payload: unknown;
}

/** What the packet already told the agent, for telling a cold start (`isColdStart`). */
export interface PacketHeld {
  orderIds: string[];
  accountNumbers: string[];
  /** The customer is known: their email and account are on record. */
  verified: boolean;
  /** The packet says what the customer wants (not "Unknown request"). */
  intentKnown: boolean;
}

/** Outside the event log: the agent's first reply (text) and the packet, per handoff. */
export interface HandoffExtras {
  firstAgentReply?: string;
  packet?: PacketHeld;
}

/** One handoff, folded from its events. Times are epoch milliseconds. */
export interface HandoffRecord {
  handoffId: string;
  conversationId: string;
  createdAt: number;
  /** The team's name, or `No team`. */
  team: string;
  triggers: string[];
  priority: number;
  path: string;
  quotedWaitSeconds: number | null;
  /** The customer had had at least one assistant answer before this escalation. */
  afterAssistant: boolean;
  assignedAt: number | null;
  agentId: string | null;
  closedAt: number | null;
  /** `completed` or `cancelled`, with the reason. */
  closed: { status: string; reason: string } | null;
  /** The customer chose to continue by email or callback while waiting. */
  continuedOtherWay: boolean;
  firstAgentReplyAt: number | null;
  /** What the assigned agent did with the summary before the first reply. */
  summary: 'opened' | 'dismissed' | 'never_opened';
  coldStart: boolean | null;
}

/** One conversation, folded from its events. */
export interface ConversationRecord {
  conversationId: string;
  customerId: string;
  startedAt: number;
  handoffs: HandoffRecord[];
  csat: number | null;
}
