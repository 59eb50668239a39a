import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton, openPage } from '../helpers/browser.ts';
import { consoleSignIn } from '../helpers/browserActors.ts';
import { newCustomer, signedInAgent } from '../helpers/testBaton.ts';

// Live, the confidence trigger is off: the assistant answers whatever it finds.
const livePolicy = { confidenceThreshold: 0 };

describe.runIf(browserAvailable())('the policy backtest in the supervisor view, in Chromium', () => {
  const env = browserBaton({ runRouting: false, policy: livePolicy });

  it('backtests the unsaved settings: the flips are listed with their conversations, and nothing is saved', async () => {
    const talk = async (body: string) => {
      const { customer, conversationId } = await newCustomer(env.baton.url);
      expect((await customer.post(`/v1/conversations/${conversationId}/messages`, { body })).status).toBe(201);
      return conversationId;
    };
    // An unknown subject (answered with confidence 0.20), a well-known one, and a request for a person.
    const unknown = await talk('do you sell garden gnomes for my balcony');
    await talk('where can I download my invoice');
    await talk('I want to talk to a person');

    const supervisor = await signedInAgent(env.baton.url, 'billing.lead@demo.baton.test');
    const workspace = (await env.baton.deps.store.workspaces.bySlug('demo'))!;
    const before = await env.baton.deps.store.workspaces.escalationPolicy(workspace.id);
    expect(before.confidenceThreshold).toBe(0);

    const page = await openPage(await env.browser.newContext(), `${env.baton.url}/console/`);
    await consoleSignIn(page, 'billing.lead@demo.baton.test', false);
    await page.getByTestId('nav-supervisor').click();

    // A threshold out of range is refused in the form before anything is sent.
    await page.getByTestId('policy-confidenceThreshold').fill('7');
    await page.getByTestId('backtest-run').click();
    await expect.poll(async () => (await page.getByTestId('policy-form').textContent()) ?? '').toMatch(/The backtest did not run.*from 0 to 1/);
    expect(await page.getByTestId('backtest-report').count()).toBe(0);

    // The supervisor raises the threshold without saving, and backtests the last 7 days.
    await page.getByTestId('policy-confidenceThreshold').fill('0.95');
    await page.getByTestId('backtest-since').selectOption('7');
    const [sent] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/v1/agent/policy/backtest')),
      page.getByTestId('backtest-run').click(),
    ]);
    expect(sent.method()).toBe('POST');
    expect(sent.postDataJSON()).toEqual({ policy: { ...before, confidenceThreshold: 0.95 }, sinceDays: 7 });

    const report = page.getByTestId('backtest-report');
    await report.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('policy-error').count()).toBe(0);
    // A region named by its heading, with focus moved to it.
    expect(await page.getByRole('region', { name: 'Backtest: the last 7 days' }).count()).toBe(1);
    await expect.poll(() => report.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await page.getByTestId('backtest-status').getAttribute('role')).toBe('status');

    expect(await page.getByTestId('backtest-window').textContent()).toMatch(/^3 conversations replayed, started since /);
    expect(await page.getByTestId('backtest-changes').textContent()).toContain('confidenceThreshold: 0 → 0.95');
    expect(await page.getByTestId('backtest-rate-current').textContent()).toMatch(/^33\.3%Current policy \(1 of 3\)/);
    expect(await page.getByTestId('backtest-rate-candidate').textContent()).toMatch(/^66\.7%These settings \(2 of 3\)/);
    expect(await page.getByTestId('backtest-rate-change').textContent()).toContain('+33.3');
    const triggerRows = await page.getByTestId('backtest-triggers').locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(triggerRows).toContainEqual(['Low confidence', '0', '1', '+1']);
    expect(triggerRows).toContainEqual(['Asked for a person', '1', '1', 'no change']);
    expect(await page.getByTestId('backtest-priority').textContent()).toMatch(/Mean\s*40/);

    // The one conversation that flips: the unknown subject, linked to its conversation.
    const flips = page.getByTestId('backtest-flip');
    expect(await flips.evaluateAll((items) => items.map((li) => li.getAttribute('data-conversation-id')))).toEqual([unknown]);
    const flip = flips.first();
    const text = (await flip.textContent()) ?? '';
    expect(text).toContain('would now be handed off');
    expect(text).toContain("The candidate hands it off at the customer's message 1 (turn 2): Low confidence, priority 30.");
    expect(text).toContain('Evidence: confidence: bot confidence 0.20 < 0.95');
    expect(text).toContain('Intent: Asks: "do you sell garden gnomes for my balcony"');
    expect(await flip.getByRole('link').getAttribute('href')).toBe(`#/conversations/${unknown}`);
    expect(await page.getByTestId('backtest-flips-count').textContent()).toBe('1 would now be handed off; 0 would no longer be handed off.');

    // Nothing was saved: the stored policy and the one in effect are as before.
    expect(await env.baton.deps.store.workspaces.escalationPolicy(workspace.id)).toEqual(before);
    expect((await supervisor.get('/v1/agent/policy')).body.policy).toEqual(before);
    expect(await page.getByTestId('policy-stored-confidenceThreshold').textContent()).toBe('0');
    expect(await page.getByTestId('backtest-stale').count()).toBe(0);

    // Changing the form again marks the report as out of date.
    await page.getByTestId('policy-confidenceThreshold').fill('0.5');
    await page.getByTestId('backtest-stale').waitFor();

    // The link opens the conversation.
    await flip.getByRole('link').click();
    await page.getByTestId('transcript').waitFor({ timeout: 10_000 });
    expect(page.url()).toContain(`#/conversations/${unknown}`);
    await expect.poll(() => page.getByTestId('transcript').textContent(), { timeout: 10_000 }).toContain('do you sell garden gnomes for my balcony');
    expect(page.problems).toEqual([]);
    await supervisor.request('DELETE', '/v1/agent/session');
  });
});
