import type { AuthorKind, DomainEventType } from '../../core/events.ts';
import type { Message } from '../../message/types.ts';
import type { HandoffPacket } from '../../packet/types.ts';
import type { RandomSource } from '../randomSource.ts';

/** Simulated rows and events for one workspace, as plain data: what `writeSimulatedHistory` stores. */
export interface SimulatedHistory {
  startsAt: Date;
  endsAt: Date;
  customers: { id: string; externalId: string | null; name: string | null; email: string | null; tier: string; customerSince: string | null }[];
  orders: { id: string; customerId: string; number: string; status: string; totalMinor: number; currency: string; placedAt: Date }[];
  conversations: { id: string; customerId: string; lastSeq: number; assignedAgentId: string | null; createdAt: Date; resolvedAt: Date }[];
  messages: Message[];
  attempts: { conversationId: string; seq: number; kind: 'article' | 'action'; ref: string; label: string; outcome: 'offered' | 'failed' | 'succeeded'; evidence: string | null; updatedAt: Date }[];
  handoffs: {
    id: string;
    conversationId: string;
    status: 'completed' | 'cancelled';
    priority: number;
    decision: unknown;
    assignedAgentId: string | null;
    closeReason: string;
    createdAt: Date;
    assignedAt: Date | null;
    closedAt: Date;
    atSeq: number;
    teamId: string | null;
    quotedWaitSeconds: number | null;
    path: 'warm' | 'no_agent';
  }[];
  packets: { handoffId: string; packet: HandoffPacket; summary: string; builtAt: Date }[];
  offers: { id: string; roundId: string; handoffId: string; agentId: string; status: 'accepted' | 'declined' | 'timed_out' | 'rescinded'; createdAt: Date; expiresAt: Date; answeredAt: Date; reason: string | null }[];
  contacts: { id: string; conversationId: string; phone: string; consentedAt: Date; detail: string }[];
  csat: { conversationId: string; score: number; comment: string | null; createdAt: Date }[];
  events: HistoryEvent[];
}

/** One event of the log, with its time; `order` keeps events of one instant in the order they happened. */
export interface HistoryEvent {
  type: DomainEventType;
  occurredAt: Date;
  conversationId: string;
  handoffId?: string;
  agentId?: string;
  payload: unknown;
  order: number;
}

/**
 * An empty history for the span `[startsAt, endsAt]`.
 *
 * @example
 *   const history = emptyHistory(from, to);
 */
export function emptyHistory(startsAt: Date, endsAt: Date): SimulatedHistory {
  return { startsAt, endsAt, customers: [], orders: [], conversations: [], messages: [], attempts: [], handoffs: [], packets: [], offers: [], contacts: [], csat: [], events: [] };
}

/**
 * Writes down one conversation as it happens: messages with gapless sequence numbers, each
 * with its `message.created`, and the other events, never going back in time (a step asked
 * for before the previous one happens just after it).
 *
 * @example
 *   const log = new ConversationLog(history, conversationId, start, counter);
 *   log.message(start, 'assistant', greeting, uuid);
 */
export class ConversationLog {
  /** The time of the newest entry, epoch ms. */
  last: number;
  seq = 0;
  readonly messages: Message[] = [];
  readonly events: HistoryEvent[] = [];

  constructor(
    readonly conversationId: string,
    start: number,
    private readonly counter: { next: number },
  ) {
    this.last = start;
  }

  /** Record an event at `at` (or just after the previous entry); returns the time used. */
  event(at: number, type: DomainEventType, payload: unknown, ids: { handoffId?: string; agentId?: string } = {}): number {
    this.last = Math.max(Math.round(at), this.last);
    this.events.push({ type, occurredAt: new Date(this.last), conversationId: this.conversationId, ...ids, payload, order: this.counter.next++ });
    return this.last;
  }

  /** Append a message and its `message.created`; returns its sequence number. */
  message(at: number, authorKind: AuthorKind, body: string, id: string, authorAgentId: string | null = null): number {
    const seq = ++this.seq;
    const time = this.event(at, 'message.created', { seq, authorKind });
    this.messages.push({ id, conversationId: this.conversationId, seq, authorKind, authorAgentId, body, clientMessageId: null, createdAt: new Date(time) });
    return seq;
  }
}

/** Small draws on top of the simulator's random source. */
export function draws(random: RandomSource) {
  return {
    next: () => random.next(),
    chance: (p: number) => random.next() < p,
    between: (low: number, high: number) => low + (high - low) * random.next(),
    pick: <T>(list: readonly T[]): T => list[Math.floor(random.next() * list.length)]!,
  };
}

/** The draws helper's type. */
export type Draws = ReturnType<typeof draws>;

/** What planning one conversation adds to the history (its customer is added when first used). */
export type HistoryPart = Omit<SimulatedHistory, 'startsAt' | 'endsAt' | 'customers'>;

/**
 * The rows and events of one conversation, from its log, ready to add to the history.
 *
 * @example
 *   const part = partOf(log);
 */
export function partOf(log: ConversationLog): HistoryPart {
  return { orders: [], conversations: [], messages: log.messages, attempts: [], handoffs: [], packets: [], offers: [], contacts: [], csat: [], events: log.events };
}

/**
 * Add one conversation's rows and events to the history.
 *
 * @example
 *   addPart(history, part);
 */
export function addPart(history: SimulatedHistory, part: HistoryPart): void {
  for (const key of Object.keys(part) as (keyof HistoryPart)[]) (history[key] as unknown[]).push(...part[key]);
}
