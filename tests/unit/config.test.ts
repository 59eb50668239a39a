import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/core/config.ts';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: 'localhost', logLevel: 'info', seedDemo: true, secureCookies: false, allowedOrigins: [] });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('lists every problem at once, each naming its setting', () => {
    try {
      loadConfig({ BATON_PORT: 'eighty', BATON_LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', BATON_SEED_DEMO: 'maybe', BATON_ALLOWED_ORIGINS: 'not an origin' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['BATON_PORT', 'BATON_LOG_LEVEL', 'DATABASE_URL', 'BATON_SEED_DEMO', 'BATON_ALLOWED_ORIGINS']) expect(problems).toContain(name);
      expect((error as ConfigError).problems).toHaveLength(5);
    }
  });
});
