import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Agent } from '../../agent/types.ts';
import type { Deps } from '../../core/deps.ts';
import { DomainError } from '../../core/errors.ts';
import { calibrationList } from '../../metrics/calibration/calibrationList.ts';
import type { ReviewKind, ReviewMark } from '../../metrics/calibration/types.ts';
import { errors, uuid } from '../schemas.ts';

const cookie = [{ agentSession: [] }];
const kinds = ['assistant_could_have_handled', 'missed_sentiment', 'ignored_context'] as const;
const marks = ['agree', 'disagree', 'unsure'] as const;
const review = {
  type: ['object', 'null'],
  properties: { mark: { type: 'string', enum: marks }, note: { type: ['string', 'null'] }, reviewerAgentId: uuid, updatedAt: { type: 'string', format: 'date-time' } },
} as const;

/** A supervisor or admin; agents get 403. */
function reviewer(request: FastifyRequest): Agent {
  const agent = request.agent!;
  if (agent.role === 'agent') throw new DomainError('forbidden', 'Only supervisors and admins run calibration reviews.');
  return agent;
}

/**
 * The calibration review: a list of handoffs worth a team's second look, generated from real
 * handoffs (docs/METRICS.md), and each item's mark and note.
 */
export function calibrationRoutes(app: FastifyInstance, deps: Deps): void {
  app.get<{ Querystring: { days?: string } }>('/v1/agent/calibration', {
    schema: {
      tags: ['supervisor'],
      summary: 'The calibration list of the last N days (default 14): escalations the assistant could have handled, missed sentiment, ignored context',
      security: cookie,
      querystring: { type: 'object', additionalProperties: false, properties: { days: { type: 'string', pattern: '^(36[0-5]|3[0-5][0-9]|[12][0-9]{2}|[1-9][0-9]?)$', description: '1 to 365' } } },
      response: {
        200: {
          type: 'object',
          properties: {
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  kind: { type: 'string', enum: kinds },
                  handoffId: uuid,
                  conversationId: uuid,
                  team: { type: 'string' },
                  agentId: { type: ['string', 'null'] },
                  at: { type: 'string', format: 'date-time' },
                  reason: { type: 'string' },
                  evidence: { type: 'array', items: { type: 'string' } },
                  review,
                },
              },
            },
          },
        },
        ...errors(400, 401, 403),
      },
    },
    handler: async (request) => ({ items: await calibrationList(deps, reviewer(request).workspaceId, { days: Number(request.query.days ?? 14) }) }),
  });

  app.put<{ Params: { handoffId: string; kind: ReviewKind }; Body: { mark: ReviewMark; note?: string } }>('/v1/agent/calibration/:handoffId/:kind', {
    schema: {
      tags: ['supervisor'],
      summary: 'Mark a calibration item (agree, disagree, unsure) with an optional note',
      security: cookie,
      params: { type: 'object', required: ['handoffId', 'kind'], additionalProperties: false, properties: { handoffId: uuid, kind: { type: 'string', enum: kinds } } },
      body: { type: 'object', required: ['mark'], additionalProperties: false, properties: { mark: { type: 'string', enum: marks }, note: { type: 'string', maxLength: 2000 } } },
      response: { 200: { type: 'object', properties: { review } }, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const agent = reviewer(request);
      const saved = await deps.store.calibration.saveReview(agent.workspaceId, request.params.handoffId, request.params.kind, {
        mark: request.body.mark,
        note: request.body.note?.trim() || null,
        reviewerAgentId: agent.id,
      });
      if (!saved) throw new DomainError('not_found');
      return { review: saved };
    },
  });
}
