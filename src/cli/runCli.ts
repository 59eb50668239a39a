import { ConfigError, loadConfig, type Config } from '../core/config.ts';
import { systemClock } from '../core/ports.ts';
import { cryptoIds } from '../core/secrets.ts';
import { startBaton } from '../main.ts';
import { seedDemoWorkspace } from '../seed/seedDemoWorkspace.ts';
import { migrate } from '../store/migrate.ts';
import { DataDirLockedError, openDatabase } from '../store/openDatabase.ts';
import { describeStart } from './describeStart.ts';
import { assessHelp, runAssess } from './runAssess.ts';
import { backtestHelp, runBacktest } from './runBacktest.ts';
import { importHelp, runImport } from './runImport.ts';
import { reportHelp, runReport } from './runReport.ts';
import { runSimulate, simulateHelp } from './runSimulate.ts';

const environment = `Environment:
  BATON_PORT          port to listen on (default 3000; 0 picks a free one)
  BATON_HOST          address to bind (default localhost)
  BATON_DATA_DIR      folder of the embedded database (default ./data)
  DATABASE_URL        postgres://… to use a PostgreSQL server instead of the embedded one
  BATON_LOG_LEVEL     fatal|error|warn|info|debug|trace|silent (default info)
  BATON_SEED_DEMO     seed the demo workspace on first run (default true)
  BATON_SEED_HISTORY_DAYS  days of simulated history for a new demo workspace, 0-90 (default 14; 0 without the demo)
  BATON_METRICS_TOKEN bearer token that GET /metrics (Prometheus) requires; unset, /metrics is open
  BATON_ALLOWED_ORIGINS  extra origins allowed to open agent WebSockets, comma-separated
  BATON_SECURE_COOKIES   mark the session cookie Secure (set behind HTTPS)
  BATON_CRM_URL       read accounts from an HTTP CRM: URL with {externalId} (default: built-in CRM)
  BATON_CRM_FIELDS    JSON map of Baton field to dotted path in the CRM's answer
  BATON_CRM_TOKEN     bearer token for the CRM; BATON_CRM_TIMEOUT_MS (2000), BATON_CRM_CACHE_SECONDS (60)
  BATON_LLM_URL       OpenAI-compatible base URL (…/v1) to phrase answers; optional
  BATON_LLM_KEY, BATON_LLM_MODEL, BATON_LLM_TIMEOUT_MS (3000)
  BATON_SMTP_URL      smtp://user:pass@host:port for continue-by-email; BATON_MAIL_FROM sender`;

const help: Record<string, string> = {
  main: `Usage: baton <command> [--help]

Commands:
  serve     run the server (migrates, and seeds the demo workspace on first run)
  migrate   apply database migrations and exit
  seed      create the demo workspace if missing and exit
  assess    decide escalations for conversations in a JSONL file (no server, no database)
  backtest  replay a workspace's stored conversations under a candidate escalation policy and compare
  import    import customers, orders, subscriptions and tickets into a workspace's built-in CRM
  report    print the handoff metrics of the last N days (docs/METRICS.md)
  simulate  simulate routing and wait estimates on a seeded support desk; --into-db writes it as history

${environment}`,
  serve: `Usage: baton serve\n\nMigrate, seed the demo workspace on first run, and serve HTTP and WebSocket.\n\n${environment}`,
  migrate: `Usage: baton migrate\n\nApply the numbered migrations not yet applied (safe to run from several instances at once).\n\n${environment}`,
  assess: assessHelp,
  backtest: `${backtestHelp}\n\n${environment}`,
  import: `${importHelp}\n\n${environment}`,
  report: `${reportHelp}\n\n${environment}`,
  simulate: simulateHelp,
  seed: `Usage: baton seed\n\nCreate the demo workspace (agents, teams, articles, CRM customers) unless it exists.\n\n${environment}`,
};

/**
 * The `baton` command line. Returns the exit code.
 *
 * @example
 *   process.exitCode = await runCli(['serve']);
 */
export async function runCli(args: string[]): Promise<number> {
  const [command = 'serve', ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') return print(help.main!);
  if (!(command in help) || command === 'main') {
    console.error(`Unknown command "${command}".\n\n${help.main}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) return print(help[command]!);
  if (command === 'assess') return runAssess(rest);
  if (command === 'backtest') return runBacktest(rest);
  if (command === 'import') return runImport(rest);
  if (command === 'report') return runReport(rest);
  if (command === 'simulate') return runSimulate(rest);
  if (rest.length > 0) {
    console.error(`Unexpected argument(s): ${rest.join(' ')}\n\n${help[command]}`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  try {
    if (command === 'serve') return await serve(config);
    const database = await openDatabase(config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl } : { engine: 'pglite', dataDir: config.dataDir });
    try {
      const applied = await migrate(database.db);
      if (command === 'migrate') return print(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
      const seeded = await seedDemoWorkspace(database.db, cryptoIds, systemClock);
      return print(seeded.created ? `Seeded workspace "${seeded.workspace}".` : `Workspace "${seeded.workspace}" already exists; nothing changed.`);
    } finally {
      await database.close();
    }
  } catch (error) {
    if (error instanceof DataDirLockedError) return fail(error.message);
    throw error;
  }
}

async function serve(config: Config): Promise<number> {
  const started = performance.now();
  const baton = await startBaton(config);
  console.log(describeStart(config, baton, performance.now() - started));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await baton.close();
  return 0;
}

function print(text: string): number {
  console.log(text);
  return 0;
}

function fail(text: string): number {
  console.error(text);
  return 1;
}
