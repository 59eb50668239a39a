-- `baton simulate --into-db` (and the first start's demo history) writes simulated
-- conversations, handoffs and their events into a workspace. Events are append-only, so
-- simulated history can never be taken out again: one run per workspace, kept here, and a
-- second run is refused. The row also tells anyone reading the data that it is simulated.
CREATE TABLE simulation_runs (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  seed         bigint NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
  days         integer NOT NULL CHECK (days BETWEEN 1 AND 366),
  -- The simulated span: every simulated conversation started and ended inside it.
  starts_at    timestamptz NOT NULL,
  ends_at      timestamptz NOT NULL,
  -- What was written: conversations, handoffs, messages, events, ...
  counts       jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at >= starts_at)
);
