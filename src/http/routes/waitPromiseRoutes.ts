import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Agent } from '../../agent/types.ts';
import type { Deps } from '../../core/deps.ts';
import { summarizeWaitPromises } from '../../routing/waitPromises.ts';
import { errors, uuid } from '../schemas.ts';

const cookie = [{ agentSession: [] }];
const me = (request: FastifyRequest): Agent => request.agent!;
const nullableNumber = { type: ['number', 'null'] } as const;

/**
 * Wait promises: each warm handoff's quoted wait beside its actual wait, and the share kept.
 * Registered in the agent scope.
 */
export function waitPromiseRoutes(app: FastifyInstance, deps: Deps): void {
  app.get<{ Querystring: { days?: string } }>('/v1/agent/wait-promises', {
    schema: {
      tags: ['agent'],
      summary: 'Quoted waits against actual waits over the last days: the share of promises kept',
      security: cookie,
      querystring: { type: 'object', additionalProperties: false, properties: { days: { type: 'string', pattern: '^(36[0-5]|3[0-5][0-9]|[12][0-9]{2}|[1-9][0-9]?)$', description: 'Whole days back, 1–365 (default 7).' } } },
      response: {
        200: {
          type: 'object',
          properties: {
            since: { type: 'string', format: 'date-time' },
            summary: {
              type: 'object',
              properties: {
                quoted: { type: 'integer' },
                settled: { type: 'integer' },
                kept: { type: 'integer' },
                keptShare: nullableNumber,
                quoteToActualP50: nullableNumber,
                stillWaiting: { type: 'integer' },
              },
            },
            handoffs: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  handoffId: uuid,
                  teamId: { anyOf: [uuid, { type: 'null' }] },
                  createdAt: { type: 'string', format: 'date-time' },
                  quotedWaitSeconds: { type: 'integer' },
                  actualWaitSeconds: nullableNumber,
                  kept: { type: ['boolean', 'null'] },
                  requotes: { type: 'integer' },
                },
              },
            },
          },
        },
        ...errors(400, 401),
      },
    },
    handler: async (request) => {
      const since = new Date(deps.clock.now().getTime() - Number(request.query.days ?? '7') * 86_400_000);
      const handoffs = await deps.store.handoffs.waitPromises(me(request).workspaceId, since);
      return { since: since.toISOString(), summary: summarizeWaitPromises(handoffs), handoffs: handoffs.slice(-500) };
    },
  });
}
