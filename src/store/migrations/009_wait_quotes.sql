-- Every wait quoted to a waiting customer, kept beside the actual wait, so "promise kept" can
-- be measured: the quote in the warm message (handoffs.quoted_wait_seconds) and each changed
-- estimate pushed to the customer afterwards.
CREATE TABLE wait_quotes (
  workspace_id     uuid NOT NULL,
  handoff_id       uuid NOT NULL,
  quoted_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- 1-based place in the queue when quoted.
  position         integer NOT NULL CHECK (position >= 1),
  estimate_seconds integer NOT NULL CHECK (estimate_seconds >= 0),
  PRIMARY KEY (workspace_id, handoff_id, quoted_at),
  FOREIGN KEY (workspace_id, handoff_id) REFERENCES handoffs (workspace_id, id) ON DELETE CASCADE
);

-- Each warm handoff's promise and what happened: the actual wait runs from the escalation to
-- the agent's accept; a handoff closed unassigned waited until it closed (the promise was not
-- kept); one still waiting has no outcome yet.
CREATE VIEW handoff_wait_promises AS
  SELECT h.workspace_id,
         h.id AS handoff_id,
         h.team_id,
         h.created_at,
         h.quoted_wait_seconds,
         CASE WHEN h.assigned_at IS NOT NULL THEN extract(epoch FROM h.assigned_at - h.created_at)
              WHEN h.closed_at IS NOT NULL THEN extract(epoch FROM h.closed_at - h.created_at) END::float8 AS actual_wait_seconds,
         CASE WHEN h.assigned_at IS NOT NULL THEN extract(epoch FROM h.assigned_at - h.created_at) <= h.quoted_wait_seconds
              WHEN h.closed_at IS NOT NULL THEN false END AS kept,
         (SELECT count(*) FROM wait_quotes q WHERE q.workspace_id = h.workspace_id AND q.handoff_id = h.id)::int AS requotes
    FROM handoffs h
   WHERE h.quoted_wait_seconds IS NOT NULL;
