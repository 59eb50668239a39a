import type { SelectionContext } from './types.ts';

/**
 * Whether a handoff's optional skills no longer hold it back: no relaxation time set (they
 * only ever rank), or the handoff has waited at least that long.
 *
 * @example
 *   optionalSkillsRelaxed({ ...context, target: { relaxOptionalAfterSeconds: 60 }, waitedSeconds: 60 }) // true
 */
export function optionalSkillsRelaxed({ target, waitedSeconds }: Pick<SelectionContext, 'target' | 'waitedSeconds'>): boolean {
  return target.relaxOptionalAfterSeconds === undefined || waitedSeconds >= target.relaxOptionalAfterSeconds;
}
