import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Agent } from '../../agent/types.ts';
import type { Deps } from '../../core/deps.ts';
import { DomainError } from '../../core/errors.ts';
import { handoffMetrics } from '../../metrics/handoffMetrics.ts';
import { errors } from '../schemas.ts';
import { metricsReportSchema } from './metricsSchema.ts';

const cookie = [{ agentSession: [] }];
const me = (request: FastifyRequest): Agent => request.agent!;

/** The handoff metrics for supervisors: the dashboard reads them (docs/METRICS.md). */
export function metricsRoutes(app: FastifyInstance, deps: Deps): void {
  app.get<{ Querystring: { days?: string } }>('/v1/agent/metrics', {
    schema: {
      tags: ['supervisor'],
      summary: 'Handoff metrics for the last N days (default 7), with the same span before for the trend (supervisors and admins)',
      security: cookie,
      querystring: { type: 'object', additionalProperties: false, properties: { days: { type: 'string', pattern: '^(36[0-5]|3[0-5][0-9]|[12][0-9]{2}|[1-9][0-9]?)$', description: '1 to 365' } } },
      response: { 200: metricsReportSchema, ...errors(400, 401, 403) },
    },
    handler: async (request) => {
      const agent = me(request);
      if (agent.role === 'agent') throw new DomainError('forbidden', 'Only supervisors and admins read the handoff metrics.');
      return handoffMetrics(deps, agent.workspaceId, { days: Number(request.query.days ?? 7) });
    },
  });
}
