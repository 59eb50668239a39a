-- The CRM connector and `baton import` (src/crm/).
-- A customer's phone number, shown to the agent in the handoff packet.
ALTER TABLE customers ADD COLUMN phone text;

-- Re-importing a file changes nothing: an order is keyed by its number (already unique per
-- workspace), a subscription by its customer, plan and start, a ticket by its customer, opening
-- time and subject. These indexes also serve the account lookup, newest first.
CREATE UNIQUE INDEX subscriptions_one_per_plan_start ON subscriptions (workspace_id, customer_id, plan, started_at);
CREATE UNIQUE INDEX tickets_one_per_opening ON tickets (workspace_id, customer_id, opened_at, subject);
CREATE INDEX orders_by_customer ON orders (workspace_id, customer_id, placed_at);
