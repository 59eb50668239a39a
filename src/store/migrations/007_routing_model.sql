-- Presence kept by heartbeats, queues that restrict who is offered a handoff, agent tier
-- lists, and the queue a handoff is in (it changes when the fallback is an overflow queue).

-- While an agent's console holds a socket, the instance serving it renews this lease; a lease
-- past by the database's clock means the console is gone (closed, or its instance killed),
-- and any instance's sweep takes the agent offline and withdraws their offers (R7).
ALTER TABLE agents ADD COLUMN connected_until timestamptz;
CREATE INDEX agents_connection_lapsing ON agents (connected_until) WHERE connected_until IS NOT NULL;

-- The customer tiers an agent serves; NULL serves every tier.
ALTER TABLE agents ADD COLUMN tiers text[];

-- The queue (a team's category or name) a handoff waits in. NULL until the first routing pass
-- matches it to a rule; the overflow fallback moves it to another queue.
ALTER TABLE handoffs ADD COLUMN queue text;
-- How the fallback last applied: the offers made when it did, so it applies once per queue.
ALTER TABLE handoffs ADD COLUMN fallback_at_offers integer;
