import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { Deps } from '../../core/deps.ts';
import type { EventBus } from '../../realtime/eventBus.ts';
import { countDomainEvents } from './eventCounters.ts';
import { queueGauges } from './queueGauges.ts';
import { timeRequests } from './requestDuration.ts';
import { socketConnections, type SocketCounter } from './socketConnections.ts';
import { WorkspaceSlugs } from './workspaceSlugs.ts';

/** The app's metrics registry, and the socket counter `socketRoute` keeps. */
export interface OperationsMetrics {
  registry: Registry;
  sockets: SocketCounter;
}

/**
 * Operations metrics for one Baton app, in a registry of its own (several Batons may share a
 * process): process defaults prefixed `baton_`, request timing, offers and handoffs counted
 * from domain events, queue depths and agents online read at scrape time, and WebSocket
 * connections. Labels name workspaces by slug and never carry ids of conversations or
 * customers, message text, emails or tokens. Listening stops when the app closes.
 *
 * @example
 *   const metrics = installOperationsMetrics(app, deps, bus);
 *   prometheusRoute(app, metrics.registry, token);
 */
export function installOperationsMetrics(app: FastifyInstance, deps: Deps, bus: EventBus): OperationsMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'baton_' });
  timeRequests(app, registry);
  const stop = countDomainEvents(registry, bus, new WorkspaceSlugs((id) => deps.store.operations.slugOf(id)));
  queueGauges(registry, deps.store, (error) => app.log.warn({ err: error }, 'reading queue metrics failed'));
  app.addHook('onClose', async () => void stop());
  return { registry, sockets: socketConnections(registry) };
}
