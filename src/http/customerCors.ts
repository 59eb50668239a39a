import type { FastifyInstance } from 'fastify';

/**
 * The customer API may be called from any site that embeds the widget: it authenticates with
 * the conversation's bearer token, never a cookie, so any origin may read its answers
 * (`Access-Control-Allow-Origin: *`, no credentials). The agent API stays same-origin.
 */
export function customerCors(app: FastifyInstance): void {
  const customerPath = (url: string) => url === '/v1/conversations' || url.startsWith('/v1/conversations/') || url.startsWith('/v1/conversations?');
  app.addHook('onRequest', async (request, reply) => {
    if (customerPath(request.url)) reply.header('access-control-allow-origin', '*');
  });
  const preflight = { schema: { hide: true } };
  const answer = async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', '600')
      .send();
  app.options('/v1/conversations', preflight, answer);
  app.options('/v1/conversations/*', preflight, answer);
}
