import type { Deps } from '../core/deps.ts';
import type { Emit } from '../core/inTransaction.ts';
import type { Store, Team } from '../core/store.ts';
import { offHoursMessage } from '../schedule/offHoursMessage.ts';
import { storedHours } from '../schedule/storedHours.ts';
import { overflowMessage } from './overflowMessage.ts';
import type { RoutingPolicy } from './policy/routingPolicy.ts';
import type { FilterName } from './selection/types.ts';
import type { Handoff } from './types.ts';

/** Why the fallback applies: the offers ran out, or no online agent may take the handoff. */
export type FallbackReason = 'max_offers' | 'none_eligible';

/**
 * The routing policy's fallback for a handoff nobody can take (R5), inside the pass's
 * transaction. An overflow queue first, once: the handoff moves there with fresh offers and the
 * customer hears that more of the team can pick it up. Otherwise (off-hours fallback, or the
 * overflow queue used up too): the customer hears that nobody is free, with the summary kept
 * and email or a callback offered with consent, once; the handoff stays waiting, and whoever
 * comes free first is offered it. Returns whether anything changed.
 *
 * @example
 *   await applyFallback({ deps, tx, emit, policy, teams, now }, handoff, { offers: 5, reason: 'max_offers', queue: 'billing', removed: { notDeclined: 2 } });
 */
export async function applyFallback(
  pass: { deps: Deps; tx: Store; emit: Emit; policy: RoutingPolicy; teams: readonly Team[]; now: Date },
  handoff: Handoff,
  at: { offers: number; reason: FallbackReason; queue: string; removed: Partial<Record<FilterName, number>> },
): Promise<boolean> {
  const { deps, tx, emit, policy, teams, now } = pass;
  const { workspaceId, conversationId, id: handoffId } = handoff;
  const team = teams.find((t) => t.id === handoff.teamId);
  const language = handoff.decision.language;
  const tell = async (body: string) => {
    const { message } = await tx.messages.append(workspaceId, conversationId, { id: deps.ids.uuid(), authorKind: 'system', body });
    emit({ type: 'message.created', conversationId, payload: { seq: message.seq, authorKind: 'system' } });
  };
  const { fallback } = policy;
  if (fallback.kind === 'overflow_queue' && handoff.fallbackAtOffers === null && fallback.queue !== at.queue) {
    await tx.routing.setRouting(workspaceId, handoffId, { queue: fallback.queue, fallbackAtOffers: at.offers });
    emit({ type: 'handoff.fallback', conversationId, handoffId, payload: { kind: 'overflow_queue', offers: at.offers, reason: at.reason, queue: fallback.queue, removed: at.removed } });
    if (handoff.path === 'warm') await tell(overflowMessage(language, team?.name ?? 'support'));
    return true;
  }
  if (handoff.path !== 'warm') return false;
  const message = offHoursMessage({
    language,
    teamName: team?.name ?? 'support',
    opensAt: undefined,
    timeZone: storedHours(team?.businessHours).timeZone,
    now,
    emailAvailable: deps.mail !== undefined,
    callbackAvailable: true,
    reason: 'no_agent',
  });
  await tx.routing.setRouting(workspaceId, handoffId, { path: 'no_agent' });
  emit({ type: 'handoff.fallback', conversationId, handoffId, payload: { kind: 'off_hours', offers: at.offers, reason: at.reason, removed: at.removed } });
  await tell(message.text);
  return true;
}
