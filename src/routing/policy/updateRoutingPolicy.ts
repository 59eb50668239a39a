import type { Agent } from '../../agent/types.ts';
import type { Deps } from '../../core/deps.ts';
import { DomainError } from '../../core/errors.ts';
import { inTransaction } from '../../core/inTransaction.ts';
import { parseRoutingPolicy } from './parseRoutingPolicy.ts';
import type { RoutingPolicy } from './routingPolicy.ts';

/**
 * A supervisor replaces the workspace's routing policy. Only supervisors and admins may
 * change it (`forbidden`). The whole policy is validated by `parseRoutingPolicy`
 * (`invalid_request` with every problem, nothing stored). Omitted top-level fields take their
 * defaults. The policy is stored with its defaults filled in and recorded as a
 * `routing_policy.changed` event in the same transaction. It takes effect on the next
 * routing pass, which reads the policy each time.
 *
 * @example
 *   await updateRoutingPolicy(deps, supervisor, { assignment: 'claim' }); // { ...defaultRoutingPolicy, assignment: 'claim' }
 */
export async function updateRoutingPolicy(deps: Deps, agent: Agent, input: unknown): Promise<RoutingPolicy> {
  if (agent.role === 'agent') throw new DomainError('forbidden', 'Only supervisors and admins may change the routing policy.');
  const parsed = parseRoutingPolicy(input);
  if (!parsed.ok) throw new DomainError('invalid_request', 'The routing policy is not valid.', parsed.problems);
  await inTransaction(deps, agent.workspaceId, async (tx, emit) => {
    await tx.routing.setPolicy(agent.workspaceId, parsed.policy);
    emit({ type: 'routing_policy.changed', agentId: agent.id, payload: { policy: parsed.policy } });
  });
  return parsed.policy;
}
