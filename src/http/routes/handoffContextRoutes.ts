import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Agent } from '../../agent/types.ts';
import { updateMessageTemplates } from '../../assistant/updateMessageTemplates.ts';
import { completeCallback } from '../../contact/completeCallback.ts';
import type { ContactRequest } from '../../contact/types.ts';
import type { Deps } from '../../core/deps.ts';
import { buildHandoffPacket } from '../../packet/buildHandoffPacket.ts';
import { setTeamHours } from '../../routing/setTeamHours.ts';
import { errors, uuid } from '../schemas.ts';

const cookie = [{ agentSession: [] }];
const me = (request: FastifyRequest): Agent => request.agent!;
const idParams = (name: string) => ({ type: 'object', required: [name], additionalProperties: false, properties: { [name]: uuid } }) as const;
const templatesSchema = {
  type: 'object',
  properties: { warm: { type: 'object', additionalProperties: { type: 'string' } } },
} as const;
const contactRequest = {
  type: 'object',
  properties: {
    id: uuid,
    conversationId: uuid,
    kind: { type: 'string', enum: ['email', 'callback'] },
    email: { type: ['string', 'null'] },
    phone: { type: ['string', 'null'] },
    preferredTime: { type: ['string', 'null'] },
    consentedAt: { type: 'string', format: 'date-time' },
    status: { type: 'string', enum: ['open', 'sent', 'failed', 'done'] },
    detail: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

/**
 * What agents and supervisors read and tune around a handoff: its packet and summary, the
 * warm-message templates, the teams' business hours, and callback tasks. Registered in the
 * agent scope, behind the session check.
 */
export function handoffContextRoutes(app: FastifyInstance, deps: Deps): void {
  app.get<{ Params: { handoffId: string } }>('/v1/agent/handoffs/:handoffId/packet', {
    schema: {
      tags: ['agent'],
      summary: 'The handoff packet (versioned) and its agent summary (at most 70 words)',
      security: cookie,
      params: idParams('handoffId'),
      response: { 200: { type: 'object', properties: { packet: { $ref: 'HandoffPacket#' }, summary: { type: 'string' } } }, ...errors(401, 404) },
    },
    handler: async (request) => buildHandoffPacket(deps, me(request).workspaceId, request.params.handoffId),
  });

  app.get('/v1/agent/templates', {
    schema: { tags: ['agent'], summary: "The workspace's own warm-message texts by language (Baton's fill the rest)", security: cookie, response: { 200: { type: 'object', properties: { templates: templatesSchema } }, ...errors(401) } },
    handler: async (request) => ({ templates: (await deps.store.workspaces.settings(me(request).workspaceId)).messageTemplates }),
  });

  app.put<{ Body: unknown }>('/v1/agent/templates', {
    schema: {
      tags: ['agent'],
      summary: 'Replace the warm-message templates (supervisors and admins); variables {team}, {wait}, {minutes}',
      security: cookie,
      body: { type: 'object', description: '{ "warm": { "en": "…{team}…{wait}" } }; validated in full, every problem listed.' },
      response: { 200: { type: 'object', properties: { templates: templatesSchema } }, ...errors(400, 401, 403) },
    },
    handler: async (request) => ({ templates: await updateMessageTemplates(deps, me(request), request.body) }),
  });

  app.get('/v1/agent/teams', {
    schema: {
      tags: ['agent'],
      summary: 'Teams with their category and business hours (null: always open)',
      security: cookie,
      response: {
        200: { type: 'object', properties: { teams: { type: 'array', items: { type: 'object', properties: { id: uuid, name: { type: 'string' }, category: { type: 'string' }, businessHours: {} } } } } },
        ...errors(401),
      },
    },
    handler: async (request) => ({ teams: await deps.store.teams.list(me(request).workspaceId) }),
  });

  app.put<{ Params: { teamId: string }; Body: { businessHours: unknown } }>('/v1/agent/teams/:teamId/hours', {
    schema: {
      tags: ['agent'],
      summary: "Set a team's business hours (supervisors and admins)",
      security: cookie,
      params: idParams('teamId'),
      body: { type: 'object', required: ['businessHours'], additionalProperties: false, properties: { businessHours: { description: '{ timeZone, weekly, holidays } or null' } } },
      response: { 200: { type: 'object', properties: { businessHours: {} } }, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => ({ businessHours: await setTeamHours(deps, me(request), request.params.teamId, request.body.businessHours) }),
  });

  app.get<{ Querystring: { status?: ContactRequest['status'] } }>('/v1/agent/contact-requests', {
    schema: {
      tags: ['agent'],
      summary: 'Customers who chose email or a callback; open callbacks are tasks for agents',
      security: cookie,
      querystring: { type: 'object', additionalProperties: false, properties: { status: { type: 'string', enum: ['open', 'sent', 'failed', 'done'] } } },
      response: { 200: { type: 'object', properties: { requests: { type: 'array', items: contactRequest } } }, ...errors(400, 401) },
    },
    handler: async (request) => ({ requests: await deps.store.contactRequests.list(me(request).workspaceId, { status: request.query.status }) }),
  });

  app.post<{ Params: { requestId: string }; Body: { note: string } }>('/v1/agent/contact-requests/:requestId/done', {
    schema: {
      tags: ['agent'],
      summary: 'Mark a callback done, with a note',
      security: cookie,
      params: idParams('requestId'),
      body: { type: 'object', required: ['note'], additionalProperties: false, properties: { note: { type: 'string', minLength: 1, maxLength: 1000 } } },
      response: { 200: { type: 'object', properties: { request: contactRequest } }, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) => ({ request: await completeCallback(deps, me(request), request.params.requestId, request.body.note) }),
  });
}
