import type { Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton } from '../helpers/browser.ts';
import { consoleSignIn, renderedSeqs, widgetOf } from '../helpers/browserActors.ts';
import { billingHandoff, signedInAgent, until, type Client } from '../helpers/testBaton.ts';

/** Route a page's WebSockets through Playwright so a test can cut them like a dropped network. */
async function cuttableSockets(page: Page): Promise<{ cut(): Promise<void> }> {
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/v1\/ws/, (route) => {
    route.connectToServer();
    open.add(route);
  });
  return {
    async cut() {
      for (const route of open) await route.close({ code: 1006, reason: 'network dropped' }).catch(() => {});
      open.clear();
    },
  };
}

describe.runIf(browserAvailable())('reconnecting without loss in Chromium', () => {
  const env = browserBaton({ runRouting: false });

  const bodiesIn = async (conversationId: string) =>
    (await env.baton.database.db.selectFrom('messages').select(['seq', 'body']).where('conversation_id', '=', conversationId).orderBy('seq').execute());

  it('the widget survives a network drop and a reload: every message once, in order, same conversation', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const sockets = await cuttableSockets(page);
    await page.goto(`${env.baton.url}/demo/`);
    const widget = widgetOf(page);
    await widget.getByTestId('launcher').click();
    await widget.getByTestId('composer').fill('I was charged twice for my order, I want to talk to a person');
    await widget.getByTestId('send').click();
    // Nobody is online: the customer is told so and offered a callback.
    await widget.getByTestId('choice-callback').waitFor({ timeout: 15_000 });
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    const [key, value] = Object.entries(stored)[0]!;
    expect(Object.keys(stored)).toEqual([key]);
    const { conversationId, customerToken, ...rest } = JSON.parse(value);
    expect(rest).toEqual({}); // nothing personal beside the token
    expect(customerToken).toEqual(expect.any(String));

    const agent = await signedInAgent(env.baton.url);
    const handoff = (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
    await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`, {});

    // The network drops: the socket is cut and requests fail. The agent writes meanwhile, and
    // the customer writes too (kept and sent once the network is back).
    await context.setOffline(true);
    await sockets.cut();
    for (const n of [1, 2, 3]) await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: `Agent note ${n} while you were offline` });
    await widget.getByTestId('composer').fill('Are you still there?');
    await widget.getByTestId('send').click();
    await context.setOffline(false);

    await expect.poll(async () => (await widget.getByTestId('log').textContent()) ?? '', { timeout: 20_000 }).toContain('Agent note 3 while you were offline');
    await until(() => bodiesIn(conversationId), (rows) => rows.some((r) => r.body === 'Are you still there?'), 20_000);
    await expect.poll(() => renderedSeqs(widget), { timeout: 10_000 }).toEqual((await bodiesIn(conversationId)).map((r) => r.seq));
    expect((await bodiesIn(conversationId)).filter((r) => r.body === 'Are you still there?')).toHaveLength(1);

    // A reload resumes the same conversation and shows each message once, in order.
    await page.reload();
    await widget.getByTestId('launcher').click();
    const all = (await bodiesIn(conversationId)).map((r) => r.seq);
    await expect.poll(() => renderedSeqs(widget), { timeout: 10_000 }).toEqual(all);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!).conversationId).toBe(conversationId);
    await context.close();
  });

  it('the console survives a network drop: messages sent meanwhile arrive once, in order', async () => {
    const { customer, conversationId } = await billingHandoff(env.baton);
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const sockets = await cuttableSockets(page);
    await page.goto(`${env.baton.url}/console/`);
    await consoleSignIn(page, 'billing.two@demo.baton.test', false);
    const take = page.getByTestId('waiting-item').filter({ has: page.locator(`[data-conversation-id="${conversationId}"]`) }).or(page.locator(`[data-testid="waiting-item"][data-conversation-id="${conversationId}"]`));
    await take.first().getByTestId('take').click();
    await page.getByTestId('transcript').waitFor();

    await context.setOffline(true);
    await sockets.cut();
    await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/reconnect/i);
    for (const n of [1, 2]) await (customer as Client).post(`/v1/conversations/${conversationId}/messages`, { body: `Customer follow-up ${n}` });
    await context.setOffline(false);

    const transcript = page.getByTestId('transcript');
    await expect.poll(async () => (await transcript.textContent()) ?? '', { timeout: 20_000 }).toContain('Customer follow-up 2');
    await expect.poll(() => renderedSeqs(transcript), { timeout: 10_000 }).toEqual((await bodiesIn(conversationId)).map((r) => r.seq));
    await context.close();
  });
});
