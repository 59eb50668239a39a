import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { parsePolicy, type EscalationPolicy } from './escalationPolicy.ts';

/**
 * A supervisor changes the workspace's escalation policy. The whole policy is validated
 * (`invalid_request` with every problem); only supervisors and admins may change it. The
 * change takes effect at the next customer turn and is recorded as an event.
 *
 * @example
 *   await updateEscalationPolicy(deps, supervisor, { confidenceThreshold: 0.6 });
 */
export async function updateEscalationPolicy(deps: Deps, agent: Agent, input: unknown): Promise<EscalationPolicy> {
  if (agent.role === 'agent') throw new DomainError('forbidden', 'Only supervisors and admins may change the escalation policy.');
  const parsed = parsePolicy(input);
  if (!parsed.ok) throw new DomainError('invalid_request', 'The policy is not valid.', parsed.problems);
  await inTransaction(deps, agent.workspaceId, async (tx, emit) => {
    await tx.workspaces.setEscalationPolicy(agent.workspaceId, parsed.policy);
    emit({ type: 'policy.changed', agentId: agent.id, payload: { policy: parsed.policy } });
  });
  return parsed.policy;
}
