import type { AgentCandidate } from './types.ts';

/**
 * The optional skills an agent has at the preferred level, in the target's order.
 *
 * @example
 *   optionalSkillsMet({ ...ana, skills: { billing: 4, refunds: 1 } }, { billing: 4, refunds: 2 }) // ['billing']
 */
export function optionalSkillsMet(agent: Pick<AgentCandidate, 'skills'>, optional: Record<string, number> = {}): string[] {
  return Object.entries(optional)
    .filter(([skill, level]) => (agent.skills[skill] ?? 0) >= level)
    .map(([skill]) => skill);
}
