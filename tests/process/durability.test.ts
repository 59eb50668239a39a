import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killHard, startBatonProcess } from '../helpers/batonProcess.ts';
import { openServerDatabase } from '../helpers/engines.ts';
import { Client } from '../helpers/testBaton.ts';

const serverUrl = process.env.BATON_TEST_DATABASE_URL;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Where each engine's process keeps its data, and how to clean it up. */
const targets: { name: string; env: () => Promise<Record<string, string>> }[] = [
  {
    name: 'pglite',
    env: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'baton-durability-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      return { BATON_DATA_DIR: dir };
    },
  },
  ...(serverUrl
    ? [
        {
          name: 'postgres',
          env: async () => {
            // An empty database: the process migrates and seeds it itself, as in production.
            const database = await openServerDatabase(serverUrl, true);
            cleanups.push(() => database.close());
            return { DATABASE_URL: database.url };
          },
        },
      ]
    : []),
];

describe.each(targets)('an acknowledged customer message survives SIGKILL on $name (Q7)', { timeout: 120_000 }, (target) => {
  it('is there after a restart on the same data', async () => {
    const env = await target.env();
    const first = await startBatonProcess(env);
    cleanups.push(() => killHard(first.child));
    const customer = new Client(first.url);
    const started = await customer.post('/v1/conversations', { workspace: 'demo' });
    customer.bearer = started.body.customerToken;
    const id = started.body.conversation.id;

    const sent = await customer.post(`/v1/conversations/${id}/messages`, { body: 'please keep this message', clientMessageId: 'durable-1' });
    expect(sent.status).toBe(201);
    await killHard(first.child); // right after the 2xx, no graceful shutdown

    const second = await startBatonProcess(env);
    cleanups.push(() => killHard(second.child));
    const again = new Client(second.url, customer.bearer);
    const { body } = await again.get(`/v1/conversations/${id}/messages`);
    expect(body.messages.map((m: any) => m.body)).toContain('please keep this message');
    // A retry of the same send after the crash is still stored once.
    const retry = await again.post(`/v1/conversations/${id}/messages`, { body: 'please keep this message', clientMessageId: 'durable-1' });
    expect(retry.body.created).toBe(false);
    expect(second.output()).not.toMatch(/seeded now/);
    await killHard(second.child);
  });
});

describe('the embedded database is one process (Q6)', { timeout: 120_000 }, () => {
  it('refuses a second Baton on the same data folder with a clear message', async () => {
    const env = await targets[0]!.env();
    const first = await startBatonProcess(env);
    cleanups.push(() => killHard(first.child));
    await expect(startBatonProcess(env)).rejects.toThrow(/exited with 1[\s\S]*in use by process \d+[\s\S]*DATABASE_URL/);
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    await killHard(first.child);
  });
});
