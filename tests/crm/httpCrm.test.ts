import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, type CrmConfig } from '../../src/core/config.ts';
import type { Clock } from '../../src/core/ports.ts';
import { httpCrm, type HttpCrmOptions } from '../../src/crm/httpCrm.ts';
import { contractAccounts, crmDocument, crmFieldMap } from './crmFixture.ts';
import { closedPort, startCrmStandIn, type CrmStandIn } from './crmStandIn.ts';

const workspaceId = '00000000-0000-4000-8000-000000000001';

/** A clock that moves only when told. */
function manualClock(): Clock & { advance(seconds: number): void } {
  let now = Date.parse('2025-01-01T00:00:00Z');
  return { now: () => new Date(now), advance: (seconds) => (now += seconds * 1000) };
}

describe('the HTTP CRM', () => {
  let standIn: CrmStandIn;
  let serveDocuments: CrmStandIn['handler'];
  const crmOf = (config: Partial<CrmConfig> = {}, options: Partial<HttpCrmOptions> = {}) =>
    httpCrm(
      { urlTemplate: `${standIn.url}/api/customers/{externalId}`, fields: crmFieldMap, timeoutMs: 2000, cacheSeconds: 60, ...config },
      { clock: manualClock(), ...options },
    );

  beforeAll(async () => {
    standIn = await startCrmStandIn(new Map(contractAccounts.map((a) => [a.externalId, crmDocument(a)])));
    serveDocuments = standIn.handler;
  });
  afterAll(() => standIn?.close());
  beforeEach(() => {
    standIn.handler = serveDocuments;
    standIn.requests.length = 0;
  });

  it('sends the bearer token and the id URL-encoded', async () => {
    expect((await crmOf({ token: 's3cret' }).lookup(workspaceId, 'ACME/42 ü?&#')).status).toBe('found');
    expect(standIn.requests).toEqual([{ path: '/api/customers/ACME%2F42%20%C3%BC%3F%26%23', authorization: 'Bearer s3cret' }]);
    await crmOf().lookup(workspaceId, 'CRM-T-1');
    expect(standIn.requests[1]!.authorization).toBeUndefined();
  });

  it('is unavailable, within about the timeout, when the CRM never answers', async () => {
    standIn.handler = () => {};
    const started = performance.now();
    expect(await crmOf({ timeoutMs: 300 }).lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'unavailable', reason: 'timeout after 300 ms' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1500);
  });

  it('is unavailable when the answer starts but never ends', async () => {
    standIn.handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"data": {');
    };
    expect(await crmOf({ timeoutMs: 300 }).lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'unavailable', reason: 'timeout after 300 ms' });
  });

  it('names the HTTP status of a failure, and reads 404 as not found', async () => {
    standIn.handler = (_request, response) => response.writeHead(500).end('boom');
    expect(await crmOf().lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'unavailable', reason: 'HTTP 500' });
    standIn.handler = (_request, response) => response.writeHead(401).end();
    expect(await crmOf().lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'unavailable', reason: 'HTTP 401' });
    standIn.handler = (_request, response) => response.writeHead(404).end();
    expect(await crmOf().lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'not_found' });
  });

  it('is unavailable on bad JSON, an answer that is not an object, or one too large', async () => {
    standIn.handler = (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"data": ');
    expect(await crmOf().lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'unavailable', reason: 'bad JSON' });
    standIn.handler = (_request, response) => response.writeHead(200).end('[1, 2]');
    expect(await crmOf().lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'unavailable', reason: 'answer is not a JSON object' });
    standIn.handler = serveDocuments;
    expect(await crmOf({}, { maxAnswerBytes: 100 }).lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'unavailable', reason: 'answer too large' });
  });

  it('is unavailable when the connection is refused', async () => {
    const crm = httpCrm({ urlTemplate: `http://127.0.0.1:${await closedPort()}/c/{externalId}`, fields: {}, timeoutMs: 2000, cacheSeconds: 60 }, { clock: manualClock() });
    expect(await crm.lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'unavailable', reason: 'connection refused' });
  });

  it('keeps found and not-found answers for cacheSeconds by its clock, and failures not at all', async () => {
    const clock = manualClock();
    const crm = crmOf({ cacheSeconds: 60 }, { clock });
    await crm.lookup(workspaceId, 'CRM-T-1');
    await crm.lookup(workspaceId, 'CRM-T-404');
    clock.advance(59);
    expect((await crm.lookup(workspaceId, 'CRM-T-1')).status).toBe('found');
    expect((await crm.lookup(workspaceId, 'CRM-T-404')).status).toBe('not_found');
    expect(standIn.requests).toHaveLength(2);
    clock.advance(2);
    await crm.lookup(workspaceId, 'CRM-T-1');
    expect(standIn.requests).toHaveLength(3);
    // A different workspace asks again.
    await crm.lookup('00000000-0000-4000-8000-000000000002', 'CRM-T-1');
    expect(standIn.requests).toHaveLength(4);

    standIn.handler = (_request, response) => response.writeHead(503).end();
    expect((await crm.lookup(workspaceId, 'CRM-T-2')).status).toBe('unavailable');
    standIn.handler = serveDocuments;
    expect((await crm.lookup(workspaceId, 'CRM-T-2')).status).toBe('not_found');
    expect(standIn.requests).toHaveLength(6);
  });

  it('caches nothing with cacheSeconds 0, and a bounded number of accounts otherwise', async () => {
    const uncached = crmOf({ cacheSeconds: 0 });
    await uncached.lookup(workspaceId, 'CRM-T-1');
    await uncached.lookup(workspaceId, 'CRM-T-1');
    expect(standIn.requests).toHaveLength(2);

    const small = crmOf({}, { maxCachedAccounts: 2 });
    for (const id of ['a', 'b', 'c', 'a']) await small.lookup(workspaceId, id);
    // "a" was the oldest of three, so it was dropped and asked again.
    expect(standIn.requests.map((r) => r.path).slice(2)).toEqual(['/api/customers/a', '/api/customers/b', '/api/customers/c', '/api/customers/a']);
    await small.lookup(workspaceId, 'c');
    expect(standIn.requests).toHaveLength(6);
  });

  it('shares one request among concurrent lookups of an id, giving each caller its own copy', async () => {
    standIn.handler = (request, response) => setTimeout(() => serveDocuments(request, response), 100);
    const crm = crmOf();
    const answers = await Promise.all(Array.from({ length: 5 }, () => crm.lookup(workspaceId, 'CRM-T-1')));
    expect(standIn.requests).toHaveLength(1);
    for (const answer of answers) expect(answer).toEqual({ status: 'found', account: contractAccounts[0] });
    if (answers[0]!.status === 'found') answers[0]!.account.orders.length = 0;
    expect(await crm.lookup(workspaceId, 'CRM-T-1')).toEqual({ status: 'found', account: contractAccounts[0] });
  });

  it('leaves out list items it cannot read, and reads defaults when nothing is mapped', async () => {
    standIn.handler = (_request, response) =>
      response.writeHead(200).end(
        JSON.stringify({
          externalId: 'X-1',
          name: '  Grace  ',
          tier: 'Platinum',
          customerSince: '2020-02-03T10:00:00Z',
          orders: [
            { number: 7, status: 'new', totalMinor: 100, currency: 'usd', placedAt: '2024-01-01T00:00:00Z' },
            { number: '8', status: 'new', total: '12.5', currency: 'EUR', placedAt: '2024-02-01' },
            { number: '9', status: 'new', totalMinor: 100, currency: 'USD', placedAt: 'yesterday' },
            { number: '10', status: 'new', currency: 'USD', placedAt: '2024-01-01T00:00:00Z' },
            'not an order',
          ],
          subscriptions: { not: 'a list' },
          tickets: [{ subject: 'Hi', status: 'open', openedAt: '2024-03-01T10:00:00' }],
        }),
      );
    const crm = crmOf({ fields: {} });
    expect(await crm.lookup(workspaceId, 'X-1')).toEqual({
      status: 'found',
      account: {
        externalId: 'X-1',
        name: 'Grace',
        tier: 'platinum',
        customerSince: '2020-02-03',
        orders: [
          { number: '8', status: 'new', totalMinor: 1250, currency: 'EUR', placedAt: '2024-02-01T00:00:00.000Z' },
          { number: '7', status: 'new', totalMinor: 100, currency: 'USD', placedAt: '2024-01-01T00:00:00.000Z' },
        ],
        subscriptions: [],
        tickets: [],
      },
    });
  });

  it('refuses a field map naming unknown fields or malformed paths, listing each', () => {
    const make = () => httpCrm({ urlTemplate: 'http://127.0.0.1/{externalId}', fields: { tierr: 'level', name: 'a..b' }, timeoutMs: 100, cacheSeconds: 0 }, { clock: manualClock() });
    expect(make).toThrow(ConfigError);
    expect(make).toThrow(/"tierr" is not a Baton field[\s\S]*"name" has a malformed path/);
  });
});
