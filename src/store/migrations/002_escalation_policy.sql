-- Each workspace's escalation policy (src/policy/escalationPolicy.ts). Stored as the fields
-- the team changed; the documented defaults fill the rest when it is read.
ALTER TABLE workspaces ADD COLUMN escalation_policy jsonb NOT NULL DEFAULT '{}'::jsonb;
