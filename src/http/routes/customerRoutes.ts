import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/deps.ts';
import { postCustomerMessage } from '../../message/postCustomerMessage.ts';
import { endConversation } from '../../message/endConversation.ts';
import { readMessages } from '../../message/readMessages.ts';
import { startConversation, type StartConversationInput } from '../../message/startConversation.ts';
import { customerOf } from '../auth.ts';
import { clientMessageId, errors, messageBody, seqParam, uuid } from '../schemas.ts';

const conversationParams = {
  type: 'object',
  required: ['conversationId'],
  additionalProperties: false,
  properties: { conversationId: uuid },
} as const;
const bearer = [{ customerToken: [] }];

/**
 * The customer's side: start a conversation, send messages, read them. Every route but the
 * first takes the conversation's bearer token, which opens that conversation only.
 */
export function customerRoutes(app: FastifyInstance, deps: Deps): void {
  app.post<{ Body: StartConversationInput }>('/v1/conversations', {
    schema: {
      tags: ['customer'],
      summary: 'Start a conversation (or resume the open one of a verified customer)',
      body: {
        type: 'object',
        required: ['workspace'],
        additionalProperties: false,
        properties: {
          workspace: { type: 'string', minLength: 1, maxLength: 63 },
          channel: { type: 'string', enum: ['chat', 'email', 'voice'], default: 'chat' },
          customer: {
            type: 'object',
            additionalProperties: false,
            properties: {
              externalId: { type: 'string', minLength: 1, maxLength: 200 },
              signature: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'HMAC-SHA256 of externalId with the workspace identity secret.' },
              name: { type: 'string', minLength: 1, maxLength: 200 },
              email: { type: 'string', format: 'email', maxLength: 320 },
            },
          },
        },
      },
      response: {
        201: {
          type: 'object',
          properties: { conversation: { $ref: 'Conversation#' }, customerToken: { type: 'string' }, resumed: { type: 'boolean' } },
        },
        ...errors(400, 401, 404),
      },
    },
    handler: async (request, reply) => reply.code(201).send(await startConversation(deps, request.body)),
  });

  app.get<{ Params: { conversationId: string } }>('/v1/conversations/:conversationId', {
    schema: {
      tags: ['customer'],
      summary: 'Read the conversation',
      security: bearer,
      params: conversationParams,
      response: { 200: { $ref: 'Conversation#' }, ...errors(401, 404) },
    },
    handler: async (request) => customerOf(deps, request, request.params.conversationId),
  });

  app.get<{ Params: { conversationId: string }; Querystring: { after?: string; limit?: string } }>(
    '/v1/conversations/:conversationId/messages',
    {
      schema: {
        tags: ['customer'],
        summary: 'Messages after a sequence number, oldest first',
        security: bearer,
        params: conversationParams,
        querystring: { type: 'object', additionalProperties: false, properties: { after: seqParam, limit: seqParam } },
        response: { 200: { type: 'object', properties: { messages: { type: 'array', items: { $ref: 'Message#' } } } }, ...errors(400, 401, 404) },
      },
      handler: async (request) => {
        const conversation = await customerOf(deps, request, request.params.conversationId);
        const messages = await readMessages(deps, conversation, Number(request.query.after ?? 0), Number(request.query.limit ?? 100));
        return { messages };
      },
    },
  );

  app.post<{ Params: { conversationId: string }; Body: { body: string; clientMessageId?: string } }>(
    '/v1/conversations/:conversationId/messages',
    {
      schema: {
        tags: ['customer'],
        summary: "Send a message; stored before the answer. The assistant's replies come back with it",
        security: bearer,
        params: conversationParams,
        body: { type: 'object', required: ['body'], additionalProperties: false, properties: { body: messageBody, clientMessageId } },
        response: {
          201: {
            type: 'object',
            properties: { message: { $ref: 'Message#' }, created: { type: 'boolean' }, replies: { type: 'array', items: { $ref: 'Message#' } } },
          },
          ...errors(400, 401, 404, 409, 413),
        },
      },
      handler: async (request, reply) => {
        const conversation = await customerOf(deps, request, request.params.conversationId);
        const posted = await postCustomerMessage(deps, conversation, request.body, (error) =>
          request.log.error({ err: error }, 'assistant turn failed; the message is stored and a retry will answer it'),
        );
        return reply.code(201).send(posted);
      },
    },
  );

  app.post<{ Params: { conversationId: string }; Body: Record<string, never> | null }>('/v1/conversations/:conversationId/end', {
    schema: {
      tags: ['customer'],
      summary: 'End the chat (the widget\'s "End chat"): resolved, so the customer can rate it; a handoff still waiting is cancelled',
      security: bearer,
      params: conversationParams,
      body: { type: 'object', additionalProperties: false, properties: {}, nullable: true },
      response: { 200: { type: 'object', properties: { conversation: { $ref: 'Conversation#' } } }, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) => ({ conversation: await endConversation(deps, await customerOf(deps, request, request.params.conversationId)) }),
  });
}
