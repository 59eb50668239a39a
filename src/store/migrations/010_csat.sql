-- The customer's answer to "How did we do?" after a resolved conversation: one per
-- conversation, 1-5 with an optional comment. Metrics read it beside the event log.
CREATE TABLE csat_responses (
  workspace_id    uuid NOT NULL,
  conversation_id uuid NOT NULL,
  score           smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment         text CHECK (char_length(comment) <= 2000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, conversation_id),
  FOREIGN KEY (workspace_id, conversation_id) REFERENCES conversations (workspace_id, id) ON DELETE CASCADE
);
