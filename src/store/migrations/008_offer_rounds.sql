-- Simultaneous offers (TaskRouter's multi-reservation): a handoff may be offered to several
-- agents at once, and the first to accept wins. The offers made together form a round; the
-- database keeps one open round per handoff, and no pending offer outside an open round.

CREATE TABLE offer_rounds (
  workspace_id uuid NOT NULL,
  id           uuid NOT NULL,
  handoff_id   uuid NOT NULL,
  -- true while any of its offers waits for an answer; false once all of them ended.
  open         boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (id),
  UNIQUE (handoff_id, id, open),
  FOREIGN KEY (workspace_id, handoff_id) REFERENCES handoffs (workspace_id, id) ON DELETE CASCADE
);
-- One open round per handoff: two routing passes racing cannot both offer it (R1).
CREATE UNIQUE INDEX offer_rounds_one_open_per_handoff ON offer_rounds (handoff_id) WHERE open;

-- Every offer made so far was a round of its own.
INSERT INTO offer_rounds (workspace_id, id, handoff_id, open, created_at)
  SELECT workspace_id, id, handoff_id, status = 'pending', created_at FROM offers;
ALTER TABLE offers ADD COLUMN round_id uuid;
UPDATE offers SET round_id = id;
ALTER TABLE offers ALTER COLUMN round_id SET NOT NULL;

-- A pending offer points at its round as open: the database refuses to close a round while
-- one of its offers still waits, and refuses a pending offer in a closed round.
ALTER TABLE offers ADD COLUMN round_open boolean GENERATED ALWAYS AS (CASE WHEN status = 'pending' THEN true END) STORED;
ALTER TABLE offers ADD CONSTRAINT offers_in_open_round
  FOREIGN KEY (handoff_id, round_id, round_open) REFERENCES offer_rounds (handoff_id, id, open);
CREATE INDEX offers_by_round ON offers (round_id);

-- An agent holds at most one pending offer of a handoff.
DROP INDEX offers_one_pending_per_handoff;
CREATE UNIQUE INDEX offers_one_pending_per_agent ON offers (handoff_id, agent_id) WHERE status = 'pending';
