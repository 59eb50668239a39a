import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticateAgent } from '../agent/authenticateAgent.ts';
import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { authenticateCustomer } from '../message/authenticateCustomer.ts';
import type { Conversation } from '../message/types.ts';

/** The agent session cookie's name. */
export const sessionCookie = 'baton_session';

/** The bearer token of a request (`Authorization: Bearer …`), if any. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** The conversation a customer's bearer token opens; it must be the one in the path. */
export function customerOf(deps: Deps, request: FastifyRequest, conversationId: string): Promise<Conversation> {
  return authenticateCustomer(deps, bearerToken(request), conversationId);
}

/** The signed-in agent, from the HttpOnly session cookie. A customer token is never accepted here. */
export function agentOf(deps: Deps, request: FastifyRequest): Promise<Agent> {
  return authenticateAgent(deps, request.cookies[sessionCookie]);
}

/** Set the session cookie: HttpOnly, SameSite=Strict, Secure when configured. */
export function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number, secure: boolean): void {
  reply.setCookie(sessionCookie, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: maxAgeSeconds });
}

/** Remove the session cookie. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(sessionCookie, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
