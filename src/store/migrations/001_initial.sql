-- Baton's initial schema. Every table carries workspace_id, and references between
-- workspace-owned rows go through (workspace_id, id) so a row can never point into another
-- workspace: isolation is kept by the database, not only by queries.

CREATE TABLE workspaces (
  id              uuid PRIMARY KEY,
  slug            text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name            text NOT NULL,
  -- HMAC key a host site uses to sign a customer's external id (identity verification).
  identity_secret text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE teams (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id           uuid NOT NULL,
  name         text NOT NULL,
  -- The issue category this team handles first (billing, technical, ...).
  category     text NOT NULL,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, name)
);

CREATE TABLE agents (
  workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id            uuid NOT NULL,
  email         text NOT NULL CHECK (email = lower(email)),
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
  team_id       uuid,
  -- {"billing": 3, "technical": 1}: category -> level 1..5
  skills        jsonb NOT NULL DEFAULT '{}'::jsonb,
  languages     text[] NOT NULL DEFAULT '{en}',
  capacity      integer NOT NULL DEFAULT 3 CHECK (capacity BETWEEN 0 AND 50),
  presence      text NOT NULL DEFAULT 'offline' CHECK (presence IN ('online', 'away', 'offline')),
  password_hash text NOT NULL,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, email),
  FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id)
);

CREATE TABLE agent_sessions (
  -- sha256 of the cookie token; the token itself is never stored.
  token_hash   text PRIMARY KEY,
  workspace_id uuid NOT NULL,
  agent_id     uuid NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  FOREIGN KEY (workspace_id, agent_id) REFERENCES agents (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX agent_sessions_expiry ON agent_sessions (expires_at);

CREATE TABLE customers (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id           uuid NOT NULL,
  -- The id in the company's own systems (CRM); null for anonymous visitors.
  external_id  text,
  name         text,
  email        text,
  tier         text NOT NULL DEFAULT 'standard',
  customer_since date,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, external_id)
);

CREATE TABLE orders (
  workspace_id uuid NOT NULL,
  id           uuid NOT NULL,
  customer_id  uuid NOT NULL,
  number       text NOT NULL,
  status       text NOT NULL,
  total_minor  bigint NOT NULL,
  currency     text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  placed_at    timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, number),
  FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE subscriptions (
  workspace_id uuid NOT NULL,
  id           uuid NOT NULL,
  customer_id  uuid NOT NULL,
  plan         text NOT NULL,
  status       text NOT NULL CHECK (status IN ('active', 'past_due', 'cancelled')),
  started_at   timestamptz NOT NULL,
  renews_at    timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE tickets (
  workspace_id uuid NOT NULL,
  id           uuid NOT NULL,
  customer_id  uuid NOT NULL,
  subject      text NOT NULL,
  status       text NOT NULL,
  opened_at    timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE kb_articles (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id           uuid NOT NULL,
  slug         text NOT NULL,
  title        text NOT NULL,
  body         text NOT NULL,
  category     text NOT NULL,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, slug)
);

CREATE TABLE conversations (
  workspace_id        uuid NOT NULL,
  id                  uuid NOT NULL,
  customer_id         uuid NOT NULL,
  channel             text NOT NULL CHECK (channel IN ('chat', 'email', 'voice')),
  status              text NOT NULL CHECK (status IN ('with_assistant', 'waiting_for_agent', 'with_agent', 'resolved')),
  -- Sequence number of the newest message; the next message takes last_seq + 1 under this
  -- row's lock, so sequence numbers are gapless and monotonic per conversation.
  last_seq            integer NOT NULL DEFAULT 0,
  assigned_agent_id   uuid,
  -- sha256 of the customer's bearer token, scoped to this conversation.
  customer_token_hash text NOT NULL UNIQUE,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  resolved_at         timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (id),
  FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, assigned_agent_id) REFERENCES agents (workspace_id, id),
  CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
);
-- One open conversation per customer and channel.
CREATE UNIQUE INDEX conversations_one_open_per_customer_channel
  ON conversations (workspace_id, customer_id, channel) WHERE status <> 'resolved';
CREATE INDEX conversations_by_agent ON conversations (workspace_id, assigned_agent_id) WHERE status = 'with_agent';

CREATE TABLE messages (
  workspace_id      uuid NOT NULL,
  conversation_id   uuid NOT NULL,
  seq               integer NOT NULL CHECK (seq > 0),
  id                uuid NOT NULL UNIQUE,
  author_kind       text NOT NULL CHECK (author_kind IN ('customer', 'assistant', 'agent', 'system')),
  author_agent_id   uuid,
  body              text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
  -- The sender's own id for a message, so a retried send is stored once.
  client_message_id text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, seq),
  UNIQUE (conversation_id, client_message_id),
  FOREIGN KEY (workspace_id, conversation_id) REFERENCES conversations (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, author_agent_id) REFERENCES agents (workspace_id, id),
  CHECK ((author_kind = 'agent') = (author_agent_id IS NOT NULL))
);

CREATE TABLE handoffs (
  workspace_id      uuid NOT NULL,
  id                uuid NOT NULL,
  conversation_id   uuid NOT NULL,
  status            text NOT NULL CHECK (status IN ('pending', 'offered', 'assigned', 'completed', 'cancelled')),
  priority          integer NOT NULL CHECK (priority BETWEEN 0 AND 100),
  -- The escalation decision as it was made: triggers, evidence, explanation.
  decision          jsonb NOT NULL,
  assigned_agent_id uuid,
  close_reason      text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  assigned_at       timestamptz,
  closed_at         timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (id),
  FOREIGN KEY (workspace_id, conversation_id) REFERENCES conversations (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, assigned_agent_id) REFERENCES agents (workspace_id, id),
  CHECK ((status = 'assigned') <= (assigned_agent_id IS NOT NULL)),
  CHECK ((status IN ('completed', 'cancelled')) = (closed_at IS NOT NULL AND close_reason IS NOT NULL))
);
-- One active handoff per conversation.
CREATE UNIQUE INDEX handoffs_one_active_per_conversation
  ON handoffs (conversation_id) WHERE status IN ('pending', 'offered', 'assigned');
CREATE INDEX handoffs_waiting ON handoffs (workspace_id, priority DESC, created_at) WHERE status = 'pending';

-- Append-only log of typed domain events; metrics and webhooks read it.
CREATE TABLE events (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id    uuid NOT NULL REFERENCES workspaces (id),
  type            text NOT NULL,
  conversation_id uuid,
  handoff_id      uuid,
  agent_id        uuid,
  payload         jsonb NOT NULL DEFAULT '{}'::jsonb,
  occurred_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_by_workspace_type ON events (workspace_id, type, occurred_at);
CREATE INDEX events_by_conversation ON events (conversation_id, id);

CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events is append-only' USING ERRCODE = 'raise_exception';
END $$;
CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_append_only();
