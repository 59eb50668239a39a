import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { SimulatedHistory } from './history.ts';

/** How many rows of each kind a run wrote. */
export type HistoryCounts = Record<'customers' | 'orders' | 'conversations' | 'handoffs' | 'messages' | 'attempts' | 'packets' | 'offers' | 'contacts' | 'csat' | 'events', number>;

/** A workspace's earlier simulation run. */
export interface SimulationRun {
  seed: number;
  days: number;
  createdAt: Date;
}

/** Rows per INSERT: 1,000 rows of at most 14 columns stay far below PostgreSQL's 65,535 parameters. */
const chunk = 1000;

/**
 * The simulation run already written into a workspace, if any (`simulation_runs`).
 *
 * @example
 *   await simulationRunOf(db, workspaceId) // { seed: 1, days: 14, createdAt } or undefined
 */
export async function simulationRunOf(db: Kysely<Database>, workspaceId: string): Promise<SimulationRun | undefined> {
  const { rows } = await sql<{ seed: string; days: number; created_at: Date }>`SELECT seed, days, created_at FROM simulation_runs WHERE workspace_id = ${workspaceId}`.execute(db);
  return rows[0] && { seed: Number(rows[0].seed), days: rows[0].days, createdAt: rows[0].created_at };
}

/**
 * Store a planned history in one transaction, under the advisory lock
 * `baton.simulate:<workspace id>`: every row, then every event in time order (so the log's
 * ids follow `occurred_at`), then the `simulation_runs` row. Events cannot be deleted, so a
 * workspace takes one run: when it already has one, nothing is written and that run is
 * returned instead.
 *
 * @example
 *   const outcome = await writeSimulatedHistory(db, workspaceId, history, { seed: 1, days: 14 });
 *   if (!outcome.written) console.log(`already simulated on ${outcome.existing.createdAt}`);
 */
export async function writeSimulatedHistory(
  db: Kysely<Database>,
  workspaceId: string,
  history: SimulatedHistory,
  run: { seed: number; days: number },
): Promise<{ written: true; counts: HistoryCounts } | { written: false; existing: SimulationRun }> {
  const ws = { workspace_id: workspaceId };
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`baton.simulate:${workspaceId}`}))`.execute(tx);
    const existing = await simulationRunOf(tx, workspaceId);
    if (existing) return { written: false, existing };
    const insert = async <T extends keyof Database>(table: T, rows: readonly unknown[]) => {
      for (let i = 0; i < rows.length; i += chunk) await tx.insertInto(table).values(rows.slice(i, i + chunk) as never).execute();
    };
    await insert('customers', history.customers.map((c) => ({ ...ws, id: c.id, external_id: c.externalId, name: c.name, email: c.email, tier: c.tier, customer_since: c.customerSince })));
    await insert('orders', history.orders.map((o) => ({ ...ws, id: o.id, customer_id: o.customerId, number: o.number, status: o.status, total_minor: o.totalMinor, currency: o.currency, placed_at: o.placedAt })));
    await insert(
      'conversations',
      history.conversations.map((c) => ({
        ...ws,
        id: c.id,
        customer_id: c.customerId,
        channel: 'chat',
        status: 'resolved',
        last_seq: c.lastSeq,
        assigned_agent_id: c.assignedAgentId,
        // Not a token's hash: no customer can open a simulated conversation.
        customer_token_hash: `simulated:${c.id}`,
        created_at: c.createdAt,
        updated_at: c.resolvedAt,
        resolved_at: c.resolvedAt,
      })),
    );
    await insert('messages', history.messages.map((m) => ({ ...ws, conversation_id: m.conversationId, seq: m.seq, id: m.id, author_kind: m.authorKind, author_agent_id: m.authorAgentId, body: m.body, created_at: m.createdAt })));
    await insert('attempted_resolutions', history.attempts.map((a) => ({ ...ws, conversation_id: a.conversationId, seq: a.seq, kind: a.kind, ref: a.ref, label: a.label, outcome: a.outcome, evidence: a.evidence, updated_at: a.updatedAt })));
    await insert(
      'handoffs',
      history.handoffs.map((h) => ({
        ...ws,
        id: h.id,
        conversation_id: h.conversationId,
        status: h.status,
        priority: h.priority,
        decision: JSON.stringify(h.decision),
        assigned_agent_id: h.assignedAgentId,
        close_reason: h.closeReason,
        created_at: h.createdAt,
        assigned_at: h.assignedAt,
        closed_at: h.closedAt,
        at_seq: h.atSeq,
        team_id: h.teamId,
        quoted_wait_seconds: h.quotedWaitSeconds,
        path: h.path,
      })),
    );
    await insert('handoff_packets', history.packets.map((p) => ({ ...ws, handoff_id: p.handoffId, packet_version: p.packet.packetVersion, packet: JSON.stringify(p.packet), summary: p.summary, built_at: p.builtAt })));
    await insert('offer_rounds', history.offers.map((o) => ({ ...ws, id: o.roundId, handoff_id: o.handoffId, open: false, created_at: o.createdAt })));
    await insert(
      'offers',
      history.offers.map((o) => ({ ...ws, id: o.id, handoff_id: o.handoffId, agent_id: o.agentId, status: o.status, created_at: o.createdAt, expires_at: o.expiresAt, answered_at: o.answeredAt, reason: o.reason, round_id: o.roundId })),
    );
    await insert(
      'contact_requests',
      history.contacts.map((c) => ({ ...ws, id: c.id, conversation_id: c.conversationId, kind: 'callback', phone: c.phone, consented_at: c.consentedAt, status: 'done', detail: c.detail, created_at: c.consentedAt })),
    );
    await insert('csat_responses', history.csat.map((c) => ({ ...ws, conversation_id: c.conversationId, score: c.score, comment: c.comment, created_at: c.createdAt })));
    await insert(
      'events',
      history.events.map((e) => ({ ...ws, type: e.type, conversation_id: e.conversationId, handoff_id: e.handoffId ?? null, agent_id: e.agentId ?? null, payload: JSON.stringify(e.payload), occurred_at: e.occurredAt })),
    );
    const counts = countsOf(history);
    await sql`INSERT INTO simulation_runs (workspace_id, seed, days, starts_at, ends_at, counts)
              VALUES (${workspaceId}, ${run.seed}, ${run.days}, ${history.startsAt}, ${history.endsAt}, ${JSON.stringify(counts)})`.execute(tx);
    return { written: true, counts };
  });
}

/**
 * How many rows of each kind a history holds.
 *
 * @example
 *   countsOf(history).handoffs // 512
 */
export function countsOf(history: SimulatedHistory): HistoryCounts {
  const { customers, orders, conversations, handoffs, messages, attempts, packets, offers, contacts, csat, events } = history;
  return {
    customers: customers.length,
    orders: orders.length,
    conversations: conversations.length,
    handoffs: handoffs.length,
    messages: messages.length,
    attempts: attempts.length,
    packets: packets.length,
    offers: offers.length,
    contacts: contacts.length,
    csat: csat.length,
    events: events.length,
  };
}
