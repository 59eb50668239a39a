import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Deps } from '../core/deps.ts';
import type { ConversationFeed } from '../realtime/conversationFeed.ts';
import type { EventBus } from '../realtime/eventBus.ts';
import { customerCors } from './customerCors.ts';
import { installErrorHandler } from './errorHandler.ts';
import { installOperationsMetrics } from './prometheus/operationsMetrics.ts';
import { agentRoutes } from './routes/agentRoutes.ts';
import { backtestRoutes } from './routes/backtestRoutes.ts';
import { continuationRoutes } from './routes/continuationRoutes.ts';
import { customerRoutes } from './routes/customerRoutes.ts';
import { feedbackRoutes } from './routes/feedbackRoutes.ts';
import { handoffContextRoutes } from './routes/handoffContextRoutes.ts';
import { offerRoutes } from './routes/offerRoutes.ts';
import { prometheusRoute } from './routes/prometheusRoute.ts';
import { routingPolicyRoutes } from './routes/routingPolicyRoutes.ts';
import { supervisionRoutes } from './routes/supervisionRoutes.ts';
import { metricsRoutes } from './routes/metricsRoutes.ts';
import { calibrationRoutes } from './routes/calibrationRoutes.ts';
import { systemRoutes } from './routes/systemRoutes.ts';
import { waitPromiseRoutes } from './routes/waitPromiseRoutes.ts';
import { sharedSchemas } from './schemas.ts';
import { socketRoute } from './socketRoute.ts';
import { webAssets } from './webAssets.ts';

/** What the HTTP edge needs besides the command ports. */
export interface ServerOptions {
  logger: FastifyServerOptions['logger'];
  allowedOrigins: string[];
  secureCookies: boolean;
  engine: string;
  /** How long an agent whose last socket dropped stays online before going offline (default 30 s). */
  presenceGraceMs?: number;
  /** When set, `GET /metrics` asks for `Authorization: Bearer <token>`; unset, it is open. */
  metricsToken?: string;
}

/**
 * The Fastify application: strict schemas (no coercion, no unknown fields, 64 KiB bodies),
 * the error catalogue, cookies, WebSocket, the OpenAPI document and the static pages.
 *
 * @example
 *   const app = await buildServer(deps, feed, bus, { logger: true, allowedOrigins: [], secureCookies: false, engine: 'pglite' });
 */
export async function buildServer(deps: Deps, feed: ConversationFeed, bus: EventBus, options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: 64 * 1024,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: true } },
  });
  installErrorHandler(app);
  // Before any route, so every route (and the not-found handler) is timed.
  const metrics = installOperationsMetrics(app, deps, bus);
  // JSON only: a cross-site form cannot post text/plain into the API.
  app.removeContentTypeParser('text/plain');
  for (const schema of sharedSchemas) app.addSchema(schema);
  await app.register(fastifyCookie);
  await app.register(fastifyWebsocket, { options: { maxPayload: 16 * 1024 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Baton API', version: '0.1.0', description: 'Hand customers from an AI assistant to a human agent without losing context.' },
      components: {
        securitySchemes: {
          customerToken: { type: 'http', scheme: 'bearer', description: 'The token returned when the conversation started; opens that conversation only.' },
          agentSession: { type: 'apiKey', in: 'cookie', name: 'baton_session' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await webAssets(app);
  customerCors(app);
  customerRoutes(app, deps);
  continuationRoutes(app, deps);
  feedbackRoutes(app, deps);
  await app.register(async (scope) => {
    agentRoutes(scope, deps, { secureCookies: options.secureCookies });
    handoffContextRoutes(scope, deps);
    offerRoutes(scope, deps);
    routingPolicyRoutes(scope, deps);
    waitPromiseRoutes(scope, deps);
    supervisionRoutes(scope, deps);
    backtestRoutes(scope, deps);
    metricsRoutes(scope, deps);
    calibrationRoutes(scope, deps);
  });
  socketRoute(app, deps, feed, bus, options.allowedOrigins, options.presenceGraceMs ?? 30_000, metrics.sockets);
  systemRoutes(app, { engine: options.engine, feed });
  prometheusRoute(app, metrics.registry, options.metricsToken);
  return app;
}
