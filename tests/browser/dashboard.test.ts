import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton, openPage } from '../helpers/browser.ts';
import { consoleSignIn } from '../helpers/browserActors.ts';
import { billingHandoff, newCustomer, signedInAgent, type Client } from '../helpers/testBaton.ts';

/** One handoff taken, replied to coldly, resolved and rated 2. */
async function handledHandoff(agent: Client, baton: Parameters<typeof billingHandoff>[0]): Promise<string> {
  const { customer, conversationId } = await billingHandoff(baton);
  const handoff = (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
  expect((await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`, {})).status).toBe(200);
  await agent.post(`/v1/agent/handoffs/${handoff.id}/summary`, { action: 'shown' });
  expect((await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: 'Hello! How can I help you today?' })).status).toBe(201);
  expect((await agent.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'answered' })).status).toBe(200);
  expect((await customer.post(`/v1/conversations/${conversationId}/csat`, { score: 2 })).status).toBe(201);
  return conversationId;
}

describe.runIf(browserAvailable())('the metrics dashboard in Chromium', () => {
  const env = browserBaton({ runRouting: false });

  it('shows a supervisor the handoff metrics, charts them, refetches per period and opens the worst conversations', async () => {
    // A little history: two conversations handed to a person (one handled, one still waiting)
    // and two the assistant answered alone: a handoff rate of 50%.
    const agent = await signedInAgent(env.baton.url, 'billing.one@demo.baton.test');
    const handled = await handledHandoff(agent, env.baton);
    await billingHandoff(env.baton);
    for (const question of ['How do I download my invoices?', 'How do I download my invoices as a PDF?']) {
      const calm = await newCustomer(env.baton.url);
      await calm.customer.post(`/v1/conversations/${calm.conversationId}/messages`, { body: question });
    }
    const supervisor = await signedInAgent(env.baton.url, 'billing.lead@demo.baton.test');
    const report = (await supervisor.get('/v1/agent/metrics?days=7')).body;
    expect(report.handoffRate).toMatchObject({ rate: 0.5, escalated: 2, conversations: 4 });

    const page = await openPage(await env.browser.newContext({ viewport: { width: 1280, height: 900 } }), `${env.baton.url}/console/`);
    await consoleSignIn(page, 'billing.lead@demo.baton.test', false);
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard').waitFor();
    expect(page.url()).toMatch(/#\/dashboard$/);

    // The headline figures.
    await expect.poll(() => page.getByTestId('metric-handoff-rate-value').textContent(), { timeout: 10_000 }).toBe('50%');
    expect(await page.getByTestId('metric-handoff-rate').textContent()).toContain('2 handoffs in 4 conversations');
    expect(await page.getByTestId('metric-csat').textContent()).toMatch(/Human only\s*2\.0/);
    expect(await page.getByTestId('metric-context-value').textContent()).toBe('100%');
    expect(await page.getByTestId('metric-cold-start-value').textContent()).toBe('100%');
    for (const id of ['metric-acceptance', 'metric-repeat', 'metric-promises', 'metric-abandonment']) await page.getByTestId(id).waitFor();

    // Every chart is a named image, with its figures in text.
    for (const id of ['chart-handoff-rate', 'chart-csat', 'chart-context', 'chart-breakdown']) {
      const canvas = page.getByTestId(id).locator('canvas');
      expect(await canvas.getAttribute('role'), id).toBe('img');
      expect((await canvas.getAttribute('aria-label'))?.length, id).toBeGreaterThan(20);
      expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0), id).toBe(true);
    }
    expect(await page.getByTestId('chart-handoff-rate').locator('canvas').getAttribute('aria-label')).toContain('50% overall');
    expect(await page.getByTestId('chart-csat').locator('canvas').getAttribute('aria-label')).toContain('human only 2.0 of 5');
    expect(await page.getByTestId('breakdown-team').locator('tbody th').allTextContents()).toEqual(['Billing']);
    expect(await page.getByTestId('breakdown-trigger').textContent()).toContain('Explicit request');

    // Another period is read again from the server.
    const [request] = await Promise.all([page.waitForRequest((r) => r.url().endsWith('/v1/agent/metrics?days=30')), page.getByTestId('period').selectOption('30')]);
    expect(request.method()).toBe('GET');
    await expect.poll(() => page.getByTestId('dashboard-period').textContent()).toContain('the 30 days before');
    expect(await page.getByTestId('metric-handoff-rate-value').textContent()).toBe('50%');

    // A worst item links to its conversation, which opens read-only with its transcript.
    const item = page.locator(`[data-testid="worst-item"][data-conversation-id="${handled}"]`).first();
    expect(await item.getAttribute('href')).toBe(`#/conversations/${handled}`);
    for (const href of await page.getByTestId('worst-item').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^#\/conversations\/[0-9a-f-]{36}$/);
    }
    await item.click();
    await page.getByTestId('transcript').waitFor();
    expect(page.url()).toContain(`#/conversations/${handled}`);
    await expect.poll(() => page.getByTestId('transcript').textContent(), { timeout: 10_000 }).toContain('Hello! How can I help you today?');
    expect(await page.getByText('This conversation is resolved.').count()).toBe(1);
    expect(await page.getByTestId('draft').count()).toBe(0);
    expect(page.problems).toEqual([]);

    // An agent has no dashboard: no link, and the address shows the inbox.
    const agentPage = await openPage(await env.browser.newContext(), `${env.baton.url}/console/#/dashboard`);
    await consoleSignIn(agentPage, 'billing.two@demo.baton.test', false);
    expect(await agentPage.getByTestId('nav-dashboard').count()).toBe(0);
    expect(await agentPage.getByTestId('dashboard').count()).toBe(0);
    expect(agentPage.problems).toEqual([]);
    await agent.request('DELETE', '/v1/agent/session');
    await supervisor.request('DELETE', '/v1/agent/session');
  });
});
