import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { engines } from './engines.ts';
import { startTestBaton, type TestBaton } from './testBaton.ts';

/** Debian's Chromium (`apt-get install -y chromium`; `.ci/run` installs it), or `BATON_CHROMIUM`. */
export const chromiumPath = process.env.BATON_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether the browser suites can run. Without Chromium they are skipped on a developer's
 * machine (with a notice) and fail in CI, where a skipped test would hide a gap.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const hint = `Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\` (or set BATON_CHROMIUM).`;
  if (process.env.CI) throw new Error(hint);
  console.warn(`${hint} The browser tests are skipped.`);
  return false;
}

/** Headless Chromium, with nothing that reaches outside the machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A page that records uncaught errors and console errors, and keeps the XSS canary readable. */
export async function openPage(context: BrowserContext, url: string): Promise<Page & { problems: string[] }> {
  const page = (await context.newPage()) as Page & { problems: string[] };
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  // Console errors too: a failed request, or a script or style the page's CSP blocked.
  page.on('console', (message) => {
    // A 401 is how the console learns nobody is signed in yet: expected, not a problem.
    if (message.type() === 'error' && !/status of 401/.test(message.text())) page.problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return page;
}

/** Whether any script set the canary `window.__pwned`. */
export async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

/**
 * A Baton and a Chromium for one browser suite: both started before its tests, both closed
 * after. Call it inside the suite's `describe`.
 *
 * @example
 *   const env = browserBaton({ runRouting: false });
 *   it('…', async () => { const page = await env.browser.newPage(); await page.goto(env.baton.url); });
 */
export function browserBaton(options: Parameters<typeof startTestBaton>[1] = {}): { readonly baton: TestBaton; readonly browser: Browser } {
  let baton: TestBaton | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    baton = await startTestBaton(engines[0]!, options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await baton?.close();
  });
  return {
    get baton() {
      return baton!;
    },
    get browser() {
      return browser!;
    },
  };
}
