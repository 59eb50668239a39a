import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton, openPage, pwned } from '../helpers/browser.ts';
import { assistantSays, consoleSignIn, widgetOf } from '../helpers/browserActors.ts';

/** RELIABILITY.md S4: each would set the canary `window.__pwned` if it ever ran. */
const corpus = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2"><circle r=1></svg>',
  '[click me](javascript:window.__pwned=3)',
  '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
  '<script>window.__pwned=5</script>',
  '"><img src=x onerror=window.__pwned=6>',
  '<a href="javascript:window.__pwned=7">link</a>',
];

/** No element the corpus could have made exists under `root`, and the text shows literally. */
async function rendersAsText(root: Locator, texts: string[]): Promise<void> {
  expect(await root.locator('img, svg, iframe, script, a[href^="javascript"]').count()).toBe(0);
  const shown = (await root.textContent()) ?? '';
  for (const text of texts) expect(shown).toContain(text);
}

describe.runIf(browserAvailable())('stored XSS renders as text everywhere, in Chromium (S4)', () => {
  const env = browserBaton({ routingIntervalMs: 200 });

  it('from the customer, the assistant and the agent: in the widget, the console and the summary', async () => {
    // Without the pages' CSP, so a rendering slip would run the corpus and set the canary:
    // what is tested is that text stays text, not that the CSP catches it.
    const agentPage: Page & { problems: string[] } = await openPage(await env.browser.newContext({ bypassCSP: true }), `${env.baton.url}/console/`);
    await consoleSignIn(agentPage, 'billing.one@demo.baton.test');

    const shop = await openPage(await env.browser.newContext({ bypassCSP: true }), `${env.baton.url}/demo/`);
    const widget = widgetOf(shop);
    await widget.getByTestId('launcher').click();
    const customerSends = async (text: string) => {
      const before = await widget.getByTestId('message').count();
      await widget.getByTestId('composer').fill(text);
      await widget.getByTestId('send').click();
      await expect.poll(() => widget.getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThan(before);
    };
    // The first message opens the conversation; its text becomes the packet's intent line.
    await customerSends(corpus[0]!);
    const conversationId = JSON.parse(Object.values(await shop.evaluate(() => ({ ...localStorage })))[0] as string).conversationId as string;
    for (const text of corpus.slice(1)) await assistantSays(env.baton, conversationId, `Assistant: ${text}`);
    await customerSends(`${corpus[1]} I was charged twice, I want to talk to a person`);

    await agentPage.getByTestId('offer').first().waitFor({ timeout: 15_000 });
    await agentPage.getByTestId('offer-accept').first().click();
    await agentPage.getByTestId('summary').waitFor({ timeout: 10_000 });
    for (const text of corpus) {
      await agentPage.getByTestId('draft').fill(`Agent: ${text}`);
      await agentPage.getByTestId('send').click();
    }
    await expect.poll(async () => (await widget.getByTestId('log').textContent()) ?? '', { timeout: 10_000 }).toContain(`Agent: ${corpus.at(-1)}`);
    await expect.poll(async () => (await agentPage.getByTestId('transcript').textContent()) ?? '', { timeout: 10_000 }).toContain(`Agent: ${corpus.at(-1)}`);

    await rendersAsText(widget.getByTestId('log'), [corpus[0]!, ...corpus.map((t) => `Assistant: ${t}`).slice(1), ...corpus.map((t) => `Agent: ${t}`)]);
    await rendersAsText(agentPage.getByTestId('transcript'), [corpus[0]!, ...corpus.slice(1).map((t) => `Assistant: ${t}`), ...corpus.map((t) => `Agent: ${t}`)]);
    // The summary quotes the customer's first words (the intent line) and their evidence.
    await rendersAsText(agentPage.getByTestId('summary'), ['<img src=x onerror=']);
    // Give a late event handler time to fire, then read the canary on every page.
    await shop.waitForTimeout(500);
    expect([await pwned(shop), await pwned(agentPage)]).toEqual([undefined, undefined]);
    expect([shop.problems, agentPage.problems]).toEqual([[], []]);
  });
});
