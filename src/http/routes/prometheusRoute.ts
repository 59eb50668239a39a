import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { DomainError } from '../../core/errors.ts';
import { safeEqual } from '../../core/secrets.ts';
import { bearerToken } from '../auth.ts';
import { errors } from '../schemas.ts';

/**
 * `GET /metrics`: the operations metrics in Prometheus text format. With a token
 * (`BATON_METRICS_TOKEN`) a scrape must send `Authorization: Bearer <token>`; without one the
 * endpoint is open, for a Prometheus on a private network.
 */
export function prometheusRoute(app: FastifyInstance, registry: Registry, token: string | undefined): void {
  app.get('/metrics', {
    schema: {
      tags: ['operations'],
      summary: 'Operations metrics in Prometheus text format',
      response: { 200: { description: 'Prometheus text exposition format 0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } }, ...errors(401) },
    },
    handler: async (request, reply) => {
      if (token !== undefined && !safeEqual(bearerToken(request) ?? '', token)) throw new DomainError('unauthenticated');
      reply.type(registry.contentType);
      return registry.metrics();
    },
  });
}
