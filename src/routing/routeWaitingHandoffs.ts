import type { Deps } from '../core/deps.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import { isOpen } from '../schedule/businessHours.ts';
import { storedHours } from '../schedule/storedHours.ts';
import { applyFallback } from './applyFallback.ts';
import { handoffTable } from './handoffMachine.ts';
import { currentTarget, teamForQueue } from './policy/currentTarget.ts';
import { matchRoute } from './policy/matchRoute.ts';
import { orderQueue } from './selection/queueOrder.ts';
import { knownAgentFor } from './selection/knownAgentFor.ts';
import { selectAgents } from './selection/selectAgents.ts';
import type { FilterName, Removal } from './selection/types.ts';

/** Handoffs one pass looks at: enough that a head of the queue nobody can take now (a skill
 * or language no free agent has) does not hold back the handoffs behind it. */
const passSize = 500;

/**
 * One routing pass over a workspace's waiting handoffs (TaskRouter's workflow): in queue order
 * (priority with aging, then waiting time), match each to its target by the routing policy,
 * pick the best eligible agent (skills, language, tier, the queue's team, online, under
 * capacity, not declined; by the policy's strategy) and offer it to them; at the offer cap, or
 * when nobody online may take it, the policy's fallback applies (`applyFallback`). The handoffs are locked for the pass and others skip
 * them; one pending offer per handoff is a unique index; an agent's load counts the offers
 * waiting on them, so no agent is offered more than their capacity. Returns the offers made.
 *
 * @example
 *   const offered = await routeWaitingHandoffs(deps, workspaceId); // 2
 */
export async function routeWaitingHandoffs(deps: Deps, workspaceId: string): Promise<number> {
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const policy = await tx.routing.policy(workspaceId);
    if (policy.assignment !== 'offers') return 0;
    // Passes of one workspace run one at a time, so each reads the agents' load as it is.
    await tx.routing.lockPass(workspaceId);
    const waiting = await tx.routing.lockWaiting(workspaceId, passSize);
    if (waiting.length === 0) return 0;
    // With nobody online, the pass still runs: warm handoffs fall back (nobody may take them).
    const agents = await tx.routing.candidates(workspaceId);
    const now = deps.clock.now();
    const nowMs = now.getTime();
    // A team outside its business hours is not routed to: its customers heard when it opens.
    const teams = await tx.teams.list(workspaceId);
    const closed = new Set(teams.filter((t) => !isOpen(storedHours(t.businessHours), now)).map((t) => t.id));
    // Each handoff's target first: its priority boost counts in the queue order.
    const routed = new Map(
      waiting.map((w) => [
        w.handoff.id,
        {
          ...w,
          route: matchRoute(policy, {
            category: w.category ?? (w.handoff.decision.topic === 'billing_dispute' ? 'billing' : null),
            tier: w.tier,
            language: w.handoff.decision.language,
            triggers: w.handoff.decision.triggers.map((t) => t.type),
            priority: w.handoff.priority,
          }),
        },
      ]),
    );
    const order = orderQueue(
      [...routed.values()].map((w) => ({ id: w.handoff.id, priority: w.handoff.priority + w.route.target.priorityBoost, createdAtMs: w.handoff.createdAt.getTime() })),
      nowMs,
      policy.agingPerMinute,
    );
    const pass = { deps, tx, emit, policy, teams, now };
    // Decisions are written together after the loop: a few statements per pass, not per offer.
    const queues: { handoffId: string; queue: string }[] = [];
    const rounds: {
      roundId: string;
      handoffId: string;
      timeoutSeconds: number;
      offers: { id: string; agentId: string }[];
      rule: string | null;
      queue: string;
      conversationId: string;
      removed: Partial<Record<FilterName, number>>;
    }[] = [];
    for (const id of order) {
      if (agents.length > 0 && !agents.some((a) => a.load < a.capacity)) break;
      const { handoff, tier, offeredTo, declinedBy, lapsedBy, lastAgent, route } = routed.get(id)!;
      if (handoff.teamId && closed.has(handoff.teamId)) continue;
      const target = currentTarget(policy, route, handoff);
      if (handoff.queue === null) queues.push({ handoffId: handoff.id, queue: target.queue });
      const { chosen, removed } = selectAgents(
        agents,
        {
          target,
          language: handoff.decision.language,
          tier,
          queueTeamId: teamForQueue(teams, target.queue)?.id ?? null,
          declinedAgentIds: declinedBy,
          lapsedAgentIds: lapsedBy,
          alreadyOfferedAgentIds: [],
          // A customer back within 24 hours goes to their last agent, if that agent passes every filter.
          knownAgentId: knownAgentFor(lastAgent, nowMs),
          waitedSeconds: Math.max(0, (nowMs - handoff.createdAt.getTime()) / 1000),
          nowMs,
        },
        policy.strategy,
      );
      // The fallback applies once the offers in this queue reach the cap, or when no online
      // agent may ever take it here (none eligible, or every eligible one declined) (R5).
      const offersHere = offeredTo.length - (handoff.fallbackAtOffers ?? 0);
      const blocked = new Set(removed.filter((r) => r.filter === 'eligible' || r.filter === 'inQueue' || r.filter === 'notDeclined').map((r) => r.agentId));
      const reason = offersHere >= policy.maxOffers ? 'max_offers' : agents.every((a) => blocked.has(a.id)) ? 'none_eligible' : null;
      if (reason) {
        await applyFallback(pass, handoff, { offers: offeredTo.length, reason, queue: target.queue, removed: countRemovals(removed) });
        continue;
      }
      // One round: the best agents, as many as the target's simultaneous offers and the cap allow.
      const round = chosen.slice(0, Math.min(target.simultaneousOffers, policy.maxOffers - offersHere));
      if (round.length === 0) continue;
      transition(handoffTable, 'pending', 'offer');
      rounds.push({
        removed: countRemovals(removed),
        roundId: deps.ids.uuid(),
        handoffId: handoff.id,
        timeoutSeconds: target.offerTimeoutSeconds,
        offers: round.map((agent) => ({ id: deps.ids.uuid(), agentId: agent.id })),
        rule: route.rule,
        queue: target.queue,
        conversationId: handoff.conversationId,
      });
      // Just offered: for the rest of the pass they are busy from now, so the next handoff
      // goes to the next longest-idle agent rather than filling this one up.
      for (const agent of round) {
        agent.load += 1;
        agent.idleSinceMs = nowMs;
        agent.lastAssignedAtMs = nowMs;
      }
    }
    await tx.routing.setQueues(workspaceId, queues);
    const offers = await tx.offers.createRounds(workspaceId, rounds);
    const byId = new Map(rounds.map((r) => [r.roundId, r]));
    for (const offer of offers) {
      const round = byId.get(offer.roundId)!;
      emit({
        type: 'offer.created',
        conversationId: round.conversationId,
        handoffId: offer.handoffId,
        agentId: offer.agentId,
        payload: {
          offerId: offer.id,
          expiresAt: offer.expiresAt.toISOString(),
          rule: round.rule,
          queue: round.queue,
          roundId: round.roundId,
          ...(round.offers.length > 1 && { simultaneous: round.offers.length }),
          removed: round.removed,
        },
      });
    }
    return offers.length;
  });
}

/** The routing explanation kept with the offer or the fallback: how many agents each filter removed. */
function countRemovals(removed: readonly Removal[]): Partial<Record<FilterName, number>> {
  const counts: Partial<Record<FilterName, number>> = {};
  for (const r of removed) counts[r.filter] = (counts[r.filter] ?? 0) + 1;
  return counts;
}
