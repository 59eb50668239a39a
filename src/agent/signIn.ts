import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { hashToken } from '../core/secrets.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import type { Agent } from './types.ts';

/** How long an agent session lasts without signing in again (12 hours: one long shift). */
export const sessionSeconds = 12 * 60 * 60;

/**
 * Check an agent's password and open a session. The session token goes to the caller (for
 * an HttpOnly cookie); only its hash is stored. A wrong workspace, email or password all
 * fail the same way, in about the same time, so the answer does not reveal who has an account.
 *
 * @example
 *   const { agent, sessionToken } = await signIn(deps, { workspace: 'demo', email, password });
 */
export async function signIn(
  deps: Deps,
  input: { workspace: string; email: string; password: string },
): Promise<{ agent: Agent; sessionToken: string; expiresInSeconds: number }> {
  const workspace = await deps.store.workspaces.bySlug(input.workspace);
  const found = workspace ? await deps.store.agents.byEmail(workspace.id, input.email) : undefined;
  const matches = await verifyPassword(input.password, found?.passwordHash ?? decoyPasswordHash);
  if (!workspace || !found || !found.active || !matches) throw new DomainError('invalid_credentials');
  const { passwordHash: _hash, active: _active, ...agent } = found;
  const sessionToken = deps.ids.token();
  await inTransaction(deps, workspace.id, async (tx, emit) => {
    await tx.sessions.create({ tokenHash: hashToken(sessionToken), workspaceId: workspace.id, agentId: agent.id, expiresInSeconds: sessionSeconds });
    await tx.agents.setPresence(workspace.id, agent.id, 'online');
    emit({ type: 'agent.signed_in', agentId: agent.id, payload: {} });
  });
  return { agent: { ...agent, presence: 'online' }, sessionToken, expiresInSeconds: sessionSeconds };
}
