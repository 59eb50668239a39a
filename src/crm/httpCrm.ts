import { ConfigError, type CrmConfig } from '../core/config.ts';
import type { Clock } from '../core/ports.ts';
import { checkCrmFields } from './crmFields.ts';
import { lookupCache } from './lookupCache.ts';
import { mapCrmAnswer } from './mapCrmAnswer.ts';
import type { CrmConnector, CrmLookup } from './types.ts';

/** What `httpCrm` needs besides its configuration. */
export interface HttpCrmOptions {
  /** Times the cache (no `Date.now()` inside, so tests control it). */
  clock: Clock;
  /** At most this many answers cached (default 1,000). */
  maxCachedAccounts?: number;
  /** Answers larger than this are refused (default 1 MiB). */
  maxAnswerBytes?: number;
}

class AnswerTooLarge extends Error {}

/**
 * The CRM read over HTTP: `GET` the URL template with the external id URL-encoded, bearer
 * token when configured, within `timeoutMs`. 200 is read through the field map
 * (`crmFieldDefaults`), 404 is `not_found`, anything else is `unavailable` with a short reason.
 * Found and not-found answers are cached `cacheSeconds` (failures are not); concurrent
 * lookups of one id share one request. One CRM serves every workspace; the cache is kept per
 * workspace all the same. Throws `ConfigError` for a bad field map, at start-up.
 *
 * @example
 *   const crm = httpCrm(config.crm, { clock: systemClock });
 *   await crm.lookup(workspaceId, 'CUST-29441'); // { status: 'unavailable', reason: 'timeout after 2000 ms' } at worst
 */
export function httpCrm(config: CrmConfig, options: HttpCrmOptions): CrmConnector {
  const problems = checkCrmFields(config.fields);
  if (problems.length > 0) throw new ConfigError(problems);
  const maxAnswerBytes = options.maxAnswerBytes ?? 1024 * 1024;
  const cached = lookupCache<CrmLookup>({
    ttlMs: config.cacheSeconds * 1000,
    maxEntries: options.maxCachedAccounts ?? 1000,
    clock: options.clock,
    keep: (answer) => answer.status !== 'unavailable',
  });

  async function request(externalId: string): Promise<CrmLookup> {
    const url = config.urlTemplate.replaceAll('{externalId}', encodeURIComponent(externalId));
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json', ...(config.token && { authorization: `Bearer ${config.token}` }) },
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return response.status === 404 ? { status: 'not_found' } : unavailable(`HTTP ${response.status}`);
      }
      let answer: unknown;
      try {
        answer = JSON.parse(await readText(response, maxAnswerBytes));
      } catch (error) {
        if (error instanceof SyntaxError) return unavailable('bad JSON');
        throw error;
      }
      const account = mapCrmAnswer(answer, externalId, config.fields);
      return account ? { status: 'found', account } : unavailable('answer is not a JSON object');
    } catch (error) {
      return unavailable(describeFailure(error, config.timeoutMs));
    }
  }

  return {
    async lookup(workspaceId, externalId) {
      if (externalId.trim() === '') return { status: 'not_found' };
      // Each caller gets its own copy: a shared, cached answer must not be changed by one of them.
      return structuredClone(await cached(`${workspaceId}\u0000${externalId}`, () => request(externalId)));
    },
  };
}

function unavailable(reason: string): CrmLookup {
  return { status: 'unavailable', reason };
}

/** The body as text, refusing more than `limit` bytes. */
async function readText(response: Response, limit: number): Promise<string> {
  if (Number(response.headers.get('content-length') ?? 0) > limit) throw new AnswerTooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > limit) throw new AnswerTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A short reason for the agent's packet and the logs: never a stack, never the token. */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof AnswerTooLarge) return 'answer too large';
  const { name, cause } = error as { name?: string; cause?: { code?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `timeout after ${timeoutMs} ms`;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code?.startsWith('UND_ERR_') || code?.startsWith('E')) return `request failed (${code})`;
  return 'request failed';
}
