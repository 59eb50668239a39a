import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { BusinessHours } from '../schedule/businessHours.ts';
import { parseBusinessHours } from '../schedule/parseBusinessHours.ts';

/**
 * A supervisor sets a team's business hours (time zone, weekly openings, holidays), or
 * `null` for always open. Validated with every problem listed (`invalid_business_hours`);
 * a team of another workspace is `not_found`. The next handoff to the team reads them.
 *
 * @example
 *   await setTeamHours(deps, supervisor, teamId, { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] } });
 */
export async function setTeamHours(deps: Deps, agent: Agent, teamId: string, input: unknown): Promise<BusinessHours | null> {
  if (agent.role === 'agent') throw new DomainError('forbidden', 'Only supervisors and admins may change business hours.');
  let hours: BusinessHours | null = null;
  if (input !== null) {
    const parsed = parseBusinessHours(input);
    if (!parsed.ok) throw new DomainError('invalid_business_hours', parsed.problems.join('; '), parsed.problems);
    hours = parsed.hours;
  }
  await inTransaction(deps, agent.workspaceId, async (tx, emit) => {
    if (!(await tx.teams.setBusinessHours(agent.workspaceId, teamId, hours))) throw new DomainError('not_found');
    emit({ type: 'team.hours_changed', agentId: agent.id, payload: { teamId, hours } });
  });
  return hours;
}
