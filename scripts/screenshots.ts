// `npm run screenshots`: the widget, the agent console and the supervisor view in Chromium,
// saved as PNGs in docs/screenshots/ for the README. Runs Baton in this process on an
// in-memory database with the demo workspace; needs `npm run build` and Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/core/config.ts';
import { startBaton } from '../src/main.ts';
import { openDatabase } from '../src/store/openDatabase.ts';

const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

const baton = await startBaton(loadConfig({ BATON_PORT: '0', BATON_HOST: '127.0.0.1', BATON_LOG_LEVEL: 'warn' }), {
  database: await openDatabase({ engine: 'pglite', memory: true }),
  routingIntervalMs: 300,
});
const browser = await chromium.launch({
  executablePath: process.env.BATON_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function customerSays(text: string): Promise<void> {
  const started = await (await fetch(`${baton.url}/v1/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"workspace":"demo"}' })).json();
  await fetch(`${baton.url}/v1/conversations/${started.conversation.id}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${started.customerToken}` },
    body: JSON.stringify({ body: text }),
  });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baton.url}/console/`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('baton-demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('me').waitFor();
}

try {
  // The agent is online in the console before the customer asks.
  const agent = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(agent, 'billing.one@demo.baton.test');
  const presence = agent.getByTestId('presence');
  if ((await presence.getAttribute('aria-pressed')) !== 'true') await presence.click();

  // The customer on the shop page tries the assistant first, then asks for a person.
  const shopPage = await (await browser.newContext({ viewport: { width: 1100, height: 760 } })).newPage();
  await shopPage.goto(`${baton.url}/demo/`);
  const widget = shopPage.locator('#baton-widget');
  await widget.getByTestId('launcher').click();
  const say = async (text: string) => {
    const before = await widget.getByTestId('message').count();
    await widget.getByTestId('composer').fill(text);
    await widget.getByTestId('send').click();
    while ((await widget.getByTestId('message').count()) < before + 2) await shopPage.waitForTimeout(100);
  };
  await say('How do I get a refund for order 8821?');
  await say("The refund portal says my order is not eligible. I was charged twice, this is ridiculous. I want to talk to a person");
  await widget.getByTestId('queue-status').waitFor({ timeout: 15_000 });
  await shopPage.waitForTimeout(500);
  await shopPage.screenshot({ path: join(out, 'widget-waiting.png') });

  // The offer arrives with its countdown; the agent accepts and reads the summary first.
  const offer = agent.getByTestId('offer').filter({ hasText: '8821' });
  await offer.waitFor({ timeout: 20_000 });
  await agent.screenshot({ path: join(out, 'console-offer.png') });
  await offer.getByTestId('offer-accept').click();
  await agent.getByTestId('summary').waitFor();
  await agent.getByTestId('draft').fill('Would you like to try the refund portal again?');
  await agent.waitForTimeout(500);
  await agent.screenshot({ path: join(out, 'console-summary.png') });
  await agent.getByTestId('draft').fill('');
  await agent.getByTestId('use-suggestion').click();
  await agent.getByTestId('send').click();
  await widget.getByTestId('log').getByText('sorry', { exact: false }).first().waitFor({ timeout: 10_000 });
  await shopPage.waitForTimeout(400);
  await shopPage.screenshot({ path: join(out, 'widget-agent.png') });

  // Others ask for a person, so the supervisor's queues have a shape.
  await customerSays('My app keeps crashing when I sync, I need a human');
  await customerSays('The sync fails with error 502 on every device. Let me talk to an agent');
  await customerSays('Ich möchte mit einem Menschen sprechen, meine Rechnung ist falsch');

  // The supervisor watches the queues (away, so nothing is offered to them).
  const supervisor = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  await signIn(supervisor, 'billing.lead@demo.baton.test');
  const supervisorPresence = supervisor.getByTestId('presence');
  if ((await supervisorPresence.getAttribute('aria-pressed')) === 'true') await supervisorPresence.click();
  await supervisor.getByTestId('nav-supervisor').click();
  await supervisor.getByTestId('queues').waitFor();
  await supervisor.waitForTimeout(800);
  await supervisor.screenshot({ path: join(out, 'supervisor.png'), fullPage: true });

  // The dashboard over the demo workspace's 14 days of simulated history.
  await supervisor.getByTestId('nav-dashboard').click();
  await supervisor.getByTestId('chart-handoff-rate').waitFor();
  await supervisor.waitForTimeout(1200);
  await supervisor.setViewportSize({ width: 1280, height: 900 });
  await supervisor.screenshot({ path: join(out, 'dashboard.png') });
  console.log(`Screenshots in ${out}`);
} finally {
  await browser.close();
  await baton.close();
}
