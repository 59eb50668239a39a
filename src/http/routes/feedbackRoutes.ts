import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/deps.ts';
import { submitCsat } from '../../feedback/submitCsat.ts';
import { customerOf } from '../auth.ts';
import { errors, uuid } from '../schemas.ts';

const params = { type: 'object', required: ['conversationId'], additionalProperties: false, properties: { conversationId: uuid } } as const;
const bearer = [{ customerToken: [] }];
const csat = {
  type: 'object',
  properties: { score: { type: 'integer' }, comment: { type: ['string', 'null'] }, createdAt: { type: 'string', format: 'date-time' } },
} as const;

/** The customer's rating after resolution (CSAT): answer once, read it back after a reload. */
export function feedbackRoutes(app: FastifyInstance, deps: Deps): void {
  app.post<{ Params: { conversationId: string }; Body: { score: number; comment?: string } }>('/v1/conversations/:conversationId/csat', {
    schema: {
      tags: ['customer'],
      summary: 'Rate the resolved conversation, 1-5 with an optional comment (once)',
      security: bearer,
      params,
      body: {
        type: 'object',
        required: ['score'],
        additionalProperties: false,
        properties: { score: { type: 'integer', minimum: 1, maximum: 5 }, comment: { type: 'string', maxLength: 2000 } },
      },
      response: { 201: { type: 'object', properties: { csat } }, ...errors(400, 401, 404, 409) },
    },
    handler: async (request, reply) => {
      const conversation = await customerOf(deps, request, request.params.conversationId);
      return reply.code(201).send({ csat: await submitCsat(deps, conversation, request.body) });
    },
  });

  app.get<{ Params: { conversationId: string } }>('/v1/conversations/:conversationId/csat', {
    schema: {
      tags: ['customer'],
      summary: "The customer's rating of this conversation, or null",
      security: bearer,
      params,
      response: { 200: { type: 'object', properties: { csat: { anyOf: [{ type: 'null' }, csat] } } }, ...errors(401, 404) },
    },
    handler: async (request) => {
      const conversation = await customerOf(deps, request, request.params.conversationId);
      return { csat: (await deps.store.csat.get(conversation.workspaceId, conversation.id)) ?? null };
    },
  });
}
