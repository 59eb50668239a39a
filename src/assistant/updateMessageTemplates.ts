import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { parseMessageTemplates, type MessageTemplates } from './messageTemplates.ts';

/**
 * A supervisor replaces the workspace's own wording of the warm handoff message, per
 * language, validated (`invalid_templates` listing every problem). Takes effect at the next
 * handoff; recorded as an event.
 *
 * @example
 *   await updateMessageTemplates(deps, supervisor, { warm: { en: 'Our {team} team takes it from here. {wait}' } });
 */
export async function updateMessageTemplates(deps: Deps, agent: Agent, input: unknown): Promise<MessageTemplates> {
  if (agent.role === 'agent') throw new DomainError('forbidden', 'Only supervisors and admins may change the message templates.');
  const templates = parseMessageTemplates(input);
  await inTransaction(deps, agent.workspaceId, async (tx, emit) => {
    await tx.workspaces.setMessageTemplates(agent.workspaceId, templates);
    emit({ type: 'templates.changed', agentId: agent.id, payload: { templates } });
  });
  return templates;
}
