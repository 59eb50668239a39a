-- A reviewer's mark and note on one calibration item (a handoff, for one reason): kept so a
-- team session can pick up where the last one stopped.
CREATE TABLE calibration_reviews (
  workspace_id      uuid NOT NULL,
  handoff_id        uuid NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('assistant_could_have_handled', 'missed_sentiment', 'ignored_context')),
  mark              text NOT NULL CHECK (mark IN ('agree', 'disagree', 'unsure')),
  note              text CHECK (char_length(note) <= 2000),
  reviewer_agent_id uuid NOT NULL,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, handoff_id, kind),
  FOREIGN KEY (workspace_id, handoff_id) REFERENCES handoffs (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, reviewer_agent_id) REFERENCES agents (workspace_id, id)
);
