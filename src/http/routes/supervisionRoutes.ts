import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordSummaryView, type SummaryAction } from '../../agent/recordSummaryView.ts';
import type { Agent } from '../../agent/types.ts';
import type { Deps } from '../../core/deps.ts';
import { DomainError } from '../../core/errors.ts';
import { liveQueues } from '../../supervision/liveQueues.ts';
import { errors, uuid } from '../schemas.ts';

const cookie = [{ agentSession: [] }];
const me = (request: FastifyRequest): Agent => request.agent!;
const seconds = { type: ['integer', 'null'] } as const;
const waitingEntry = {
  type: 'object',
  properties: {
    handoffId: uuid,
    conversationId: uuid,
    priority: { type: 'integer' },
    status: { type: 'string', enum: ['pending', 'offered'] },
    path: { type: 'string', enum: ['warm', 'off_hours', 'no_agent'] },
    waitedSeconds: { type: 'integer' },
    topic: { type: ['string', 'null'] },
    sentiment: { type: 'string' },
    language: { type: 'string' },
    intent: { type: 'string' },
  },
} as const;
const agentLoad = {
  type: 'object',
  properties: {
    id: uuid,
    displayName: { type: 'string' },
    role: { type: 'string', enum: ['agent', 'supervisor', 'admin'] },
    team: { type: ['string', 'null'] },
    presence: { type: 'string', enum: ['online', 'away', 'offline'] },
    load: { type: 'integer' },
    capacity: { type: 'integer' },
  },
} as const;

/**
 * What the console records and what supervisors watch: the summary opened, collapsed or
 * dismissed (context utilization), and the live queues with every agent's load.
 */
export function supervisionRoutes(app: FastifyInstance, deps: Deps): void {
  app.post<{ Params: { handoffId: string }; Body: { action: SummaryAction } }>('/v1/agent/handoffs/:handoffId/summary', {
    schema: {
      tags: ['agent'],
      summary: 'Record that the handoff summary was shown to me, or that I opened, collapsed or dismissed it',
      security: cookie,
      params: { type: 'object', required: ['handoffId'], additionalProperties: false, properties: { handoffId: uuid } },
      body: { type: 'object', required: ['action'], additionalProperties: false, properties: { action: { type: 'string', enum: ['shown', 'opened', 'collapsed', 'dismissed'] } } },
      response: { 204: { type: 'null' }, ...errors(400, 401, 404) },
    },
    handler: async (request, reply) => {
      await recordSummaryView(deps, me(request), request.params.handoffId, request.body.action);
      return reply.code(204).send();
    },
  });

  app.get('/v1/agent/queues', {
    schema: {
      tags: ['supervisor'],
      summary: 'Live queues: waiting handoffs by queue with priority and wait, agents with their load (supervisors and admins)',
      security: cookie,
      response: {
        200: {
          type: 'object',
          properties: {
            asOf: { type: 'string', format: 'date-time' },
            waitingTotal: { type: 'integer' },
            longestWaitSeconds: seconds,
            queues: {
              type: 'array',
              items: { type: 'object', properties: { queue: { type: 'string' }, longestWaitSeconds: seconds, waiting: { type: 'array', items: waitingEntry } } },
            },
            agents: { type: 'array', items: agentLoad },
          },
        },
        ...errors(401, 403),
      },
    },
    handler: async (request) => {
      const agent = me(request);
      if (agent.role === 'agent') throw new DomainError('forbidden', 'Only supervisors and admins watch the queues.');
      return liveQueues(deps, agent.workspaceId);
    },
  });
}
