/** Who wrote a message. */
export type AuthorKind = 'customer' | 'assistant' | 'agent' | 'system';

/** Where a conversation stands, as the server tells it. */
export type ConversationStatus = 'with_assistant' | 'waiting_for_agent' | 'with_agent' | 'resolved';

/** A way to continue while no person is free: an email answer or a phone callback. */
export type ContactKind = 'email' | 'callback';

/** A stored message, as the API and the socket send it. */
export interface Message {
  id: string;
  seq: number;
  authorKind: AuthorKind;
  body: string;
  clientMessageId: string | null;
  /** The agent who wrote it (agent messages), else null. */
  authorAgentId?: string | null;
  createdAt: string;
}

/** The conversation, as the API sends it. */
export interface Conversation {
  id: string;
  status: ConversationStatus;
  lastSeq: number;
}

/** While a person is on the way: the path the customer heard, the quote and the ways to continue. */
export interface WaitingState {
  path: 'warm' | 'off_hours' | 'no_agent';
  team: string | null;
  quotedWaitSeconds: number | null;
  choices: ContactKind[];
  requested: { kind: ContactKind; status: string }[];
  /** Place in the queue; 1 is next. */
  position: number | null;
  estimateSeconds: number | null;
}

/** A customer's answer to "How did we do?". */
export interface Csat {
  score: number;
  comment: string | null;
  createdAt: string;
}

/** What the widget keeps in localStorage: nothing personal, only the way back in. */
export interface Session {
  conversationId: string;
  customerToken: string;
  /** Started by a page that passed a signed-in customer (`data-customer-id`). */
  verified: boolean;
}

/** A message typed in this tab that the server has not confirmed yet, as kept in sessionStorage. */
export interface Unsent {
  clientMessageId: string;
  body: string;
}

/** The optional verified customer, vouched for by the host site's signature. */
export interface CustomerIdentity {
  externalId?: string;
  signature?: string;
  name?: string;
  email?: string;
}

/** Frames the server sends over the WebSocket. */
export type ServerFrame =
  | { type: 'ready'; role: string; conversationId?: string }
  | { type: 'subscribed'; conversationId: string; after: number }
  | { type: 'message'; conversationId: string; message: Message }
  | { type: 'waiting'; conversationId: string; waiting: WaitingState | null }
  | { type: 'status'; conversationId: string; status: ConversationStatus }
  | { type: 'error'; error: { id: string; message: string } }
  | { type: 'pong' };
