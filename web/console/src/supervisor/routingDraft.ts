import type { RoutingPolicy, RoutingTarget } from './types.ts';

/** The routing fields the small form edits. */
export type RoutingField = 'offerTimeoutSeconds' | 'maxOffers';

/** The form's state, numbers as typed. */
export interface RoutingDraft {
  offerTimeoutSeconds: string;
  maxOffers: string;
}

/** The server's defaults and ranges (`targetDefaults`, `routingPolicySchema`). */
export const routingLimits = {
  offerTimeoutSeconds: { min: 5, max: 600, fallback: 30 },
  maxOffers: { min: 1, max: 100 },
} as const;

/** Each target of a policy with the name a supervisor knows it by. */
function targetsOf(policy: RoutingPolicy): { name: string; target: RoutingTarget }[] {
  return [...policy.rules.map((rule) => ({ name: rule.name, target: rule.target })), { name: 'default', target: policy.defaultTarget }];
}

/** A target's offer timeout, its default filled in. */
const timeoutOf = (target: RoutingTarget) => target.offerTimeoutSeconds ?? routingLimits.offerTimeoutSeconds.fallback;

/**
 * The form's starting state: the default target's offer timeout and the policy's offer limit.
 *
 * @example
 *   routingDraftOf(defaultRoutingPolicy) // { offerTimeoutSeconds: '30', maxOffers: '5' }
 */
export function routingDraftOf(policy: RoutingPolicy): RoutingDraft {
  return { offerTimeoutSeconds: String(timeoutOf(policy.defaultTarget)), maxOffers: String(policy.maxOffers) };
}

/**
 * The rules whose offer timeout differs from the default target's: saving the form gives every
 * queue the one timeout, so the form says which it changes.
 *
 * @example
 *   differingTimeouts(policy) // [{ name: 'vip', seconds: 60 }]
 */
export function differingTimeouts(policy: RoutingPolicy): { name: string; seconds: number }[] {
  const common = timeoutOf(policy.defaultTarget);
  return targetsOf(policy)
    .filter(({ target }) => timeoutOf(target) !== common)
    .map(({ name, target }) => ({ name, seconds: timeoutOf(target) }));
}

/** A whole number typed within a range, or null. */
function wholeIn(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * The whole policy to send: the stored one with the offer timeout set on every target and the
 * new offer limit, checked as `parseRoutingPolicy` checks them (ranges; no target offering to
 * more agents at once than `maxOffers`).
 *
 * @example
 *   routingPolicyOf({ offerTimeoutSeconds: '45', maxOffers: '3' }, stored) // { ok: true, policy: { ...stored, maxOffers: 3, … } }
 */
export function routingPolicyOf(draft: RoutingDraft, stored: RoutingPolicy): { ok: true; policy: RoutingPolicy } | { ok: false; problems: Partial<Record<RoutingField, string>> } {
  const { offerTimeoutSeconds: t, maxOffers: m } = routingLimits;
  const problems: Partial<Record<RoutingField, string>> = {};
  const timeout = wholeIn(draft.offerTimeoutSeconds, t.min, t.max);
  const maxOffers = wholeIn(draft.maxOffers, m.min, m.max);
  if (timeout === null) problems.offerTimeoutSeconds = `Enter whole seconds from ${t.min} to ${t.max}.`;
  if (maxOffers === null) problems.maxOffers = `Enter a whole number from ${m.min} to ${m.max}.`;
  const widest = Math.max(...targetsOf(stored).map(({ target }) => target.simultaneousOffers ?? 1));
  if (maxOffers !== null && maxOffers < widest) problems.maxOffers = `At least ${widest}: a queue offers each handoff to ${widest} agents at once.`;
  if (timeout === null || maxOffers === null || problems.maxOffers) return { ok: false, problems };
  const withTimeout = (target: RoutingTarget): RoutingTarget => ({ ...target, offerTimeoutSeconds: timeout });
  return {
    ok: true,
    policy: { ...stored, maxOffers, defaultTarget: withTimeout(stored.defaultTarget), rules: stored.rules.map((rule) => ({ ...rule, target: withTimeout(rule.target) })) },
  };
}

/**
 * The field a server problem is about (`/rules/0/target/offerTimeoutSeconds …`), or null.
 *
 * @example
 *   routingFieldOf('/maxOffers must be <= 100') // 'maxOffers'
 */
export function routingFieldOf(problem: string): RoutingField | null {
  if (/\/offerTimeoutSeconds\b/.test(problem)) return 'offerTimeoutSeconds';
  if (/^\/maxOffers\b|\/simultaneousOffers must be <= maxOffers/.test(problem)) return 'maxOffers';
  return null;
}
