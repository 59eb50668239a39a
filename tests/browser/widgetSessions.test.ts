import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signExternalId } from '../../src/core/secrets.ts';
import { browserAvailable, browserBaton } from '../helpers/browser.ts';
import { widgetOf } from '../helpers/browserActors.ts';
import { until } from '../helpers/testBaton.ts';

describe.runIf(browserAvailable())('the widget\'s saved sessions, in Chromium', () => {
  const env = browserBaton({ runRouting: false });

  const bodiesIn = async (conversationId: string) =>
    (await env.baton.database.db.selectFrom('messages').select('body').where('conversation_id', '=', conversationId).orderBy('seq').execute()).map((r) => r.body);

  /** A page of the company's site where a known customer is signed in (identity signed by the site's server). */
  async function signedInPage(context: BrowserContext, externalId: string): Promise<void> {
    const secret = (await env.baton.database.db.selectFrom('workspaces').select('identity_secret').where('slug', '=', 'demo').executeTakeFirstOrThrow()).identity_secret;
    await context.route(`${env.baton.url}/account/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><body><h1>My account</h1><script src="/widget.js" data-workspace="demo" data-customer-id="${externalId}" data-customer-signature="${signExternalId(secret, externalId)}"></script></body></html>`,
      }),
    );
  }

  it('never shows a signed-in customer\'s conversation to the next person at the same browser', async () => {
    const context = await env.browser.newContext();
    await signedInPage(context, 'CUST-29441');
    const page = await context.newPage();
    await page.goto(`${env.baton.url}/account/`);
    await widgetOf(page).getByTestId('launcher').click();
    await widgetOf(page).getByTestId('composer').fill('About my order 8821, a private question');
    await widgetOf(page).getByTestId('send').click();
    await expect.poll(async () => (await widgetOf(page).getByTestId('log').textContent()) ?? '').toContain('a private question');
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('baton:demo')))!);
    expect(saved).toMatchObject({ verified: true });

    // Someone else, not signed in, opens the shop's page in the same browser.
    await page.goto(`${env.baton.url}/demo/`);
    await widgetOf(page).getByTestId('launcher').click();
    await widgetOf(page).getByTestId('log').waitFor();
    expect(await widgetOf(page).getByTestId('log').textContent()).not.toContain('a private question');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('baton:demo'))).toBeNull();

    // The signed-in customer comes back and finds their own conversation.
    await page.goto(`${env.baton.url}/account/`);
    await widgetOf(page).getByTestId('launcher').click();
    await expect.poll(async () => (await widgetOf(page).getByTestId('log').textContent()) ?? '', { timeout: 10_000 }).toContain('a private question');
    expect(await bodiesIn(saved.conversationId)).toContain('About my order 8821, a private question');
    await context.close();
  });

  it('keeps a message that could not be sent through a reload, and stores it once', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.baton.url}/demo/`);
    const widget = widgetOf(page);
    await widget.getByTestId('launcher').click();
    await widget.getByTestId('composer').fill('Hello, first message');
    await widget.getByTestId('send').click();
    await expect.poll(() => widget.getByTestId('message').count()).toBeGreaterThanOrEqual(3);
    const { conversationId } = JSON.parse((await page.evaluate(() => localStorage.getItem('baton:demo')))!);

    // Sending fails (the network drops under the request); the customer reloads at once.
    await page.route('**/v1/conversations/*/messages', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
    await widget.getByTestId('composer').fill('Written while the connection was down');
    await widget.getByTestId('send').click();
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('baton:demo:unsent'))).toContain('Written while the connection was down');
    await page.unroute('**/v1/conversations/*/messages');
    await page.reload();

    await until(() => bodiesIn(conversationId), (bodies) => bodies.includes('Written while the connection was down'), 15_000);
    await widget.getByTestId('launcher').click();
    await expect.poll(async () => (await widget.getByTestId('log').textContent()) ?? '').toContain('Written while the connection was down');
    expect((await bodiesIn(conversationId)).filter((b) => b === 'Written while the connection was down')).toHaveLength(1);
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('baton:demo:unsent'))).toBeNull();
    await context.close();
  });
});
