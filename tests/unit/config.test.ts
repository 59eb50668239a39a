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

  it('reads the CRM, LLM and mail settings, and names each bad one', () => {
    const config = loadConfig({
      BATON_CRM_URL: 'http://127.0.0.1:9/customers/{externalId}',
      BATON_CRM_FIELDS: '{"tier":"account.level"}',
      BATON_LLM_URL: 'http://127.0.0.1:9/v1/',
      BATON_SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    expect(config.crm).toEqual({ urlTemplate: 'http://127.0.0.1:9/customers/{externalId}', token: undefined, fields: { tier: 'account.level' }, timeoutMs: 2000, cacheSeconds: 60 });
    expect(config.llm).toMatchObject({ baseUrl: 'http://127.0.0.1:9/v1', timeoutMs: 3000 });
    expect(config.mail?.smtpUrl).toBe('smtp://127.0.0.1:2525');
    expect(loadConfig({}).crm).toBeUndefined();
    try {
      loadConfig({ BATON_CRM_URL: 'http://crm/customers', BATON_CRM_FIELDS: '[1]', BATON_CRM_TIMEOUT_MS: '0', BATON_LLM_URL: 'ftp://x', BATON_SMTP_URL: 'mail.example.com' });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['{externalId}', 'BATON_CRM_FIELDS', 'BATON_CRM_TIMEOUT_MS', 'BATON_LLM_URL', 'BATON_SMTP_URL']) expect(problems).toContain(name);
    }
  });
});
