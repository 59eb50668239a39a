/**
 * The shapes the console reads from Baton's agent API, as JSON (dates are ISO 8601 strings).
 * The packet types come from the server's own definitions so the two cannot drift apart.
 */
export type { AttemptedResolution, HandoffPacket, PacketAccount, VerifyItem } from '../../../src/packet/types.ts';

/** The signed-in agent (`GET /v1/agent/me`). */
export interface Agent {
  id: string;
  email: string;
  displayName: string;
  role: 'agent' | 'supervisor' | 'admin';
  presence: 'online' | 'away' | 'offline';
  teamId?: string | null;
}

/** Where a conversation stands. */
export type ConversationStatus = 'with_assistant' | 'waiting_for_agent' | 'with_agent' | 'resolved';

/** A customer conversation. */
export interface Conversation {
  id: string;
  status: ConversationStatus;
  channel: 'chat' | 'email' | 'voice';
  lastSeq: number;
  customerId?: string;
  assignedAgentId?: string | null;
  createdAt: string;
  resolvedAt?: string | null;
}

/** One reason the assistant handed off. */
export interface HandoffTrigger {
  type: string;
  turn?: number;
  evidence?: string;
}

/** A handoff task: the escalation decision and where it is in routing. */
export interface Handoff {
  id: string;
  conversationId: string;
  status: 'pending' | 'offered' | 'assigned' | 'completed' | 'cancelled';
  priority: number;
  decision: {
    sentiment?: 'neutral' | 'frustrated' | 'upset';
    intent?: string;
    topic?: string | null;
    language?: string;
    triggers?: HandoffTrigger[];
    explanation?: string;
  };
  createdAt: string;
  path?: 'warm' | 'off_hours' | 'no_agent';
}

/** Who wrote a message. */
export type AuthorKind = 'customer' | 'assistant' | 'agent' | 'system';

/** One message; `seq` orders it within its conversation. */
export interface Message {
  id: string;
  seq: number;
  authorKind: AuthorKind;
  /** Only present when the server sends it (socket frames); the HTTP schema may leave it out. */
  authorAgentId?: string | null;
  body: string;
  createdAt: string;
  clientMessageId?: string | null;
}

/** A handoff offered to me, waiting for my answer until `expiresAt`. */
export interface Offer {
  id: string;
  handoffId: string;
  /** Known from the socket frame; the offers list does not carry it. */
  conversationId?: string;
  expiresAt: string;
  /** When a socket frame brought it (this browser's clock); not from the server. */
  receivedAt?: number;
}

/** A conversation with its active handoff (`GET /v1/agent/conversations/:id`). */
export interface ConversationView {
  conversation: Conversation;
  handoff: Handoff | null;
}
