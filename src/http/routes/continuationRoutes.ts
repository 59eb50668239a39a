import type { FastifyInstance } from 'fastify';
import { showWaitingState } from '../../contact/readWaitingState.ts';
import { requestContinuation, type ContinuationInput } from '../../contact/requestContinuation.ts';
import type { Deps } from '../../core/deps.ts';
import { customerOf } from '../auth.ts';
import { errors, uuid } from '../schemas.ts';

const params = { type: 'object', required: ['conversationId'], additionalProperties: false, properties: { conversationId: uuid } } as const;
const bearer = [{ customerToken: [] }];
const contactRequest = {
  type: 'object',
  properties: {
    id: uuid,
    kind: { type: 'string', enum: ['email', 'callback'] },
    status: { type: 'string', enum: ['open', 'sent', 'failed', 'done'] },
    preferredTime: { type: ['string', 'null'] },
    consentedAt: { type: 'string', format: 'date-time' },
  },
} as const;

/**
 * The waiting customer's side: what they were told (warm, off-hours or no agent, with the
 * quote and the ways to continue), and their explicit choice to continue by email or by a
 * callback. The contact details are not echoed back.
 */
export function continuationRoutes(app: FastifyInstance, deps: Deps): void {
  app.get<{ Params: { conversationId: string } }>('/v1/conversations/:conversationId/waiting', {
    schema: {
      tags: ['customer'],
      summary: 'While a person is on the way: the message path, wait quote and ways to continue (null otherwise)',
      security: bearer,
      params,
      response: {
        200: {
          type: 'object',
          properties: {
            waiting: {
              anyOf: [
                { type: 'null' },
                {
                  type: 'object',
                  properties: {
                    path: { type: 'string', enum: ['warm', 'off_hours', 'no_agent'] },
                    team: { type: ['string', 'null'] },
                    quotedWaitSeconds: { type: ['integer', 'null'] },
                    choices: { type: 'array', items: { type: 'string', enum: ['email', 'callback'] } },
                    requested: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, status: { type: 'string' } } } },
                    position: { type: ['integer', 'null'], description: 'Place in the queue; 1 is next.' },
                    estimateSeconds: { type: ['integer', 'null'], description: 'A fresh wait estimate (warm path only).' },
                  },
                },
              ],
            },
          },
        },
        ...errors(401, 404),
      },
    },
    handler: async (request) => ({ waiting: await showWaitingState(deps, await customerOf(deps, request, request.params.conversationId)) }),
  });

  app.post<{ Params: { conversationId: string }; Body: ContinuationInput }>('/v1/conversations/:conversationId/continuation', {
    schema: {
      tags: ['customer'],
      summary: 'Continue by email or ask for a callback; only with consent: true',
      security: bearer,
      params,
      body: {
        oneOf: [
          {
            type: 'object',
            required: ['kind', 'consent'],
            additionalProperties: false,
            properties: { kind: { const: 'email' }, consent: { type: 'boolean' }, email: { type: 'string', format: 'email', maxLength: 254 } },
          },
          {
            type: 'object',
            required: ['kind', 'consent', 'phone'],
            additionalProperties: false,
            properties: {
              kind: { const: 'callback' },
              consent: { type: 'boolean' },
              phone: { type: 'string', pattern: '^\\+?[0-9][0-9 ().-]{5,24}$' },
              preferredTime: { type: 'string', minLength: 1, maxLength: 100 },
            },
          },
        ],
      },
      response: { 201: { type: 'object', properties: { request: contactRequest } }, ...errors(400, 401, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      const conversation = await customerOf(deps, request, request.params.conversationId);
      return reply.code(201).send({ request: await requestContinuation(deps, conversation, request.body) });
    },
  });
}
