import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Analyzers } from './analysis/analyzeConversation.ts';
import { loadAnalyzers } from './analysis/loadAnalyzers.ts';
import { IntentCatalog } from './assistant/intentCatalog.ts';
import { openAiPhraser } from './assistant/llm/openAiPhraser.ts';
import { builtInPhraser } from './assistant/llm/types.ts';
import { builtInCrm } from './crm/builtInCrm.ts';
import { httpCrm } from './crm/httpCrm.ts';
import { smtpEmailSender } from './notify/smtpEmailSender.ts';
import { buildPacketOnEscalation } from './packet/buildPacketOnEscalation.ts';
import type { Config } from './core/config.ts';
import type { Deps } from './core/deps.ts';
import { systemClock } from './core/ports.ts';
import { cryptoIds } from './core/secrets.ts';
import { buildServer } from './http/buildServer.ts';
import { ConversationFeed } from './realtime/conversationFeed.ts';
import { EventBus } from './realtime/eventBus.ts';
import { PgEventRelay } from './realtime/pgEventRelay.ts';
import { RoutingLoop } from './realtime/routingLoop.ts';
import { seedDemoHistory, type DemoHistory } from './seed/seedDemoHistory.ts';
import { seedDemoWorkspace, type SeedResult } from './seed/seedDemoWorkspace.ts';
import { kyselyStore } from './store/kyselyStore.ts';
import { migrate } from './store/migrate.ts';
import { openDatabase, type OpenDatabase } from './store/openDatabase.ts';

/** A running Baton. */
export interface Baton {
  app: FastifyInstance;
  url: string;
  deps: Deps;
  database: OpenDatabase;
  seed?: SeedResult;
  /** The simulated history written into the demo workspace seeded at this start. */
  history?: DemoHistory;
  close(): Promise<void>;
}

/** Test and embedding hooks: an already-open database, loaded analyzers, and where logs go. */
export interface StartOptions {
  database?: OpenDatabase;
  analyzers?: Analyzers;
  logger?: FastifyServerOptions['logger'];
  /** How often routing sweeps for expired offers and waiting handoffs (default 1000 ms). */
  routingIntervalMs?: number;
  /** How long an agent whose last socket dropped stays online (default 30 s). */
  presenceGraceMs?: number;
  /** Run the routing loop's sweep in this instance (default true). */
  runRouting?: boolean;
}

/**
 * The composition root: open the database, migrate, seed the demo (with simulated history)
 * on first run, wire the real adapters into the ports, and listen. Nothing else in Baton
 * constructs adapters.
 *
 * @example
 *   const baton = await startBaton(loadConfig(process.env));
 *   console.log(baton.url);
 */
export async function startBaton(config: Config, options: StartOptions = {}): Promise<Baton> {
  const database =
    options.database ??
    (await openDatabase(config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl } : { engine: 'pglite', dataDir: config.dataDir }));
  let relay: PgEventRelay | undefined;
  try {
    await migrate(database.db);
    const seed = config.seedDemo ? await seedDemoWorkspace(database.db, cryptoIds, systemClock) : undefined;
    // Only a demo workspace created just now gets history: never one people already use.
    const history = seed?.created && config.seedHistoryDays > 0 ? await seedDemoHistory(database.db, seed.workspace, config.seedHistoryDays, systemClock, cryptoIds) : undefined;
    const logger = options.logger ?? loggerOptions(config.logLevel);
    const bus = new EventBus((error) => app.log.error({ err: error }, 'event listener failed'));
    const analyzers = options.analyzers ?? (await loadAnalyzers());
    // Several instances on one PostgreSQL server hear each other's events (PGlite is one process).
    relay = database.engine === 'postgres' && database.url ? await PgEventRelay.start(database.url, bus, (error) => app.log.error({ err: error }, 'event relay failed')) : undefined;
    const deps: Deps = {
      store: kyselyStore(database.db),
      ids: cryptoIds,
      clock: systemClock,
      events: relay ?? bus,
      analyzers,
      intentCatalog: new IntentCatalog(),
      crm: config.crm ? httpCrm(config.crm, { clock: systemClock }) : builtInCrm(database.db),
      phraser: config.llm ? openAiPhraser(config.llm, { onError: (reason) => app.log.warn({ reason }, 'LLM phrasing fell back to the built-in text') }) : builtInPhraser,
      mail: config.mail && { sender: smtpEmailSender(config.mail), from: config.mail.from },
      onBackgroundError: (error, what) => app.log.error({ err: error }, `${what} failed`),
    };
    const packets = buildPacketOnEscalation(deps);
    bus.subscribe(packets.listener);
    const routing = new RoutingLoop(deps, (error) => app.log.error({ err: error }, 'routing pass failed'), options.routingIntervalMs);
    if (options.runRouting !== false) bus.subscribe(routing.listener);
    const feed = new ConversationFeed(deps.store, bus, (error) => app.log.error({ err: error }, 'message feed failed'));
    const app = await buildServer(deps, feed, bus, {
      logger,
      allowedOrigins: config.allowedOrigins,
      secureCookies: config.secureCookies,
      engine: database.engine,
      presenceGraceMs: options.presenceGraceMs,
      metricsToken: config.metricsToken,
    });
    await app.listen({ port: config.port, host: config.host });
    if (options.runRouting !== false) routing.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      url: `http://localhost:${port}`,
      deps,
      database,
      seed,
      history,
      close: async () => {
        await routing.stop();
        await app.close();
        await packets.idle();
        await relay?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await relay?.stop();
    await database.close();
    throw error;
  }
}

/**
 * Pino settings: request lines carry method, path (no query string) and status only;
 * authorization and cookie headers are redacted. Message text is never logged.
 */
export function loggerOptions(level: Config['logLevel']): FastifyServerOptions['logger'] {
  return {
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
    },
  };
}
