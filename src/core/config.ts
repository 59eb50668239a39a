import { resolve } from 'node:path';

/** Baton's settings, parsed once from the environment at start-up. */
export interface Config {
  port: number;
  host: string;
  /** Where the embedded database lives when `databaseUrl` is not set. */
  dataDir: string;
  /** A PostgreSQL server; when unset, the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Origins (besides Baton's own) from which agent consoles may connect. */
  allowedOrigins: string[];
  /** Send the session cookie only over HTTPS (set behind TLS). */
  secureCookies: boolean;
  /** Seed the demo workspace when the database has no workspace yet. */
  seedDemo: boolean;
}

/** Every problem found in the environment, each naming its setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Baton's configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Read the configuration from environment variables, listing every problem at once.
 *
 * @example
 *   const config = loadConfig(process.env); // throws ConfigError listing each bad setting
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = [];
  const port = Number(env.BATON_PORT ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`BATON_PORT must be a port number (0-65535), got "${env.BATON_PORT}".`);
  const logLevel = (env.BATON_LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!logLevels.includes(logLevel)) problems.push(`BATON_LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${env.BATON_LOG_LEVEL}".`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres:// or postgresql://.');
  const allowedOrigins = (env.BATON_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of allowedOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`BATON_ALLOWED_ORIGINS: "${origin}" is not an origin like https://example.com.`);
  }
  const flag = (name: string, fallback: boolean): boolean => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (['1', 'true', 'yes'].includes(value)) return true;
    if (['0', 'false', 'no'].includes(value)) return false;
    problems.push(`${name} must be true or false, got "${value}".`);
    return fallback;
  };
  const secureCookies = flag('BATON_SECURE_COOKIES', false);
  const seedDemo = flag('BATON_SEED_DEMO', true);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host: env.BATON_HOST || 'localhost',
    dataDir: resolve(env.BATON_DATA_DIR || './data'),
    databaseUrl,
    logLevel,
    allowedOrigins,
    secureCookies,
    seedDemo,
  };
}
