import { defineFilter } from './defineFilter.ts';
import { sameLanguage } from './sameLanguage.ts';

/**
 * Keep agents who may serve this handoff at all: every required skill at its level, the
 * conversation's language, and the customer's tier (an agent without a tier list serves all).
 *
 * @example
 *   eligible.why({ ...ana, skills: { billing: 1 } }, { ...context, target: { requiredSkills: { billing: 3 } } })
 *   // 'skill billing 1 < 3'
 */
export const eligible = defineFilter('eligible', (agent, { target, language, tier }) => {
  const required = target.requiredSkills;
  for (const skill in required) {
    const level = required[skill]!;
    const has = agent.skills[skill] ?? 0;
    if (has < level) return has === 0 ? `lacks skill ${skill}` : `skill ${skill} ${has} < ${level}`;
  }
  if (!agent.languages.some((l) => sameLanguage(l, language))) return `does not speak ${language}`;
  if (agent.tiers && !agent.tiers.includes(tier)) return `does not serve tier ${tier}`;
  return null;
});
