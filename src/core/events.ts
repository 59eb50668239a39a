/**
 * Typed domain events. Commands append them to the `events` table in the same transaction
 * as the change they describe, then publish them after commit; listeners (real-time pushes,
 * later webhooks and metrics) subscribe to them. Payloads never hold message text.
 */
export type DomainEvent =
  | { type: 'conversation.started'; conversationId: string; payload: { channel: string; customerId: string } }
  | { type: 'message.created'; conversationId: string; payload: { seq: number; authorKind: AuthorKind } }
  | {
      type: 'conversation.status_changed';
      conversationId: string;
      payload: { from: string; to: string; cause: string };
    }
  | {
      type: 'handoff.created';
      conversationId: string;
      handoffId: string;
      payload: { priority: number; triggers: string[]; path: string; teamId: string | null; quotedWaitSeconds: number | null };
    }
  | { type: 'handoff.packet_built'; conversationId: string; handoffId: string; payload: { packetVersion: number; account: string } }
  | {
      type: 'offer.created';
      conversationId: string;
      handoffId: string;
      agentId: string;
      payload: { offerId: string; expiresAt: string; rule: string | null; queue: string; roundId: string; simultaneous?: number; removed: Partial<Record<string, number>> };
    }
  | {
      type: 'offer.accepted' | 'offer.declined' | 'offer.timed_out' | 'offer.rescinded';
      conversationId: string;
      handoffId: string;
      agentId: string;
      payload: { offerId: string; reason?: string };
    }
  | { type: 'agent.presence_changed'; agentId: string; payload: { presence: 'online' | 'away' | 'offline'; cause: string } }
  | { type: 'handoff.fallback'; conversationId: string; handoffId: string; payload: { kind: 'overflow_queue' | 'off_hours'; offers: number; reason: 'max_offers' | 'none_eligible'; queue?: string; removed: Partial<Record<string, number>> } }
  | { type: 'handoff.assigned'; conversationId: string; handoffId: string; agentId: string; payload: Record<string, never> }
  | {
      type: 'handoff.closed';
      conversationId: string;
      handoffId: string;
      agentId?: string;
      payload: { status: 'completed' | 'cancelled'; reason: string };
    }
  | { type: 'contact.asked'; conversationId: string; payload: { kind: 'email' | 'callback' } }
  | { type: 'contact.requested'; conversationId: string; payload: { kind: 'email' | 'callback'; requestId: string } }
  | { type: 'contact.sent' | 'contact.failed'; conversationId: string; payload: { kind: 'email'; requestId: string } }
  | { type: 'contact.done'; conversationId: string; agentId: string; payload: { requestId: string } }
  | { type: 'templates.changed'; agentId: string; payload: { templates: unknown } }
  | { type: 'team.hours_changed'; agentId: string; payload: { teamId: string; hours: unknown } }
  | { type: 'policy.changed'; agentId: string; payload: { policy: unknown } }
  | { type: 'routing_policy.changed'; agentId: string; payload: { policy: unknown } }
  | { type: 'intents.changed'; agentId: string; payload: { intents: number; examples: number } }
  | { type: 'csat.submitted'; conversationId: string; payload: { score: number; comment: boolean } }
  | { type: 'summary.viewed'; conversationId: string; handoffId: string; agentId: string; payload: { action: 'shown' | 'opened' | 'collapsed' | 'dismissed' } }
  | { type: 'agent.signed_in'; agentId: string; payload: Record<string, never> }
  | { type: 'agent.signed_out'; agentId: string; payload: Record<string, never> };

/** Who wrote a message. */
export type AuthorKind = 'customer' | 'assistant' | 'agent' | 'system';

/** The event types, for listeners and queries. */
export type DomainEventType = DomainEvent['type'];

/** An event as stored, with its workspace and position in the log. */
export type StoredEvent = DomainEvent & { workspaceId: string; id: string; occurredAt: Date };

/** Where committed events go: the in-process bus, later a cross-instance notifier too. */
export interface EventPublisher {
  publish(workspaceId: string, events: readonly DomainEvent[]): void;
}
