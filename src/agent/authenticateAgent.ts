import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { hashToken } from '../core/secrets.ts';
import type { Agent } from './types.ts';

/**
 * The agent behind a session token and when the session ends, or `unauthenticated`
 * (unknown, expired, or the agent was deactivated).
 *
 * @example
 *   const { agent, expiresAt } = await authenticateAgentSession(deps, cookieValue);
 */
export async function authenticateAgentSession(deps: Deps, sessionToken: string | undefined): Promise<{ agent: Agent; expiresAt: Date }> {
  if (!sessionToken) throw new DomainError('unauthenticated');
  const session = await deps.store.sessions.find(hashToken(sessionToken));
  const agent = session && (await deps.store.agents.get(session.workspaceId, session.agentId));
  if (!agent) throw new DomainError('unauthenticated');
  return { agent, expiresAt: session.expiresAt };
}

/**
 * The agent behind a session token, or `unauthenticated`.
 *
 * @example
 *   const agent = await authenticateAgent(deps, cookieValue);
 */
export async function authenticateAgent(deps: Deps, sessionToken: string | undefined): Promise<Agent> {
  return (await authenticateAgentSession(deps, sessionToken)).agent;
}
