import type { Config } from '../core/config.ts';
import type { Baton } from '../main.ts';

/**
 * The start-up banner: where Baton listens, where its data is, and the demo logins.
 *
 * @example
 *   console.log(describeStart(config, baton, 812));
 */
export function describeStart(config: Config, baton: Baton, elapsedMs: number): string {
  const database = baton.database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)';
  const lines = [
    '',
    `Baton is running on ${baton.url}  (started in ${(elapsedMs / 1000).toFixed(1)} s)`,
    `  Database     ${database}`,
    `  API          ${baton.url}/openapi.json`,
    `  WebSocket    ${baton.url.replace(/^http/, 'ws')}/v1/ws`,
    `  Health       ${baton.url}/health`,
  ];
  if (baton.seed) {
    lines.push(
      '',
      `Demo workspace "${baton.seed.workspace}"${baton.seed.created ? ' (seeded now)' : ''}; every agent's password is "${baton.seed.password}":`,
      ...baton.seed.agents.map((a) => `  ${a.email.padEnd(32)} ${a.displayName} (${a.role})`),
    );
  }
  if (baton.history) {
    const { days, conversations, handoffs, seconds } = baton.history;
    const n = (x: number) => x.toLocaleString('en-US');
    lines.push(
      '',
      `Simulated history for the dashboard: ${days} days, ${n(conversations)} conversations, ${n(handoffs)} handoffs (written in ${seconds.toFixed(1)} s;`,
      '  BATON_SEED_HISTORY_DAYS=0 skips it on a first start).',
    );
  }
  lines.push('', 'Stop with Ctrl+C.');
  return lines.join('\n');
}
