import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton, openPage, pwned } from '../helpers/browser.ts';
import { consoleSignIn, presenceOf, renderedSeqs, widgetOf } from '../helpers/browserActors.ts';
import { until } from '../helpers/testBaton.ts';

// The whole handoff in a real browser: a customer on the sample host page asks for a person,
// an agent's console gets the offer, accepts, reads the summary first, replies; the customer
// sees the reply, the agent resolves, the customer answers the CSAT.
describe.runIf(browserAvailable())('a handoff in Chromium, widget to console and back', () => {
  const env = browserBaton({ routingIntervalMs: 200 });

  it('carries the customer to a person and back to a rating', async () => {
    // The agent is online in the console before the customer asks.
    const console_ = await openPage(await env.browser.newContext(), `${env.baton.url}/console/`);
    await consoleSignIn(console_, 'billing.one@demo.baton.test');
    await until(() => presenceOf(env.baton, 'billing.one@demo.baton.test'), (p) => p === 'online');

    // The customer opens the widget on the shop's page and asks for a person.
    const shop = await openPage(await env.browser.newContext(), `${env.baton.url}/demo/`);
    const widget = () => widgetOf(shop);
    await widget().getByTestId('launcher').click();
    await widget().getByTestId('composer').fill('I was charged twice for order 8821, this is ridiculous. I want to talk to a person');
    await widget().getByTestId('send').click();
    await expect.poll(() => widget().getByTestId('queue-status').textContent(), { timeout: 15_000 }).toMatch(/queue|agent|minute|second/i);

    // The offer reaches the console with a countdown; the agent accepts.
    const offer = console_.getByTestId('offer').first();
    await offer.waitFor({ timeout: 15_000 });
    expect(Number((await offer.getByTestId('offer-countdown').textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(0);
    await offer.getByTestId('offer-accept').click();

    // The summary comes first, above the transcript, and that it was shown is recorded.
    const summary = console_.getByTestId('summary');
    await summary.waitFor({ timeout: 10_000 });
    const [summaryTop, transcriptTop] = await Promise.all([summary.boundingBox(), console_.getByTestId('transcript').boundingBox()]);
    expect(summaryTop!.y).toBeLessThan(transcriptTop!.y);
    expect(await console_.getByTestId('summary-sentiment').textContent()).toMatch(/frustrated|upset/i);
    expect(await console_.getByTestId('summary-intent').textContent()).toMatch(/8821/);
    await until(() => env.baton.database.db.selectFrom('events').select('payload').where('type', '=', 'summary.viewed').execute(), (rows) => rows.some((r) => (r.payload as { action: string }).action === 'shown'));

    // The opening line is matched to the mood: empathy first, and it names the issue.
    const suggestion = await console_.getByTestId('opening-suggestion').textContent();
    expect(suggestion).toMatch(/sorry/i);
    expect(suggestion).toMatch(/8821/);
    await console_.getByTestId('use-suggestion').click();
    expect(await console_.getByTestId('draft').inputValue()).toMatch(/sorry/i);
    await console_.getByTestId('draft').fill('I have refunded the duplicate charge on order 8821; you will see it in 3-5 days.');
    await console_.getByTestId('send').click();

    // The customer sees the agent joined, by name, and the reply.
    await expect.poll(() => widget().getByTestId('log').textContent(), { timeout: 10_000 }).toContain('Billing Agent 1 joined');
    await expect.poll(() => widget().getByTestId('log').textContent(), { timeout: 10_000 }).toContain('refunded the duplicate charge');

    // The agent resolves; the customer is asked how it went and answers.
    await console_.getByTestId('disposition').selectOption('refunded');
    await console_.getByTestId('resolve').click();
    const csat = widget().getByTestId('csat');
    await csat.waitFor({ timeout: 10_000 });
    await csat.getByTestId('csat-score-4').click();
    await csat.getByTestId('csat-comment').fill('Sorted quickly once a person had it');
    await csat.getByTestId('csat-submit').click();
    await widget().getByTestId('csat-thanks').waitFor();
    const stored = await env.baton.database.db.selectFrom('csat_responses').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ score: 4, comment: 'Sorted quickly once a person had it' });

    // Each message shows once, in order, on both sides; no script error anywhere.
    const seqs = await renderedSeqs(widget());
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect([shop.problems, console_.problems]).toEqual([[], []]);
    expect([await pwned(shop), await pwned(console_)]).toEqual([undefined, undefined]);
  });
});
