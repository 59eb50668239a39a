-- A workspace's intents: example utterances the assistant's intent classifier is trained
-- from, and the knowledge-base article that answers each (none for small talk).
CREATE TABLE intents (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name         text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
  article_slug text,
  examples     text[] NOT NULL CHECK (cardinality(examples) BETWEEN 1 AND 500),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, name),
  FOREIGN KEY (workspace_id, article_slug) REFERENCES kb_articles (workspace_id, slug)
);
