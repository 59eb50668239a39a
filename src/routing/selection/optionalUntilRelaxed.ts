import { defineFilter } from './defineFilter.ts';
import { optionalSkillsMet } from './optionalSkillsMet.ts';
import { optionalSkillsRelaxed } from './optionalSkillsRelaxed.ts';

/**
 * Until `relaxOptionalAfterSeconds` has passed, keep only agents with every optional skill
 * at its level (a gold customer waits a minute for a senior agent); after it, keep everyone,
 * and optional skills only rank. Without a relaxation time this filter keeps everyone.
 *
 * @example
 *   optionalUntilRelaxed.why(ana, { ...context, target: { optionalSkills: { billing: 4 }, relaxOptionalAfterSeconds: 60 }, waitedSeconds: 20 })
 *   // 'lacks optional skill billing 4 until 60 s (waited 20 s)'
 */
export const optionalUntilRelaxed = defineFilter('optionalUntilRelaxed', (agent, context) => {
  if (optionalSkillsRelaxed(context)) return null;
  const optional = context.target.optionalSkills ?? {};
  const met = new Set(optionalSkillsMet(agent, optional));
  const missing = Object.entries(optional).filter(([skill]) => !met.has(skill));
  if (missing.length === 0) return null;
  const list = missing.map(([skill, level]) => `${skill} ${level}`).join(', ');
  return `lacks optional skill ${list} until ${context.target.relaxOptionalAfterSeconds} s (waited ${context.waitedSeconds} s)`;
});
