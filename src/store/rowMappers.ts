import type { Selectable } from 'kysely';
import type { Agent } from '../agent/types.ts';
import type { Conversation, Customer, Message } from '../message/types.ts';
import type { EscalationDecision } from '../policy/decideEscalation.ts';
import type { Handoff } from '../routing/types.ts';
import type { Database } from './schema.ts';

type Row<T extends keyof Database> = Selectable<Database[T]>;

/** Table rows to domain records (snake_case to camelCase, nothing else). */
export const toConversation = (r: Row<'conversations'>): Conversation => ({
  workspaceId: r.workspace_id,
  id: r.id,
  customerId: r.customer_id,
  channel: r.channel,
  status: r.status,
  lastSeq: r.last_seq,
  assignedAgentId: r.assigned_agent_id,
  createdAt: r.created_at,
  resolvedAt: r.resolved_at,
});

export const toMessage = (r: Row<'messages'>): Message => ({
  id: r.id,
  conversationId: r.conversation_id,
  seq: r.seq,
  authorKind: r.author_kind,
  authorAgentId: r.author_agent_id,
  body: r.body,
  clientMessageId: r.client_message_id,
  createdAt: r.created_at,
});

export const toCustomer = (r: Row<'customers'>): Customer => ({
  workspaceId: r.workspace_id,
  id: r.id,
  externalId: r.external_id,
  name: r.name,
  email: r.email,
  tier: r.tier,
});

export const toHandoff = (r: Row<'handoffs'>): Handoff => ({
  workspaceId: r.workspace_id,
  id: r.id,
  conversationId: r.conversation_id,
  status: r.status,
  priority: r.priority,
  decision: r.decision as EscalationDecision,
  assignedAgentId: r.assigned_agent_id,
  closeReason: r.close_reason,
  createdAt: r.created_at,
  assignedAt: r.assigned_at,
  closedAt: r.closed_at,
  atSeq: r.at_seq,
  teamId: r.team_id,
  quotedWaitSeconds: r.quoted_wait_seconds,
  path: r.path,
  queue: r.queue,
  fallbackAtOffers: r.fallback_at_offers,
});

export const toAgent = (r: Row<'agents'>): Agent => ({
  workspaceId: r.workspace_id,
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  role: r.role,
  teamId: r.team_id,
  skills: r.skills,
  languages: r.languages,
  capacity: r.capacity,
  presence: r.presence,
});
