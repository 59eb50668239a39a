import type { Deps } from '../core/deps.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { storableBody } from '../message/storableBody.ts';
import type { Message } from '../message/types.ts';
import { lockAssignedConversation } from './lockAssignedConversation.ts';
import type { Agent } from './types.ts';

/**
 * An agent replies in a conversation assigned to them. The author is the signed-in agent,
 * stamped here, never taken from the request.
 *
 * @example
 *   await postAgentMessage(deps, agent, conversationId, { body: 'I can see the double charge.' });
 */
export async function postAgentMessage(
  deps: Deps,
  agent: Agent,
  conversationId: string,
  input: { body: string; clientMessageId?: string },
): Promise<{ message: Message; created: boolean }> {
  const { workspaceId } = agent;
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    await lockAssignedConversation(tx, agent, conversationId);
    const appended = await tx.messages.append(workspaceId, conversationId, {
      id: deps.ids.uuid(),
      authorKind: 'agent',
      authorAgentId: agent.id,
      ...input,
      body: storableBody(input.body),
    });
    if (appended.created) {
      emit({ type: 'message.created', conversationId, payload: { seq: appended.message.seq, authorKind: 'agent' } });
    }
    return appended;
  });
}
