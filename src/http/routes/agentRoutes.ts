import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Agent } from '../../agent/types.ts';
import { handBackConversation, resolveConversation } from '../../agent/closeAssignedConversation.ts';
import { postAgentMessage } from '../../agent/postAgentMessage.ts';
import { signIn } from '../../agent/signIn.ts';
import { signOut } from '../../agent/signOut.ts';
import type { Deps } from '../../core/deps.ts';
import { listMyConversations } from '../../agent/listMyConversations.ts';
import { readMessages } from '../../message/readMessages.ts';
import { readWorkspaceConversation } from '../../message/readWorkspaceConversation.ts';
import { updateEscalationPolicy } from '../../policy/updateEscalationPolicy.ts';
import type { WorkspaceIntent } from '../../assistant/intentCatalog.ts';
import { replaceIntents } from '../../assistant/replaceIntents.ts';
import { claimHandoff } from '../../routing/claimHandoff.ts';
import { listWaitingHandoffs } from '../../routing/listWaitingHandoffs.ts';
import { agentOf, clearSessionCookie, sessionCookie, setSessionCookie } from '../auth.ts';
import { clientMessageId, errors, escalationPolicyView, messageBody, seqParam, uuid } from '../schemas.ts';

const cookie = [{ agentSession: [] }];
const idParams = (name: string) =>
  ({ type: 'object', required: [name], additionalProperties: false, properties: { [name]: uuid } }) as const;
const emptyBody = { type: 'object', additionalProperties: false, properties: {} } as const;
const conversationView = {
  type: 'object',
  properties: { conversation: { $ref: 'Conversation#' }, handoff: { anyOf: [{ $ref: 'Handoff#' }, { type: 'null' }] } },
} as const;

type ById = { Params: { conversationId: string } };

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in agent, set before validation on every agent route but sign-in. */
    agent?: Agent;
  }
}

/** The agent set by the hook (every route here but sign-in has one). */
const me = (request: FastifyRequest): Agent => request.agent!;

/**
 * The agent's side: sign in, see waiting handoffs, take one, reply, resolve or hand back.
 * Register in its own scope: the session check runs first (`onRequest`), so a caller
 * without a session learns nothing about the route's schema or ids.
 */
