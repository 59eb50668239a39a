import type { Agent, Workspace } from '../agent/types.ts';
import type { Article } from '../assistant/article.ts';
import type { WorkspaceIntent } from '../assistant/intentCatalog.ts';
import type { ConversationStatus } from '../message/conversationMachine.ts';
import type { Channel, Conversation, Customer, Message, NewMessage } from '../message/types.ts';
import type { StoredConversation } from '../policy/backtest/types.ts';
import type { EscalationDecision } from '../policy/decideEscalation.ts';
import type { EscalationPolicy } from '../policy/escalationPolicy.ts';
import type { HandoffStatus } from '../routing/handoffMachine.ts';
import type { OfferStatus } from '../routing/offerMachine.ts';
import type { RoutingPolicy } from '../routing/policy/routingPolicy.ts';
import type { AgentCandidate } from '../routing/selection/types.ts';
import type { Handoff, HandoffPath, Offer, RoutableHandoff } from '../routing/types.ts';
import type { WaitPromise } from '../routing/waitPromises.ts';
import type { ContactRequest } from '../contact/types.ts';
import type { CsatResponse } from '../feedback/types.ts';
import type { AgentLoad, WaitingEntry } from '../supervision/types.ts';
import type { HandoffExtras, MetricEvent } from '../metrics/types.ts';
import type { Review, ReviewKind, ReviewMark } from '../metrics/calibration/types.ts';
import type { AttemptedResolution, HandoffPacket } from '../packet/types.ts';
import type { DomainEvent, StoredEvent } from './events.ts';

/** A team of agents, the issue category it takes first, and its business hours. */
export interface Team {
  id: string;
  name: string;
  category: string;
  businessHours: unknown;
}

/**
 * The storage port. Every method is scoped by workspace id: a row of another workspace is
 * simply not found. Status changes are compare-and-set: they name the status they expect and
 * return `false` (changing nothing) when someone else moved first.
 */
export interface Store {
  /** Run `work` in one transaction; everything it wrote rolls back if it throws. */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;

