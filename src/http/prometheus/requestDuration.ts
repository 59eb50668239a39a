import type { FastifyInstance } from 'fastify';
import { Histogram, type Registry } from 'prom-client';

/**
 * `baton_http_request_duration_seconds{method,route,status}` for every response: `route` is the
 * route's pattern (`/v1/conversations/:conversationId/messages`), never the URL, so ids do not
 * multiply the series; a request no route matched counts as `unmatched`. The histogram's
 * `_count` is the request counter.
 */
export function timeRequests(app: FastifyInstance, registry: Registry): void {
  const histogram = new Histogram({
    name: 'baton_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status: how long each took to answer.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    histogram.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
}
