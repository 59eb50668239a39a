import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the tables in `migrations/`. Keep in step with the SQL: the store
 * contract suite fails when they drift.
 */
export interface Database {
  workspaces: WorkspaceTable;
  teams: TeamTable;
  agents: AgentTable;
  agent_sessions: AgentSessionTable;
  customers: CustomerTable;
  orders: OrderTable;
  subscriptions: SubscriptionTable;
  tickets: TicketTable;
  kb_articles: ArticleTable;
  intents: IntentTable;
  conversations: ConversationTable;
  messages: MessageTable;
  handoffs: HandoffTable;
  events: EventTable;
  attempted_resolutions: AttemptTable;
  handoff_packets: PacketTable;
  contact_requests: ContactRequestTable;
  offers: OfferTable;
  offer_rounds: OfferRoundTable;
  wait_quotes: WaitQuoteTable;
  csat_responses: CsatResponseTable;
  calibration_reviews: CalibrationReviewTable;
  handoff_wait_promises: HandoffWaitPromiseView;
  schema_migrations: MigrationTable;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

interface WorkspaceTable {
  id: string;
  slug: string;
  name: string;
  identity_secret: string;
  escalation_policy: ColumnType<unknown, string | undefined, string>;
  message_templates: ColumnType<unknown, string | undefined, string>;
  routing_policy: ColumnType<unknown, string | undefined, string>;
  site_url: Generated<string>;
  created_at: Generated<Date>;
}
interface TeamTable {
  workspace_id: string;
  id: string;
  name: string;
  category: string;
  business_hours: ColumnType<unknown, string | null | undefined, string | null>;
}
interface AgentTable {
  workspace_id: string;
  id: string;
  email: string;
  display_name: string;
  role: 'agent' | 'supervisor' | 'admin';
  team_id: string | null;
  skills: Json<Record<string, number>>;
  languages: string[];
  capacity: number;
  presence: 'online' | 'away' | 'offline';
  password_hash: string;
  active: Generated<boolean>;
  last_assigned_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  last_seen_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  connected_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  tiers: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
  seniority: Generated<number>;
  created_at: Generated<Date>;
}
interface AgentSessionTable {
  token_hash: string;
  workspace_id: string;
  agent_id: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}
interface CustomerTable {
  workspace_id: string;
  id: string;
  external_id: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  tier: Generated<string>;
  customer_since: ColumnType<Date | null, string | null | undefined, string | null>;
  created_at: Generated<Date>;
}
interface OrderTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  number: string;
  status: string;
  total_minor: ColumnType<string, number, number>;
  currency: string;
  placed_at: Timestamp;
}
interface SubscriptionTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  plan: string;
  status: 'active' | 'past_due' | 'cancelled';
  started_at: Timestamp;
  renews_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}
interface TicketTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  subject: string;
  status: string;
  opened_at: Timestamp;
}
interface ArticleTable {
  workspace_id: string;
  id: string;
  slug: string;
  title: string;
  body: string;
  category: string;
}
interface IntentTable {
  workspace_id: string;
  name: string;
  article_slug: string | null;
  examples: string[];
  updated_at: Generated<Date>;
}
interface ConversationTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  channel: 'chat' | 'email' | 'voice';
  status: 'with_assistant' | 'waiting_for_agent' | 'with_agent' | 'resolved';
  last_seq: Generated<number>;
  assigned_agent_id: string | null;
  customer_token_hash: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  resolved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
interface MessageTable {
  workspace_id: string;
  conversation_id: string;
  seq: number;
  id: string;
  author_kind: 'customer' | 'assistant' | 'agent' | 'system';
  author_agent_id: string | null;
  body: string;
  client_message_id: string | null;
  created_at: Generated<Date>;
}
interface HandoffTable {
  workspace_id: string;
  id: string;
  conversation_id: string;
  status: 'pending' | 'offered' | 'assigned' | 'completed' | 'cancelled';
  priority: number;
  decision: Json<unknown>;
  assigned_agent_id: string | null;
  close_reason: string | null;
  created_at: Generated<Date>;
  assigned_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  at_seq: ColumnType<number | null, number | null | undefined, number | null>;
  team_id: ColumnType<string | null, string | null | undefined, string | null>;
  quoted_wait_seconds: ColumnType<number | null, number | null | undefined, number | null>;
  path: Generated<'warm' | 'off_hours' | 'no_agent'>;
  queue: ColumnType<string | null, string | null | undefined, string | null>;
  fallback_at_offers: ColumnType<number | null, number | null | undefined, number | null>;
}
interface EventTable {
  id: Generated<string>;
  workspace_id: string;
  type: string;
  conversation_id: string | null;
  handoff_id: string | null;
  agent_id: string | null;
  payload: Json<unknown>;
  occurred_at: Generated<Date>;
}
interface MigrationTable {
  version: number;
  name: string;
  applied_at: Generated<Date>;
}
interface AttemptTable {
  workspace_id: string;
  conversation_id: string;
  seq: number;
  kind: 'article' | 'action';
  ref: string;
  label: string;
  outcome: Generated<'offered' | 'declined' | 'failed' | 'succeeded'>;
  evidence: string | null;
  updated_at: Generated<Date>;
}
interface PacketTable {
  workspace_id: string;
  handoff_id: string;
  packet_version: number;
  packet: Json<unknown>;
  summary: string;
  built_at: Generated<Date>;
}
interface ContactRequestTable {
  workspace_id: string;
  id: string;
  conversation_id: string;
  kind: 'email' | 'callback';
  email: string | null;
  phone: string | null;
  preferred_time: string | null;
  consented_at: Timestamp;
  status: Generated<'open' | 'sent' | 'failed' | 'done'>;
  detail: string | null;
  created_at: Generated<Date>;
}
interface OfferTable {
  workspace_id: string;
  id: string;
  handoff_id: string;
  agent_id: string;
  status: Generated<'pending' | 'accepted' | 'declined' | 'timed_out' | 'rescinded'>;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  answered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  reason: string | null;
  round_id: string;
  round_open: ColumnType<boolean | null, never, never>;
}
interface WaitQuoteTable {
  workspace_id: string;
  handoff_id: string;
  quoted_at: Generated<Date>;
  position: number;
  estimate_seconds: number;
}
interface HandoffWaitPromiseView {
  workspace_id: string;
  handoff_id: string;
  team_id: string | null;
  created_at: Date;
  quoted_wait_seconds: number;
  actual_wait_seconds: number | null;
  kept: boolean | null;
  requotes: number;
}
interface OfferRoundTable {
  workspace_id: string;
  id: string;
  handoff_id: string;
  open: Generated<boolean>;
  created_at: Generated<Date>;
}
interface CsatResponseTable {
  workspace_id: string;
  conversation_id: string;
  score: number;
  comment: string | null;
  created_at: Generated<Date>;
}
interface CalibrationReviewTable {
  workspace_id: string;
  handoff_id: string;
  kind: 'assistant_could_have_handled' | 'missed_sentiment' | 'ignored_context';
  mark: 'agree' | 'disagree' | 'unsure';
  note: string | null;
  reviewer_agent_id: string;
  updated_at: Generated<Date>;
}