export function agentRoutes(app: FastifyInstance, deps: Deps, options: { secureCookies: boolean }): void {
  app.decorateRequest('agent', undefined);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url === '/v1/agent/session' && request.method === 'POST') return;
    request.agent = await agentOf(deps, request);
  });

  app.post<{ Body: { workspace: string; email: string; password: string } }>('/v1/agent/session', {
    schema: {
      tags: ['agent'],
      summary: 'Sign in; sets an HttpOnly session cookie',
      body: {
        type: 'object',
        required: ['workspace', 'email', 'password'],
        additionalProperties: false,
        properties: {
          workspace: { type: 'string', minLength: 1, maxLength: 63 },
          email: { type: 'string', minLength: 3, maxLength: 320 },
          password: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
      response: { 200: { type: 'object', properties: { agent: { $ref: 'Agent#' } } }, ...errors(400, 401) },
    },
    handler: async (request, reply) => {
      const { agent, sessionToken, expiresInSeconds } = await signIn(deps, request.body);
      setSessionCookie(reply, sessionToken, expiresInSeconds, options.secureCookies);
      return { agent };
    },
  });

  app.delete('/v1/agent/session', {
    schema: { tags: ['agent'], summary: 'Sign out', security: cookie, response: { 204: { type: 'null' }, ...errors(401) } },
    handler: async (request, reply) => {
      await signOut(deps, me(request), request.cookies[sessionCookie] ?? '');
      clearSessionCookie(reply, options.secureCookies);
      return reply.code(204).send();
    },
  });

  app.get('/v1/agent/me', {
    schema: { tags: ['agent'], summary: 'The signed-in agent', security: cookie, response: { 200: { type: 'object', properties: { agent: { $ref: 'Agent#' } } }, ...errors(401) } },
    handler: async (request) => ({ agent: me(request) }),
  });

  app.get('/v1/agent/policy', {
    schema: { tags: ['agent'], summary: "The workspace's escalation policy, defaults filled in", security: cookie, response: { 200: { type: 'object', properties: { policy: escalationPolicyView } }, ...errors(401) } },
    handler: async (request) => ({ policy: await deps.store.workspaces.escalationPolicy(me(request).workspaceId) }),
  });

  app.put<{ Body: unknown }>('/v1/agent/policy', {
    schema: {
      tags: ['agent'],
      summary: 'Replace the escalation policy (supervisors and admins); omitted fields take their defaults',
      security: cookie,
      body: { type: 'object', description: 'See docs/POLICY.md; validated in full, every problem listed.' },
      response: { 200: { type: 'object', properties: { policy: escalationPolicyView } }, ...errors(400, 401, 403) },
    },
    handler: async (request) => ({ policy: await updateEscalationPolicy(deps, me(request), request.body) }),
  });

  const intentSchema = {
    type: 'object',
    required: ['name', 'articleSlug', 'examples'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', pattern: '^[a-z][a-z0-9_]{0,62}$' },
      articleSlug: { type: ['string', 'null'], maxLength: 200 },
      examples: { type: 'array', minItems: 1, maxItems: 500, items: { type: 'string', minLength: 1, maxLength: 500 } },
    },
  } as const;
  const intentsBody = { type: 'object', properties: { intents: { type: 'array', items: intentSchema } } } as const;

  app.get('/v1/agent/intents', {
    schema: { tags: ['agent'], summary: "The workspace's intents: examples the assistant's classifier learns from", security: cookie, response: { 200: intentsBody, ...errors(401) } },
    handler: async (request) => ({ intents: await deps.store.intents.list(me(request).workspaceId) }),
  });

  app.put<{ Body: { intents: WorkspaceIntent[] } }>('/v1/agent/intents', {
    schema: {
      tags: ['agent'],
      summary: 'Replace the intents (supervisors and admins); the classifier retrains on the next turn',
      security: cookie,
      body: { type: 'object', required: ['intents'], additionalProperties: false, properties: { intents: { type: 'array', maxItems: 300, items: intentSchema } } },
      response: { 200: intentsBody, ...errors(400, 401, 403) },
    },
    handler: async (request) => ({ intents: await replaceIntents(deps, me(request), request.body.intents) }),
  });

  app.get('/v1/agent/handoffs', {
    schema: {
      tags: ['agent'],
      summary: 'Handoffs waiting for an agent, highest priority first',
      security: cookie,
      response: { 200: { type: 'object', properties: { handoffs: { type: 'array', items: { $ref: 'Handoff#' } } } }, ...errors(401) },
    },
    handler: async (request) => ({ handoffs: await listWaitingHandoffs(deps, me(request).workspaceId) }),
  });

  app.post<{ Params: { handoffId: string }; Body: Record<string, never> }>('/v1/agent/handoffs/:handoffId/claim', {
    schema: {
      tags: ['agent'],
      summary: 'Take a waiting handoff; the conversation is then yours',
      security: cookie,
      params: idParams('handoffId'),
      body: { ...emptyBody, nullable: true },
      response: { 200: conversationView, ...errors(401, 404, 409) },
    },
    handler: async (request) => claimHandoff(deps, me(request), request.params.handoffId),
  });

  app.get('/v1/agent/conversations', {
    schema: {
      tags: ['agent'],
      summary: 'Conversations assigned to me',
      security: cookie,
      response: { 200: { type: 'object', properties: { conversations: { type: 'array', items: { $ref: 'Conversation#' } } } }, ...errors(401) },
    },
    handler: async (request) => {
      return { conversations: await listMyConversations(deps, me(request)) };
    },
  });

  app.get<ById>('/v1/agent/conversations/:conversationId', {
    schema: { tags: ['agent'], summary: 'A conversation of my workspace with its active handoff', security: cookie, params: idParams('conversationId'), response: { 200: conversationView, ...errors(401, 404) } },
    handler: async (request) => readWorkspaceConversation(deps, me(request).workspaceId, request.params.conversationId),
  });

  app.get<ById & { Querystring: { after?: string; limit?: string } }>('/v1/agent/conversations/:conversationId/messages', {
    schema: {
      tags: ['agent'],
      summary: 'Messages after a sequence number, oldest first',
      security: cookie,
      params: idParams('conversationId'),
      querystring: { type: 'object', additionalProperties: false, properties: { after: seqParam, limit: seqParam } },
      response: { 200: { type: 'object', properties: { messages: { type: 'array', items: { $ref: 'Message#' } } } }, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const agent = me(request);
      const { conversation } = await readWorkspaceConversation(deps, agent.workspaceId, request.params.conversationId);
      return { messages: await readMessages(deps, conversation, Number(request.query.after ?? 0), Number(request.query.limit ?? 100)) };
    },
  });

  app.post<ById & { Body: { body: string; clientMessageId?: string } }>('/v1/agent/conversations/:conversationId/messages', {
    schema: {
      tags: ['agent'],
      summary: 'Reply in a conversation assigned to me',
      security: cookie,
      params: idParams('conversationId'),
      body: { type: 'object', required: ['body'], additionalProperties: false, properties: { body: messageBody, clientMessageId } },
      response: { 201: { type: 'object', properties: { message: { $ref: 'Message#' }, created: { type: 'boolean' } } }, ...errors(400, 401, 404, 409, 413) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await postAgentMessage(deps, me(request), request.params.conversationId, request.body)),
  });

  app.post<ById & { Body: { disposition: string } }>('/v1/agent/conversations/:conversationId/resolve', {
    schema: {
      tags: ['agent'],
      summary: 'Resolve a conversation assigned to me, with a disposition',
      security: cookie,
      params: idParams('conversationId'),
      body: {
        type: 'object',
        required: ['disposition'],
        additionalProperties: false,
        properties: { disposition: { type: 'string', pattern: '^[a-z][a-z0-9_]{1,49}$', description: 'e.g. answered, refunded, escalated_elsewhere' } },
      },
      response: { 200: { type: 'object', properties: { conversation: { $ref: 'Conversation#' } } }, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) => ({
      conversation: await resolveConversation(deps, me(request), request.params.conversationId, request.body.disposition),
    }),
  });

  app.post<ById>('/v1/agent/conversations/:conversationId/hand-back', {
    schema: {
      tags: ['agent'],
      summary: 'Give a conversation assigned to me back to the assistant',
      security: cookie,
      params: idParams('conversationId'),
      body: { ...emptyBody, nullable: true },
      response: { 200: { type: 'object', properties: { conversation: { $ref: 'Conversation#' } } }, ...errors(401, 404, 409) },
    },
    handler: async (request) => ({ conversation: await handBackConversation(deps, me(request), request.params.conversationId) }),
  });
}
