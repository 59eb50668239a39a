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
  /**
   * Days of simulated history (`baton simulate --into-db`) written into the demo workspace
   * when it is seeded now; 0 for none. Default 14, or 0 when `seedDemo` is off.
   */
  seedHistoryDays: number;
  /** An HTTP CRM to read accounts from; when unset, the built-in CRM tables are used. */
  crm?: CrmConfig;
  /** An OpenAI-compatible chat-completions endpoint that phrases answers; optional. */
  llm?: LlmConfig;
  /** Outgoing email (continue-by-email); when unset, email continuation is not offered. */
  mail?: MailConfig;
  /** When set, `GET /metrics` asks for `Authorization: Bearer <token>`; unset, it is open. */
  metricsToken?: string;
}

/** `BATON_CRM_*`: where an account is read and how its fields map onto Baton's. */
export interface CrmConfig {
  /** URL template with `{externalId}`, e.g. `https://crm.example.com/api/customers/{externalId}`. */
  urlTemplate: string;
  /** Sent as `Authorization: Bearer …` when set. */
  token?: string;
  /** Baton field → dotted path in the CRM's JSON, e.g. `{"tier": "account.level"}`. */
  fields: Record<string, string>;
  timeoutMs: number;
  cacheSeconds: number;
}

/** `BATON_LLM_*`: any OpenAI-compatible `POST {baseUrl}/chat/completions`. */
export interface LlmConfig {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}

/** `BATON_SMTP_URL` and `BATON_MAIL_FROM`. */
export interface MailConfig {
  /** smtp://user:pass@host:port or smtps://… */
  smtpUrl: string;
  from: string;
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
  const historyDays = env.BATON_SEED_HISTORY_DAYS || undefined;
  const seedHistoryDays = historyDays === undefined ? (seedDemo ? 14 : 0) : Number(historyDays);
  if (historyDays !== undefined && (!/^\d+$/.test(historyDays) || seedHistoryDays > 90)) problems.push(`BATON_SEED_HISTORY_DAYS must be a whole number from 0 to 90, got "${historyDays}".`);
  const milliseconds = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 600_000) problems.push(`${name} must be a whole number from 1 to 600000, got "${raw}".`);
    return value;
  };
  const httpUrl = (name: string): string | undefined => {
    const raw = env[name] || undefined;
    if (raw !== undefined && !/^https?:\/\/[^\s]+$/.test(raw)) problems.push(`${name} must be an http:// or https:// URL, got "${raw}".`);
    return raw;
  };
  let crm: CrmConfig | undefined;
  const crmUrl = httpUrl('BATON_CRM_URL');
  if (crmUrl !== undefined) {
    if (!crmUrl.includes('{externalId}')) problems.push('BATON_CRM_URL must contain {externalId} where the customer id goes.');
    let fields: Record<string, string> = {};
    try {
      const parsed: unknown = JSON.parse(env.BATON_CRM_FIELDS || '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) throw new Error();
      fields = parsed as Record<string, string>;
    } catch {
      problems.push('BATON_CRM_FIELDS must be a JSON object of Baton field to dotted path, e.g. {"tier":"account.level"}.');
    }
    const cacheSeconds = Number(env.BATON_CRM_CACHE_SECONDS || '60');
    if (!Number.isInteger(cacheSeconds) || cacheSeconds < 0 || cacheSeconds > 86_400) problems.push(`BATON_CRM_CACHE_SECONDS must be 0-86400, got "${env.BATON_CRM_CACHE_SECONDS}".`);
    crm = { urlTemplate: crmUrl, token: env.BATON_CRM_TOKEN || undefined, fields, timeoutMs: milliseconds('BATON_CRM_TIMEOUT_MS', 2000), cacheSeconds };
  }
  let llm: LlmConfig | undefined;
  const llmUrl = httpUrl('BATON_LLM_URL');
  if (llmUrl !== undefined) {
    llm = { baseUrl: llmUrl.replace(/\/+$/, ''), apiKey: env.BATON_LLM_KEY || undefined, model: env.BATON_LLM_MODEL || 'gpt-4o-mini', timeoutMs: milliseconds('BATON_LLM_TIMEOUT_MS', 3000) };
  }
  let mail: MailConfig | undefined;
  const smtpUrl = env.BATON_SMTP_URL || undefined;
  if (smtpUrl !== undefined) {
    if (!/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) problems.push('BATON_SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465.');
    const from = env.BATON_MAIL_FROM || 'Baton <support@localhost>';
    if (!/@/.test(from)) problems.push(`BATON_MAIL_FROM must be an email address, got "${from}".`);
    mail = { smtpUrl, from };
  }
  const metricsToken = env.BATON_METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && !/^\S{16,}$/.test(metricsToken)) problems.push('BATON_METRICS_TOKEN must be at least 16 characters without spaces.');
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
    seedHistoryDays,
    crm,
    llm,
    mail,
    metricsToken,
  };
}
