import type { FastifyInstance } from 'fastify';
import type { ConversationFeed } from '../../realtime/conversationFeed.ts';

/** Health and the OpenAPI document generated from the route schemas. */
export function systemRoutes(app: FastifyInstance, info: { engine: string; feed: ConversationFeed }): void {
  app.get('/health', {
    schema: {
      tags: ['system'],
      summary: 'Liveness and the database engine in use',
      response: { 200: { type: 'object', properties: { status: { type: 'string' }, engine: { type: 'string' }, readers: { type: 'integer' } } } },
    },
    handler: async () => ({ status: 'ok', engine: info.engine, readers: info.feed.readerCount }),
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
