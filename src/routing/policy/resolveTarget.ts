import type { RoutingTarget } from './routingPolicy.ts';

/**
 * A target with its defaults filled in: what the offer logic reads. `relaxOptionalAfterSeconds`
 * stays absent when not set (optional skills then only rank, never hold a handoff back).
 *
 * @example
 *   const target: ResolvedRoutingTarget = resolveTarget({ queue: 'billing' });
 */
export interface ResolvedRoutingTarget {
  queue: string;
  requiredSkills: Record<string, number>;
  optionalSkills: Record<string, number>;
  priorityBoost: number;
  offerTimeoutSeconds: number;
  relaxOptionalAfterSeconds?: number;
  simultaneousOffers: number;
}

/**
 * The documented defaults of a target's optional fields.
 *
 * @example
 *   targetDefaults.offerTimeoutSeconds // 30
 */
export const targetDefaults = { priorityBoost: 0, offerTimeoutSeconds: 30, simultaneousOffers: 1 } as const;

/**
 * Fill a target's defaults (a copy; the policy is not changed).
 *
 * @example
 *   resolveTarget({ queue: 'billing' })
 *   // { queue: 'billing', requiredSkills: {}, optionalSkills: {}, priorityBoost: 0, offerTimeoutSeconds: 30, simultaneousOffers: 1 }
 */
export function resolveTarget(target: RoutingTarget): ResolvedRoutingTarget {
  const { relaxOptionalAfterSeconds, ...rest } = target;
  return {
    ...targetDefaults,
    ...rest,
    requiredSkills: { ...target.requiredSkills },
    optionalSkills: { ...target.optionalSkills },
    ...(relaxOptionalAfterSeconds === undefined ? {} : { relaxOptionalAfterSeconds }),
  };
}
