import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton, openPage } from '../helpers/browser.ts';
import { consoleSignIn } from '../helpers/browserActors.ts';
import { billingHandoff, newCustomer, signedInAgent } from '../helpers/testBaton.ts';

describe.runIf(browserAvailable())('the supervisor view in Chromium', () => {
  const env = browserBaton({ runRouting: false });

  it('watches the live queues and edits the policy and the warm message, which take effect', async () => {
    // An agent online keeps the handoffs warm; one customer already waits.
    const agent = await signedInAgent(env.baton.url, 'billing.two@demo.baton.test');
    const { conversationId } = await billingHandoff(env.baton);
    const page = await openPage(await env.browser.newContext(), `${env.baton.url}/console/`);
    await consoleSignIn(page, 'billing.lead@demo.baton.test', false);
    await page.getByTestId('nav-supervisor').click();

    // The waiting handoff is listed under its queue, and the agents with their load.
    const row = page.locator(`[data-testid="queue-row"]`).filter({ hasText: 'Disputes a charge' });
    await row.first().waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('queue').first().getAttribute('data-queue')).toBe('Billing');
    expect(await page.getByTestId('agents-table').textContent()).toContain('Billing Agent 2');

    // A threshold out of range is refused in the form and nothing is stored.
    const workspace = (await env.baton.deps.store.workspaces.bySlug('demo'))!;
    const before = await env.baton.deps.store.workspaces.escalationPolicy(workspace.id);
    await page.getByTestId('policy-confidenceThreshold').fill('7');
    await page.getByTestId('policy-save').click();
    await expect.poll(async () => (await page.getByTestId('policy-form').textContent()) ?? '').toMatch(/from 0 to 1/);
    expect(await env.baton.deps.store.workspaces.escalationPolicy(workspace.id)).toEqual(before);

    // A valid one is stored and shown as in effect.
    await page.getByTestId('policy-confidenceThreshold').fill('0.4');
    await page.getByTestId('policy-save').click();
    await expect.poll(async () => (await page.getByTestId('policy-status').textContent()) ?? '').toMatch(/saved/i);
    expect((await env.baton.deps.store.workspaces.escalationPolicy(workspace.id)).confidenceThreshold).toBe(0.4);
    expect(await page.getByTestId('policy-stored-confidenceThreshold').textContent()).toContain('0.4');

    // The English warm message: an unknown variable is refused; a good text is used by the next handoff.
    const english = page.getByTestId('template-warm-en');
    await english.fill('The {team} team has your case. {wait} {customer}');
    await page.getByTestId('templates-save').click();
    await expect.poll(async () => (await page.getByTestId('templates-form').textContent()) ?? '').toMatch(/\{customer\}/);
    await english.fill('The {team} team has your whole conversation. {wait}');
    expect(await page.getByTestId('template-preview-warm-en').textContent()).toContain('The Billing team has your whole conversation.');
    await page.getByTestId('templates-save').click();
    await expect.poll(async () => (await page.getByTestId('templates-status').textContent()) ?? '').toMatch(/saved/i);

    const next = await newCustomer(env.baton.url);
    const answer = await next.customer.post(`/v1/conversations/${next.conversationId}/messages`, { body: 'I was charged twice for my order, I want to talk to a person' });
    expect(answer.body.replies.map((m: { body: string }) => m.body).join(' ')).toMatch(/^The Billing team has your whole conversation\./);

    // The new handoff appears in the live queues without a reload.
    await expect.poll(() => page.getByTestId('queue-row').count(), { timeout: 10_000 }).toBe(2);
    expect(conversationId).not.toBe(next.conversationId);
    expect(page.problems).toEqual([]);
    await agent.request('DELETE', '/v1/agent/session');
  });
});
