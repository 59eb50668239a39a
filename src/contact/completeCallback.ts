import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { ContactRequest } from './types.ts';

/**
 * An agent marks a callback task done, with a note. Compare-and-set from `open`: of two agents
 * closing it at once one wins and the other gets `conflict`.
 *
 * @example
 *   await completeCallback(deps, agent, requestId, 'Called back, refund issued.');
 */
export async function completeCallback(deps: Deps, agent: Agent, requestId: string, note: string): Promise<ContactRequest> {
  const { workspaceId } = agent;
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const [request] = (await tx.contactRequests.list(workspaceId, { status: 'open', limit: 1000 })).filter((r) => r.id === requestId);
    if (!request) {
      const any = (await tx.contactRequests.list(workspaceId, { limit: 1000 })).some((r) => r.id === requestId);
      throw new DomainError(any ? 'conflict' : 'not_found', any ? 'This request is no longer open.' : undefined);
    }
    if (request.kind !== 'callback') throw new DomainError('invalid_transition', 'Only a callback is completed by an agent.');
    const done = await tx.contactRequests.setStatus(workspaceId, requestId, 'open', 'done', note);
    if (!done) throw new DomainError('conflict', 'This request is no longer open.');
    emit({ type: 'contact.done', conversationId: request.conversationId, agentId: agent.id, payload: { requestId } });
    return done;
  });
}
