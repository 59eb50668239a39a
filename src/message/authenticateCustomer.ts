import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { hashToken } from '../core/secrets.ts';
import type { Conversation } from './types.ts';

/**
 * The conversation a customer token opens, checked against the id in the path: a token
 * reads and writes its own conversation only. Any mismatch is `not_found`, so a token
 * cannot be used to learn whether another conversation exists.
 *
 * @example
 *   const conversation = await authenticateCustomer(deps, bearerToken, params.id);
 */
export async function authenticateCustomer(deps: Deps, token: string | undefined, conversationId: string): Promise<Conversation> {
  if (!token) throw new DomainError('unauthenticated');
  const conversation = await deps.store.conversations.byTokenHash(hashToken(token));
  if (!conversation) throw new DomainError('unauthenticated');
  if (conversation.id !== conversationId) throw new DomainError('not_found');
  return conversation;
}
