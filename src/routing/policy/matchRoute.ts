import { sameLanguage } from '../selection/sameLanguage.ts';
import type { RoutingCondition, RoutingPolicy } from './routingPolicy.ts';
import { resolveTarget, type ResolvedRoutingTarget } from './resolveTarget.ts';

/**
 * What a rule can look at, taken from the handoff's decision and the customer.
 *
 * @example
 *   const facts: RoutableHandoff = { category: 'billing', tier: 'gold', language: 'en', triggers: ['topic'], priority: 58 };
 */
export interface RoutableHandoff {
  /** The issue category (`billing`, `technical`), or null when unknown. */
  category: string | null;
  tier: string;
  language: string;
  /** The trigger types that fired. */
  triggers: readonly string[];
  priority: number;
}

/**
 * The chosen target and the rule that chose it (`null`: the default target).
 *
 * @example
 *   const { rule, target } = matchRoute(policy, facts); // rule: 'billing', target.offerTimeoutSeconds: 30
 */
export interface RouteMatch {
  rule: string | null;
  target: ResolvedRoutingTarget;
}

/** Whether every condition of `when` holds; a list holds when the handoff has any of its values. */
function matches(when: RoutingCondition, handoff: RoutableHandoff): boolean {
  if (when.categories && (handoff.category === null || !when.categories.includes(handoff.category))) return false;
  if (when.tiers && !when.tiers.includes(handoff.tier)) return false;
  if (when.languages && !when.languages.some((l) => sameLanguage(l, handoff.language))) return false;
  if (when.triggers && !when.triggers.some((t) => handoff.triggers.includes(t))) return false;
  if (when.minPriority !== undefined && handoff.priority < when.minPriority) return false;
  if (when.maxPriority !== undefined && handoff.priority > when.maxPriority) return false;
  return true;
}

/**
 * Where a handoff goes: the target of the first rule whose conditions all hold, else the
 * policy's default target, with the target's defaults filled in. Pure.
 *
 * @example
 *   matchRoute(defaultRoutingPolicy, { category: 'billing', tier: 'gold', language: 'en', triggers: ['topic'], priority: 58 })
 *   // { rule: 'high-value billing', target: { queue: 'billing', requiredSkills: { billing: 1 }, optionalSkills: { billing: 4 }, relaxOptionalAfterSeconds: 60, … } }
 */
export function matchRoute(policy: Pick<RoutingPolicy, 'rules' | 'defaultTarget'>, handoff: RoutableHandoff): RouteMatch {
  const rule = policy.rules.find((r) => matches(r.when, handoff));
  return rule ? { rule: rule.name, target: resolveTarget(rule.target) } : { rule: null, target: resolveTarget(policy.defaultTarget) };
}
