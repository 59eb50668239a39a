import { request } from './api.ts';
import type { Agent, Conversation, ConversationView, Handoff, HandoffPacket, Message, Offer } from './types.ts';

const enc = encodeURIComponent;
const conversationPath = (id: string) => `/v1/agent/conversations/${enc(id)}`;

/**
 * What the summary card reports: `shown` (displayed expanded on its own), `opened` (expanded by
 * the agent), `collapsed`, `dismissed`.
 */
export type SummaryAction = 'shown' | 'opened' | 'collapsed' | 'dismissed';

/**
 * Baton's agent API, one function per call. Every function throws `ApiError` on failure.
 *
 * @example
 *   const agent = await agentApi.signIn('demo', 'billing.one@demo.baton.test', 'baton-demo');
 */
export const agentApi = {
  signIn: async (workspace: string, email: string, password: string) =>
    (await request<{ agent: Agent }>('POST', '/v1/agent/session', { workspace, email, password })).agent,
  signOut: () => request<void>('DELETE', '/v1/agent/session'),
  me: async () => (await request<{ agent: Agent }>('GET', '/v1/agent/me')).agent,
  setPresence: async (presence: 'online' | 'away') =>
    (await request<{ presence: Agent['presence'] }>('PUT', '/v1/agent/presence', { presence })).presence,

  offers: async () => (await request<{ offers: Offer[] }>('GET', '/v1/agent/offers')).offers,
  acceptOffer: (offerId: string) => request<ConversationView>('POST', `/v1/agent/offers/${enc(offerId)}/accept`, {}),
  declineOffer: (offerId: string, reason?: string) =>
    request<void>('POST', `/v1/agent/offers/${enc(offerId)}/decline`, reason ? { reason } : {}),

  waitingHandoffs: async () => (await request<{ handoffs: Handoff[] }>('GET', '/v1/agent/handoffs')).handoffs,
  claimHandoff: (handoffId: string) => request<ConversationView>('POST', `/v1/agent/handoffs/${enc(handoffId)}/claim`, {}),
  packet: (handoffId: string) => request<{ packet: HandoffPacket; summary: string }>('GET', `/v1/agent/handoffs/${enc(handoffId)}/packet`),
  recordSummary: (handoffId: string, action: SummaryAction) =>
    request<void>('POST', `/v1/agent/handoffs/${enc(handoffId)}/summary`, { action }),

  myConversations: async () => (await request<{ conversations: Conversation[] }>('GET', '/v1/agent/conversations')).conversations,
  conversation: (id: string) => request<ConversationView>('GET', conversationPath(id)),
  messages: async (id: string, after: number, limit = 100) =>
    (await request<{ messages: Message[] }>('GET', `${conversationPath(id)}/messages?after=${after}&limit=${limit}`)).messages,
  send: async (id: string, body: string, clientMessageId: string) =>
    (await request<{ message: Message }>('POST', `${conversationPath(id)}/messages`, { body, clientMessageId })).message,
  resolve: async (id: string, disposition: string) =>
    (await request<{ conversation: Conversation }>('POST', `${conversationPath(id)}/resolve`, { disposition })).conversation,
  handBack: async (id: string) => (await request<{ conversation: Conversation }>('POST', `${conversationPath(id)}/hand-back`, {})).conversation,
};
