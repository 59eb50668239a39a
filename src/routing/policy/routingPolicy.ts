import type { TriggerType } from '../../policy/decideEscalation.ts';

/**
 * Where a matched handoff goes and whom it may be offered to (TaskRouter's workflow target).
 *
 * @example
 *   const target: RoutingTarget = { queue: 'billing', requiredSkills: { billing: 1 }, optionalSkills: { billing: 4 }, relaxOptionalAfterSeconds: 60 };
 */
export interface RoutingTarget {
  /** The team's category or name. */
  queue: string;
  /** Skill → lowest level (1–5) an agent must have to be offered the handoff. */
  requiredSkills?: Record<string, number>;
  /**
   * Skill → level preferred. With `relaxOptionalAfterSeconds`, only agents who have all of them
   * are offered the handoff until that wait; after it (or without it) they only rank agents.
   */
  optionalSkills?: Record<string, number>;
  /** Added to the handoff's priority for queue order. */
  priorityBoost?: number;
  /** How long one offer waits for an answer (default 30). */
  offerTimeoutSeconds?: number;
  /** After this wait, agents without the optional skills may be offered the handoff too. */
  relaxOptionalAfterSeconds?: number;
  /** Agents offered at once, the first to accept wins (default 1). */
  simultaneousOffers?: number;
}

/**
 * What a rule looks at. Every condition present must hold (and); a list holds when the
 * handoff has any of its values (or). An empty `when` matches every handoff.
 *
 * @example
 *   const when: RoutingCondition = { categories: ['billing'], tiers: ['gold', 'platinum'] };
 */
export interface RoutingCondition {
  categories?: string[];
  tiers?: string[];
  languages?: string[];
  triggers?: TriggerType[];
  /** Inclusive, 0–100. */
  minPriority?: number;
  /** Inclusive, 0–100. */
  maxPriority?: number;
}

/**
 * One ordered routing rule: the first whose `when` matches the handoff sends it to its target.
 *
 * @example
 *   const rule: RoutingRule = { name: 'billing', when: { categories: ['billing'] }, target: { queue: 'billing' } };
 */
export interface RoutingRule {
  /** Unique within the policy; named in the routing explanation. */
  name: string;
  when: RoutingCondition;
  target: RoutingTarget;
}

/**
 * What happens when no agent is eligible, or the offers ran out: another queue, or the
 * off-hours path (summary kept, email or callback offered with consent).
 *
 * @example
 *   const fallback: RoutingFallback = { kind: 'overflow_queue', queue: 'general' };
 */
export type RoutingFallback = { kind: 'overflow_queue'; queue: string } | { kind: 'off_hours' };

/**
 * A workspace's routing policy: data a support team tunes, validated by `parseRoutingPolicy`.
 *
 * @example
 *   const policy: RoutingPolicy = { ...defaultRoutingPolicy, maxOffers: 3 };
 */
export interface RoutingPolicy {
  /**
   * `offers` (default): Baton offers each handoff to agents (push), one at a time or `simultaneousOffers` at once.
   * `claim`: agents take handoffs from the waiting list themselves (pull); nothing is offered.
   */
  assignment: 'offers' | 'claim';
  /** Tried in order; the first match wins. */
  rules: RoutingRule[];
  /** Where a handoff no rule matches goes. */
  defaultTarget: RoutingTarget;
  fallback: RoutingFallback;
  /** Offers made for one handoff before the fallback applies (default 5). */
  maxOffers: number;
  /** A handoff still unassigned after this long is closed through the fallback (default 3600). */
  handoffTtlSeconds: number;
  /** Priority points a waiting handoff gains per whole minute (default 1); `orderQueue` caps the total. */
  agingPerMinute: number;
  /** Among eligible agents: the one idle longest (default), or the one with the most room. */
  strategy: 'longest_idle' | 'least_busy';
}

/**
 * The defaults: billing and technical handoffs to their teams, gold and platinum customers
 * held for a senior agent (level 4) for a minute, everything else to `general`, and the
 * off-hours path when nobody can take it.
 *
 * @example
 *   defaultRoutingPolicy.maxOffers // 5
 */
export const defaultRoutingPolicy: RoutingPolicy = {
  assignment: 'offers',
  rules: [
    {
      name: 'high-value billing',
      when: { categories: ['billing'], tiers: ['gold', 'platinum'] },
      target: { queue: 'billing', requiredSkills: { billing: 1 }, optionalSkills: { billing: 4 }, relaxOptionalAfterSeconds: 60 },
    },
    {
      name: 'high-value technical',
      when: { categories: ['technical'], tiers: ['gold', 'platinum'] },
      target: { queue: 'technical', requiredSkills: { technical: 1 }, optionalSkills: { technical: 4 }, relaxOptionalAfterSeconds: 60 },
    },
    { name: 'billing', when: { categories: ['billing'] }, target: { queue: 'billing', requiredSkills: { billing: 1 } } },
    { name: 'technical', when: { categories: ['technical'] }, target: { queue: 'technical', requiredSkills: { technical: 1 } } },
  ],
  defaultTarget: { queue: 'general' },
  fallback: { kind: 'off_hours' },
  maxOffers: 5,
  handoffTtlSeconds: 3600,
  agingPerMinute: 1,
  strategy: 'longest_idle',
};
