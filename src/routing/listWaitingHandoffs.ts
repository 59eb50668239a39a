import type { Deps } from '../core/deps.ts';
import type { Handoff } from './types.ts';

/**
 * The handoffs of a workspace waiting for an agent, highest priority first, then oldest.
 *
 * @example
 *   const waiting = await listWaitingHandoffs(deps, agent.workspaceId);
 */
export function listWaitingHandoffs(deps: Deps, workspaceId: string, limit = 100): Promise<Handoff[]> {
  return deps.store.handoffs.waiting(workspaceId, limit);
}
