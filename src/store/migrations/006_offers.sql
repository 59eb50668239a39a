-- Routing with offers (TaskRouter's reservations): a handoff is offered to one agent at a
-- time; the agent accepts, declines, or lets it time out. The database keeps the invariants.

CREATE TABLE offers (
  workspace_id uuid NOT NULL,
  id           uuid NOT NULL,
  handoff_id   uuid NOT NULL,
  agent_id     uuid NOT NULL,
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'timed_out', 'rescinded')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  -- Set from the database's clock at creation: timers never depend on an instance's clock.
  expires_at   timestamptz NOT NULL,
  answered_at  timestamptz,
  reason       text,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (id),
  FOREIGN KEY (workspace_id, handoff_id) REFERENCES handoffs (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, agent_id) REFERENCES agents (workspace_id, id),
  CHECK ((status = 'pending') = (answered_at IS NULL))
);
-- One pending offer per handoff: two routing passes racing cannot both offer it (R1).
CREATE UNIQUE INDEX offers_one_pending_per_handoff ON offers (handoff_id) WHERE status = 'pending';
CREATE INDEX offers_expiring ON offers (expires_at) WHERE status = 'pending';
CREATE INDEX offers_by_agent ON offers (workspace_id, agent_id) WHERE status = 'pending';
CREATE INDEX offers_by_handoff ON offers (handoff_id, agent_id);

-- When the agent last took a conversation (longest idle first) and last showed a sign of life.
ALTER TABLE agents ADD COLUMN last_assigned_at timestamptz;
ALTER TABLE agents ADD COLUMN last_seen_at timestamptz;
ALTER TABLE agents ADD COLUMN seniority integer NOT NULL DEFAULT 1 CHECK (seniority BETWEEN 1 AND 5);

-- The workspace's routing policy (src/routing/policy/routingPolicy.ts): stored as the fields
-- the team changed; the documented defaults fill the rest when it is read.
ALTER TABLE workspaces ADD COLUMN routing_policy jsonb NOT NULL DEFAULT '{}'::jsonb;
