import type { Deps } from '../core/deps.ts';
import type { Conversation } from '../message/types.ts';
import { estimateWait } from '../routing/estimateWait.ts';
import type { HandoffPath } from '../routing/types.ts';
import type { ContactKind } from './types.ts';

/** What a waiting customer's widget shows: which message they heard, the quote, and the buttons. */
export interface WaitingState {
  path: HandoffPath;
  team: string | null;
  quotedWaitSeconds: number | null;
  /** Ways to continue the customer may choose (each needs their explicit yes). */
  choices: ContactKind[];
  /** Ways already chosen, with how they stand. */
  requested: { kind: ContactKind; status: string }[];
  /** Place in the queue (1 is next), while waiting. */
  position: number | null;
  /** A fresh wait estimate, in seconds, from recent acceptance times and the place in the queue. */
  estimateSeconds: number | null;
}

/**
 * The customer's view of their handoff while they wait, or null when no person is on the way:
 * the path they heard, their place in the queue and a fresh wait estimate (warm path only),
 * and the ways to continue. Email is offered only when Baton can send it; a callback always.
 *
 * @example
 *   await readWaitingState(deps, conversation) // { path: 'off_hours', team: 'Billing', quotedWaitSeconds: null, choices: ['email', 'callback'], requested: [] }
 */
export async function readWaitingState(deps: Deps, conversation: Conversation): Promise<(WaitingState & { handoffId: string }) | null> {
  const { workspaceId, id } = conversation;
  const handoff = await deps.store.handoffs.activeFor(workspaceId, id);
  if (!handoff || conversation.status !== 'waiting_for_agent') return null;
  const policy = await deps.store.routing.policy(workspaceId);
  const [teams, requests, position, recent] = await Promise.all([
    deps.store.teams.list(workspaceId),
    deps.store.contactRequests.list(workspaceId, { conversationId: id }),
    deps.store.routing.queuePosition(workspaceId, handoff.id, policy.agingPerMinute),
    deps.store.handoffs.recentAcceptanceSeconds(workspaceId, 50),
  ]);
  const online = handoff.teamId ? await deps.store.teams.onlineAgents(workspaceId, handoff.teamId) : 0;
  const estimate = position !== undefined && handoff.path === 'warm' && online > 0 ? estimateWait(recent, position - 1, online).seconds : null;
  return {
    handoffId: handoff.id,
    path: handoff.path,
    team: teams.find((t) => t.id === handoff.teamId)?.name ?? null,
    quotedWaitSeconds: handoff.quotedWaitSeconds,
    choices: deps.mail ? ['email', 'callback'] : ['callback'],
    requested: requests.map((r) => ({ kind: r.kind, status: r.status })),
    position: position ?? null,
    estimateSeconds: estimate,
  };
}

/**
 * The waiting state as shown to the customer (pushed, or read by the widget): every estimate
 * shown is kept beside the actual wait (`wait_quotes`, only when it changed), and the
 * handoff's id stays inside Baton.
 *
 * @example
 *   send({ type: 'waiting', waiting: await showWaitingState(deps, conversation) });
 */
export async function showWaitingState(deps: Deps, conversation: Conversation): Promise<WaitingState | null> {
  const state = await readWaitingState(deps, conversation);
  if (!state) return null;
  const { handoffId, ...shown } = state;
  if (shown.position !== null && shown.estimateSeconds !== null) {
    await deps.store.handoffs.recordQuote(conversation.workspaceId, handoffId, { position: shown.position, estimateSeconds: shown.estimateSeconds });
  }
  return shown;
}
