import type { Team } from '../../core/store.ts';
import type { Handoff } from '../types.ts';
import type { RouteMatch } from './matchRoute.ts';
import { resolveTarget, type ResolvedRoutingTarget } from './resolveTarget.ts';
import type { RoutingPolicy } from './routingPolicy.ts';

/**
 * The target a waiting handoff is routed to now: its rule's target, or, once the overflow
 * fallback moved it, the overflow queue's (the first rule or default target naming that queue,
 * else the queue alone, with no skill required and the rule's offer timeout). Pure.
 *
 * @example
 *   currentTarget(policy, route, { ...handoff, queue: 'general', fallbackAtOffers: 5 }).queue // 'general'
 */
export function currentTarget(policy: Pick<RoutingPolicy, 'rules' | 'defaultTarget'>, route: RouteMatch, handoff: Pick<Handoff, 'queue' | 'fallbackAtOffers'>): ResolvedRoutingTarget {
  if (handoff.fallbackAtOffers === null || handoff.queue === null || handoff.queue === route.target.queue) return route.target;
  const named = [...policy.rules.map((r) => r.target), policy.defaultTarget].find((t) => t.queue === handoff.queue);
  return resolveTarget(named ?? { queue: handoff.queue, offerTimeoutSeconds: route.target.offerTimeoutSeconds });
}

/**
 * The team a queue names, by category or by name (case-insensitive); undefined: no team does,
 * and the queue is open to every agent.
 *
 * @example
 *   teamForQueue(teams, 'billing')?.name // 'Billing'
 */
export function teamForQueue<T extends Pick<Team, 'category' | 'name'>>(teams: readonly T[], queue: string): T | undefined {
  const wanted = queue.toLowerCase();
  return teams.find((t) => t.category.toLowerCase() === wanted) ?? teams.find((t) => t.name.toLowerCase() === wanted);
}
