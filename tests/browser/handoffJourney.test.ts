import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium, openPage, pwned } from '../helpers/browser.ts';
import { engines } from '../helpers/engines.ts';
import { startTestBaton, until, type TestBaton } from '../helpers/testBaton.ts';

// The whole handoff in a real browser: a customer on the sample host page asks for a person,
// an agent's console gets the offer, accepts, reads the summary first, replies; the customer
// sees the reply, the agent resolves, the customer answers the CSAT.
describe.runIf(browserAvailable())('a handoff in Chromium, widget to console and back', () => {
  let baton: TestBaton;
  let browser: Browser;
  let customerContext: BrowserContext;
  let agentContext: BrowserContext;

  beforeAll(async () => {
    baton = await startTestBaton(engines[0]!, { routingIntervalMs: 200 });
    browser = await launchChromium();
    customerContext = await browser.newContext();
    agentContext = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await baton?.close();
  });

  const widget = (page: Page) => page.locator('#baton-widget');

  async function signIn(page: Page, email: string): Promise<void> {
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('baton-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('me').waitFor();
  }

  it('carries the customer to a person and back to a rating', async () => {
    // The agent is online in the console before the customer asks.
    const console_ = await openPage(agentContext, `${baton.url}/console/`);
    await signIn(console_, 'billing.one@demo.baton.test');
    const presence = console_.getByTestId('presence');
    if ((await presence.getAttribute('aria-pressed')) !== 'true') await presence.click();
    await until(async () => (await baton.deps.store.agents.byEmail((await baton.deps.store.workspaces.bySlug('demo'))!.id, 'billing.one@demo.baton.test'))?.presence, (p) => p === 'online');

    // The customer opens the widget on the shop's page and asks for a person.
    const shop = await openPage(customerContext, `${baton.url}/demo/`);
    await widget(shop).getByTestId('launcher').click();
    await widget(shop).getByTestId('composer').fill('I was charged twice for order 8821, this is ridiculous. I want to talk to a person');
    await widget(shop).getByTestId('send').click();
    await expect.poll(() => widget(shop).getByTestId('queue-status').textContent(), { timeout: 15_000 }).toMatch(/queue|agent|minute|second/i);

    // The offer reaches the console with a countdown; the agent accepts.
    const offer = console_.getByTestId('offer').first();
    await offer.waitFor({ timeout: 15_000 });
    expect(Number((await offer.getByTestId('offer-countdown').textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(0);
    await offer.getByTestId('offer-accept').click();

    // The summary comes first, above the transcript, and opening it is recorded.
    const summary = console_.getByTestId('summary');
    await summary.waitFor({ timeout: 10_000 });
    const [summaryTop, transcriptTop] = await Promise.all([summary.boundingBox(), console_.getByTestId('transcript').boundingBox()]);
    expect(summaryTop!.y).toBeLessThan(transcriptTop!.y);
    expect(await console_.getByTestId('summary-sentiment').textContent()).toMatch(/frustrated|upset/i);
    expect(await console_.getByTestId('summary-intent').textContent()).toMatch(/8821/);
    await until(() => baton.database.db.selectFrom('events').select('payload').where('type', '=', 'summary.viewed').execute(), (rows) => rows.some((r) => (r.payload as { action: string }).action === 'opened'));

    // The opening line is matched to the mood: empathy first, and it names the issue.
    const suggestion = await console_.getByTestId('opening-suggestion').textContent();
    expect(suggestion).toMatch(/sorry/i);
    expect(suggestion).toMatch(/8821/);
    await console_.getByTestId('use-suggestion').click();
    expect(await console_.getByTestId('draft').inputValue()).toMatch(/sorry/i);
    await console_.getByTestId('draft').fill('I have refunded the duplicate charge on order 8821; you will see it in 3-5 days.');
    await console_.getByTestId('send').click();

    // The customer sees the agent joined, by name, and the reply.
    await expect.poll(() => widget(shop).getByTestId('log').textContent(), { timeout: 10_000 }).toContain('Billing Agent 1 joined');
    await expect.poll(() => widget(shop).getByTestId('log').textContent(), { timeout: 10_000 }).toContain('refunded the duplicate charge');

    // The agent resolves; the customer is asked how it went and answers.
    await console_.getByTestId('disposition').selectOption('refunded');
    await console_.getByTestId('resolve').click();
    const csat = widget(shop).getByTestId('csat');
    await csat.waitFor({ timeout: 10_000 });
    await csat.getByTestId('csat-score-4').click();
    await csat.getByTestId('csat-comment').fill('Sorted quickly once a person had it');
    await csat.getByTestId('csat-submit').click();
    await widget(shop).getByTestId('csat-thanks').waitFor();
    const stored = await baton.database.db.selectFrom('csat_responses').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ score: 4, comment: 'Sorted quickly once a person had it' });

    // Each message shows once, in order, on both sides; no script error anywhere.
    const seqs = await widget(shop).getByTestId('message').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-seq'))));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect([shop.problems, console_.problems]).toEqual([[], []]);
    expect([await pwned(shop), await pwned(console_)]).toEqual([undefined, undefined]);
  });
});