  workspaces: {
    bySlug(slug: string): Promise<(Workspace & { identitySecret: string }) | undefined>;
    /** The workspace's escalation policy with the defaults filled in. */
    escalationPolicy(workspaceId: string): Promise<EscalationPolicy>;
    setEscalationPolicy(workspaceId: string, policy: EscalationPolicy): Promise<void>;
    /** The workspace's own message templates (unparsed) and its self-service base URL. */
    settings(workspaceId: string): Promise<{ messageTemplates: unknown; siteUrl: string }>;
    setMessageTemplates(workspaceId: string, templates: unknown): Promise<void>;
  };
  teams: {
    /** Teams with their category and business hours as stored (null: always open). */
    list(workspaceId: string): Promise<Team[]>;
    /** `false` when the team is not in this workspace. */
    setBusinessHours(workspaceId: string, teamId: string, hours: unknown): Promise<boolean>;
    /** Active agents online now, in one team or (null) in any. */
    onlineAgents(workspaceId: string, teamId: string | null): Promise<number>;
  };
  attempts: {
    /** Record what the assistant tried in the message `seq` (once per message). */
    record(workspaceId: string, conversationId: string, a: { seq: number; kind: AttemptedResolution['kind']; ref: string; label: string }): Promise<void>;
    list(workspaceId: string, conversationId: string): Promise<AttemptedResolution[]>;
    /** Set the outcome of the attempt made in message `seq`, if it is still `offered`. */
    settle(workspaceId: string, conversationId: string, seq: number, outcome: AttemptedResolution['outcome'], evidence?: string): Promise<void>;
  };
  packets: {
    /** Store the handoff's packet; the first one stored is kept. */
    save(workspaceId: string, handoffId: string, packet: HandoffPacket, summary: string): Promise<void>;
    get(workspaceId: string, handoffId: string): Promise<{ packet: HandoffPacket; summary: string } | undefined>;
  };
  calibration: {
    /** Per handoff: the packet's sentiment reading and the agent's first (up to 3) replies. */
    details(workspaceId: string, handoffIds: readonly string[]): Promise<Map<string, { sentiment: { tag: string; signals: { signal: string; evidence: string }[] } | null; agentReplies: string[] }>>;
    /** Reviews by `${handoffId}:${kind}`. */
    reviews(workspaceId: string, handoffIds: readonly string[]): Promise<Map<string, Review>>;
    /** Mark an item (again); `undefined` when the handoff is not in this workspace. */
    saveReview(workspaceId: string, handoffId: string, kind: ReviewKind, review: { mark: ReviewMark; note: string | null; reviewerAgentId: string }): Promise<Review | undefined>;
  };
  metrics: {
    /** The event log (in order) of at most `limit` conversations that started in `[from, to)`. */
    events(workspaceId: string, from: Date, to: Date, limit: number): Promise<MetricEvent[]>;
    /** Per assigned handoff: the agent's first reply and what the packet held. */
    extras(workspaceId: string, handoffIds: readonly string[]): Promise<Map<string, HandoffExtras>>;
  };
  supervision: {
    /** Handoffs waiting (pending or offered), highest priority first, with their queue and wait; `total` counts beyond `limit`. */
    waiting(workspaceId: string, limit: number): Promise<{ entries: WaitingEntry[]; total: number }>;
    /** Active agents with their presence, team and load. */
    agentLoads(workspaceId: string): Promise<AgentLoad[]>;
  };
  /** What the operations metrics (`GET /metrics`) read at scrape time, across workspaces. */
  operations: {
    /** Handoffs waiting (pending or offered) per workspace slug and queue, the queue named as the supervisor view names it; at most `limit` rows. */
    waitingByQueue(limit: number): Promise<{ workspace: string; queue: string; waiting: number }[]>;
    /** Active agents online per workspace slug, workspaces with none included; at most `limit` rows. */
    agentsOnline(limit: number): Promise<{ workspace: string; online: number }[]>;
    /** A workspace's slug (metric labels name workspaces by slug). */
    slugOf(workspaceId: string): Promise<string | undefined>;
  };
  backtest: {
    /**
     * The newest `limit` conversations started at or after `since`, newest first, each with its
     * customer and assistant messages up to its first handoff (at most 200) and that handoff;
     * `available` counts every conversation in the window.
     */
    conversationsSince(workspaceId: string, since: Date, limit: number): Promise<{ conversations: StoredConversation[]; available: number }>;
  };
  csat: {
    /** Store the customer's answer; `undefined` when the conversation already has one. */
    record(workspaceId: string, conversationId: string, answer: { score: number; comment: string | null }): Promise<CsatResponse | undefined>;
    get(workspaceId: string, conversationId: string): Promise<CsatResponse | undefined>;
  };
  contactRequests: {
    create(
      workspaceId: string,
      r: { id: string; conversationId: string; kind: ContactRequest['kind']; email?: string; phone?: string; preferredTime?: string; consentedAt: Date },
    ): Promise<ContactRequest>;
    list(workspaceId: string, filter: { status?: ContactRequest['status']; conversationId?: string; limit?: number }): Promise<ContactRequest[]>;
    /** Compare-and-set; `undefined` when it was no longer `from`. */
    setStatus(workspaceId: string, id: string, from: ContactRequest['status'], to: ContactRequest['status'], detail: string | null): Promise<ContactRequest | undefined>;
  };
  customers: {
    get(workspaceId: string, id: string): Promise<Customer | undefined>;
    create(workspaceId: string, customer: Omit<Customer, 'workspaceId' | 'tier'> & { tier?: string }): Promise<Customer>;
    byExternalId(workspaceId: string, externalId: string): Promise<Customer | undefined>;
  };
  conversations: {
    /** Insert, or `undefined` when the customer already has an open one on that channel. */
    create(
      workspaceId: string,
      c: { id: string; customerId: string; channel: Channel; customerTokenHash: string },
    ): Promise<Conversation | undefined>;
    get(workspaceId: string, id: string): Promise<Conversation | undefined>;
    /** Lock the row for this transaction (serializes writers of one conversation). */
    lock(workspaceId: string, id: string): Promise<Conversation | undefined>;
    byTokenHash(tokenHash: string): Promise<Conversation | undefined>;
    openFor(workspaceId: string, customerId: string, channel: Channel): Promise<Conversation | undefined>;
    setTokenHash(workspaceId: string, id: string, tokenHash: string): Promise<void>;
    /** Compare-and-set the status; `assignedAgentId` is written as given. The updated
     * conversation, or `undefined` (nothing changed) when its status was no longer `from`. */
    setStatus(
      workspaceId: string,
      id: string,
      from: ConversationStatus,
      to: ConversationStatus,
      assignedAgentId: string | null,
    ): Promise<Conversation | undefined>;
    assignedTo(workspaceId: string, agentId: string): Promise<Conversation[]>;
  };
  messages: {
    /** Append with the next sequence number; a repeated `clientMessageId` returns the stored one. */
    append(workspaceId: string, conversationId: string, message: NewMessage & { id: string }): Promise<{ message: Message; created: boolean }>;
    after(workspaceId: string, conversationId: string, afterSeq: number, limit: number): Promise<Message[]>;
  };
  handoffs: {
    create(
      workspaceId: string,
      h: {
        id: string;
        conversationId: string;
        priority: number;
        decision: EscalationDecision;
        atSeq?: number;
        teamId?: string | null;
        quotedWaitSeconds?: number | null;
        path?: HandoffPath;
      },
    ): Promise<Handoff | undefined>;
    /** Escalation-to-acceptance times of the newest accepted handoffs, in seconds, newest first. */
    recentAcceptanceSeconds(workspaceId: string, limit: number): Promise<number[]>;
    /** Keep a wait estimate shown to the waiting customer, unless it equals the last one kept. */
    recordQuote(workspaceId: string, handoffId: string, quote: { position: number; estimateSeconds: number }): Promise<void>;
    /** Warm handoffs made since `since`: the wait quoted and the actual wait (view `handoff_wait_promises`). */
    waitPromises(workspaceId: string, since: Date): Promise<WaitPromise[]>;
    get(workspaceId: string, id: string): Promise<Handoff | undefined>;
    activeFor(workspaceId: string, conversationId: string): Promise<Handoff | undefined>;
    waiting(workspaceId: string, limit: number): Promise<Handoff[]>;
    /** Compare-and-set the status with the fields that go with it; the updated handoff, or
     * `undefined` when its status was no longer `from`. */
    setStatus(
      workspaceId: string,
      id: string,
      from: HandoffStatus,
      to: HandoffStatus,
      fields: { assignedAgentId?: string; closeReason?: string },
    ): Promise<Handoff | undefined>;
  };
  offers: {
    /**
     * Offer rounds for pending handoffs, all at once: each handoff moves `pending → offered`
     * (compare-and-set) and gets its round of offers, one per agent, expiring `timeoutSeconds`
     * after the database's now. A handoff that is no longer pending, or already has an open
     * round (one open round per handoff, in the schema), gets nothing and keeps its status.
     * Returns the offers made.
     */
    createRounds(
      workspaceId: string,
      rounds: readonly { roundId: string; handoffId: string; timeoutSeconds: number; offers: readonly { id: string; agentId: string }[] }[],
    ): Promise<Offer[]>;
    /** Close the round once none of its offers is pending; true when this call closed it. */
    closeRound(workspaceId: string, roundId: string): Promise<boolean>;
    pendingInRound(workspaceId: string, roundId: string): Promise<Offer[]>;
    get(workspaceId: string, id: string): Promise<Offer | undefined>;
    /** Read an offer and lock its row for this transaction. */
    lock(workspaceId: string, id: string): Promise<Offer | undefined>;
    /** End a pending offer (compare-and-set); `undefined` when it was no longer pending. */
    finish(workspaceId: string, id: string, to: OfferStatus, reason?: string): Promise<Offer | undefined>;
    pendingFor(workspaceId: string, agentId: string): Promise<Offer[]>;
    pendingForHandoff(workspaceId: string, handoffId: string): Promise<Offer[]>;
    /** Pending offers past their expiry by the database's clock, in any workspace, locked for
     * this transaction; offers another instance holds are skipped. */
    claimExpired(limit: number): Promise<Offer[]>;
  };
  routing: {
    policy(workspaceId: string): Promise<RoutingPolicy>;
    setPolicy(workspaceId: string, policy: RoutingPolicy): Promise<void>;
    /** Wait for the workspace's routing passes in other transactions (and instances) to end; held until commit. */
    lockPass(workspaceId: string): Promise<void>;
    /** Pending handoffs, highest priority first, locked for this pass (others skip them). */
    lockWaiting(workspaceId: string, limit: number): Promise<RoutableHandoff[]>;
    /** Online active agents with their load (conversations held plus offers waiting), key-share locked until commit. */
    candidates(workspaceId: string): Promise<AgentCandidate[]>;
    /** Lock the agent's row and count the conversations they hold (capacity checks). */
    lockAgentLoad(workspaceId: string, agentId: string): Promise<{ capacity: number; presence: string; load: number } | undefined>;
    markAssigned(workspaceId: string, agentId: string): Promise<void>;
    /** Warm handoffs still unassigned `ttlSeconds` after they were made (database clock). */
    staleWarmHandoffs(workspaceId: string, ttlSeconds: number): Promise<Handoff[]>;
    /**
     * What routing decided about a handoff: its path (a warm handoff falls back to the
     * no-agent path), its queue, the offers it had when it overflowed.
     */
    setRouting(workspaceId: string, handoffId: string, fields: { path?: HandoffPath; queue?: string; fallbackAtOffers?: number }): Promise<void>;
    /** Record the queue of handoffs routed for the first time (those with none yet), at once. */
    setQueues(workspaceId: string, queues: readonly { handoffId: string; queue: string }[]): Promise<void>;
    /** 1-based place in the workspace's queue (the pass's order, aging included) of a handoff still waiting; undefined otherwise. */
    queuePosition(workspaceId: string, handoffId: string, agingPerMinute: number): Promise<number | undefined>;
    /** Workspaces with handoffs waiting. */
    workspacesWithWaiting(): Promise<string[]>;
  };
  agents: {
    byEmail(workspaceId: string, email: string): Promise<(Agent & { passwordHash: string; active: boolean }) | undefined>;
    get(workspaceId: string, id: string): Promise<Agent | undefined>;
    setPresence(workspaceId: string, id: string, presence: Agent['presence']): Promise<void>;
    /**
     * Renew the connection lease of agents whose console holds a socket here: it runs until
     * `leaseMs` from the database's now, and `last_seen_at` becomes now.
     */
    renewConnections(agents: readonly { workspaceId: string; id: string }[], leaseMs: number): Promise<void>;
    /**
     * Agents whose lease has run out and who are not offline yet, locked (others skip them);
     * their lease is cleared. Across workspaces.
     */
    claimLapsedConnections(limit: number): Promise<{ workspaceId: string; id: string }[]>;
  };
  sessions: {
    create(s: { tokenHash: string; workspaceId: string; agentId: string; expiresInSeconds: number }): Promise<void>;
    /** The live session's agent; expired sessions are not found. */
    find(tokenHash: string): Promise<{ workspaceId: string; agentId: string; expiresAt: Date } | undefined>;
    delete(tokenHash: string): Promise<void>;
  };
  articles: {
    list(workspaceId: string): Promise<Article[]>;
  };
  intents: {
    /** The workspace's intents with their examples and answering article, by name. */
    list(workspaceId: string): Promise<WorkspaceIntent[]>;
    /** Replace all of the workspace's intents at once. */
    replace(workspaceId: string, intents: readonly WorkspaceIntent[]): Promise<void>;
  };
  events: {
    append(workspaceId: string, events: readonly DomainEvent[]): Promise<void>;
    list(workspaceId: string, filter: { conversationId?: string; afterId?: string }): Promise<StoredEvent[]>;
  };
}
