import type { FastifyInstance, FastifyRequest } from 'fastify';
import { setPresence } from '../../agent/setPresence.ts';
import type { Agent } from '../../agent/types.ts';
import type { Deps } from '../../core/deps.ts';
import { acceptOffer } from '../../routing/acceptOffer.ts';
import { declineOffer } from '../../routing/declineOffer.ts';
import { errors, uuid } from '../schemas.ts';

const cookie = [{ agentSession: [] }];
const me = (request: FastifyRequest): Agent => request.agent!;
const offerParams = { type: 'object', required: ['offerId'], additionalProperties: false, properties: { offerId: uuid } } as const;
const offerSchema = {
  type: 'object',
  properties: { id: uuid, handoffId: uuid, conversationId: uuid, agentId: uuid, status: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' }, expiresAt: { type: 'string', format: 'date-time' } },
} as const;

/**
 * Offers, the agent's side: the offers waiting on me, accept, decline; and my presence
 * (online to receive offers, away to stop). Registered in the agent scope.
 */
export function offerRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/v1/agent/offers', {
    schema: { tags: ['agent'], summary: 'Offers waiting for my answer', security: cookie, response: { 200: { type: 'object', properties: { offers: { type: 'array', items: offerSchema } } }, ...errors(401) } },
    handler: async (request) => {
      const { workspaceId, id } = me(request);
      const offers = await deps.store.offers.pendingFor(workspaceId, id);
      // The console opens the conversation an offer is for, as the `offer` frame tells it.
      const handoffs = await Promise.all(offers.map((o) => deps.store.handoffs.get(workspaceId, o.handoffId)));
      return { offers: offers.map((o, i) => ({ ...o, conversationId: handoffs[i]?.conversationId })) };
    },
  });

  app.post<{ Params: { offerId: string } }>('/v1/agent/offers/:offerId/accept', {
    schema: {
      tags: ['agent'],
      summary: 'Accept an offer: the conversation is then mine',
      security: cookie,
      params: offerParams,
      body: { type: 'object', additionalProperties: false, properties: {}, nullable: true },
      response: { 200: { type: 'object', properties: { conversation: { $ref: 'Conversation#' }, handoff: { $ref: 'Handoff#' } } }, ...errors(401, 404, 409) },
    },
    handler: async (request) => acceptOffer(deps, me(request), request.params.offerId),
  });

  app.post<{ Params: { offerId: string }; Body: { reason?: string } | null }>('/v1/agent/offers/:offerId/decline', {
    schema: {
      tags: ['agent'],
      summary: 'Decline an offer; it goes to the next agent and is not offered to me again',
      security: cookie,
      params: offerParams,
      body: { type: 'object', additionalProperties: false, properties: { reason: { type: 'string', minLength: 1, maxLength: 200 } }, nullable: true },
      response: { 204: { type: 'null' }, ...errors(400, 401, 404, 409) },
    },
    handler: async (request, reply) => {
      await declineOffer(deps, me(request), request.params.offerId, request.body?.reason);
      return reply.code(204).send();
    },
  });

  app.put<{ Body: { presence: 'online' | 'away' } }>('/v1/agent/presence', {
    schema: {
      tags: ['agent'],
      summary: 'Set my presence: online receives offers, away does not',
      security: cookie,
      body: { type: 'object', required: ['presence'], additionalProperties: false, properties: { presence: { type: 'string', enum: ['online', 'away'] } } },
      response: { 200: { type: 'object', properties: { presence: { type: 'string' } } }, ...errors(400, 401) },
    },
    handler: async (request) => ({ presence: await setPresence(deps, me(request), request.body.presence) }),
  });
}
