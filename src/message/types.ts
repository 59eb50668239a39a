import type { AuthorKind } from '../core/events.ts';
import type { ConversationStatus } from './conversationMachine.ts';

/** A customer conversation on one channel. */
export interface Conversation {
  workspaceId: string;
  id: string;
  customerId: string;
  channel: Channel;
  status: ConversationStatus;
  lastSeq: number;
  assignedAgentId: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** Where the customer talks to Baton. */
export type Channel = 'chat' | 'email' | 'voice';

/** One message; `seq` orders it within its conversation (1, 2, 3, … without gaps). */
export interface Message {
  id: string;
  conversationId: string;
  seq: number;
  authorKind: AuthorKind;
  authorAgentId: string | null;
  body: string;
  clientMessageId: string | null;
  createdAt: Date;
}

/** A message about to be stored. */
export interface NewMessage {
  authorKind: AuthorKind;
  authorAgentId?: string;
  body: string;
  clientMessageId?: string;
}

/** A person the workspace supports. */
export interface Customer {
  workspaceId: string;
  id: string;
  externalId: string | null;
  name: string | null;
  email: string | null;
  tier: string;
}
