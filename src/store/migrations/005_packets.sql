-- The handoff packet (issue 4): what the assistant tried, the packet built at escalation, the
-- per-workspace customer messages, team business hours, and the customer's consented
-- requests to continue by email or by a callback.

-- Where a conversation stood when it escalated, the team it goes to, what the customer was
-- told to expect, and which path the warm message took.
ALTER TABLE handoffs ADD COLUMN at_seq integer;
ALTER TABLE handoffs ADD COLUMN team_id uuid;
ALTER TABLE handoffs ADD COLUMN quoted_wait_seconds integer CHECK (quoted_wait_seconds >= 0);
ALTER TABLE handoffs ADD COLUMN path text NOT NULL DEFAULT 'warm' CHECK (path IN ('warm', 'off_hours', 'no_agent'));
ALTER TABLE handoffs ADD FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id);

-- Each answer or self-service action of the assistant, keyed by the message that made it;
-- its outcome is set from what the customer says next.
CREATE TABLE attempted_resolutions (
  workspace_id    uuid NOT NULL,
  conversation_id uuid NOT NULL,
  seq             integer NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('article', 'action')),
  ref             text NOT NULL,
  label           text NOT NULL,
  outcome         text NOT NULL DEFAULT 'offered' CHECK (outcome IN ('offered', 'declined', 'failed', 'succeeded')),
  evidence        text,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, seq),
  FOREIGN KEY (conversation_id, seq) REFERENCES messages (conversation_id, seq) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, conversation_id) REFERENCES conversations (workspace_id, id) ON DELETE CASCADE
);

-- The packet as built at escalation (one per handoff), and its rendered summary.
CREATE TABLE handoff_packets (
  workspace_id   uuid NOT NULL,
  handoff_id     uuid NOT NULL,
  packet_version integer NOT NULL,
  packet         jsonb NOT NULL,
  summary        text NOT NULL,
  built_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, handoff_id),
  FOREIGN KEY (workspace_id, handoff_id) REFERENCES handoffs (workspace_id, id) ON DELETE CASCADE
);

-- Business hours per team (src/schedule/parseBusinessHours.ts); null means always open.
ALTER TABLE teams ADD COLUMN business_hours jsonb;
-- The workspace's own wording of what the customer hears, by template and language; the
-- built-in texts fill whatever is missing. And its site, under which the self-service pages live.
ALTER TABLE workspaces ADD COLUMN message_templates jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE workspaces ADD COLUMN site_url text NOT NULL DEFAULT 'https://example.com';

-- A customer's explicit request to continue by email or to be called back.
CREATE TABLE contact_requests (
  workspace_id    uuid NOT NULL,
  id              uuid NOT NULL,
  conversation_id uuid NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('email', 'callback')),
  email           text,
  phone           text,
  preferred_time  text,
  -- When the customer said yes; a request never exists without it.
  consented_at    timestamptz NOT NULL,
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'sent', 'failed', 'done')),
  detail          text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, conversation_id) REFERENCES conversations (workspace_id, id) ON DELETE CASCADE,
  CHECK ((kind = 'email') = (email IS NOT NULL)),
  CHECK ((kind = 'callback') = (phone IS NOT NULL))
);
CREATE INDEX contact_requests_open ON contact_requests (workspace_id, created_at) WHERE status = 'open';
