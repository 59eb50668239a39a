import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton, openPage } from '../helpers/browser.ts';
import { consoleSignIn } from '../helpers/browserActors.ts';
import { newCustomer, signedInAgent, type Client } from '../helpers/testBaton.ts';

const coldReply = 'Hello! How can I help you today?';
const note = 'Coach on reading the summary first';

describe.runIf(browserAvailable())('the calibration review in Chromium', () => {
  const env = browserBaton({ runRouting: false });

  /** A customer hands off at once; the agent takes it, replies, resolves; the customer rates it. */
  async function handled(agent: Client, question: string, reply: string, score: number): Promise<{ conversationId: string; handoffId: string }> {
    const { customer, conversationId } = await newCustomer(env.baton.url);
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: question });
    const handoff = (await agent.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
    expect(handoff, question).toBeTruthy();
    expect((await agent.post(`/v1/agent/handoffs/${handoff.id}/claim`, {})).status).toBe(200);
    expect((await agent.post(`/v1/agent/conversations/${conversationId}/messages`, { body: reply })).status).toBe(201);
    expect((await agent.post(`/v1/agent/conversations/${conversationId}/resolve`, { disposition: 'answered' })).status).toBe(200);
    expect((await customer.post(`/v1/conversations/${conversationId}/csat`, { score })).status).toBe(201);
    return { conversationId, handoffId: handoff.id };
  }

  it('lists the handoffs worth a second look, opens one beside its packet, and keeps the mark', async () => {
    const agent = await signedInAgent(env.baton.url, 'billing.one@demo.baton.test');
    const cold = await handled(agent, 'Can I speak to a human please', coldReply, 1);
    const quick = await handled(
      agent,
      'I want to talk to a person about my invoices',
      'Every invoice is under Billing, then Invoices: you can download each one as a PDF or have them emailed monthly.',
      5,
    );
    const supervisor = await signedInAgent(env.baton.url, 'billing.lead@demo.baton.test');
    const listed = (await supervisor.get('/v1/agent/calibration?days=14')).body.items.map((i: { handoffId: string; kind: string }) => `${i.handoffId}/${i.kind}`).sort();
    expect(listed).toEqual([`${cold.handoffId}/ignored_context`, `${cold.handoffId}/missed_sentiment`, `${quick.handoffId}/assistant_could_have_handled`].sort());
    const intent = (await supervisor.get(`/v1/agent/handoffs/${cold.handoffId}/packet`)).body.packet.intent.line as string;

    const page = await openPage(await env.browser.newContext({ viewport: { width: 1280, height: 900 } }), `${env.baton.url}/console/`);
    const summaryReports: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' && /\/summary$/.test(new URL(r.url()).pathname)) summaryReports.push(r.url());
    });
    await consoleSignIn(page, 'billing.lead@demo.baton.test', false);
    await page.getByTestId('nav-calibration').click();
    await page.getByTestId('calibration').waitFor();
    expect(page.url()).toMatch(/#\/calibration$/);
    expect(await page.getByTestId('nav-calibration').getAttribute('aria-current')).toBe('page');

    // The three items, each with its reason in words, its team and no mark yet.
    const items = page.getByTestId('calibration-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(3);
    const item = (handoffId: string, kind: string) => page.locator(`[data-testid="calibration-item"][data-handoff-id="${handoffId}"][data-kind="${kind}"]`);
    expect(await item(quick.handoffId, 'assistant_could_have_handled').textContent()).toMatch(/Assistant could have handled.*Billing.*Download invoices/);
    expect(await item(cold.handoffId, 'missed_sentiment').textContent()).toMatch(/Sentiment missed.*CSAT 1/);
    expect(await item(cold.handoffId, 'ignored_context').textContent()).toContain('Context ignored');
    expect(await item(cold.handoffId, 'ignored_context').getByTestId('review-mark').textContent()).toContain('Not reviewed');
    for (const href of await items.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^#\/calibration\/[0-9a-f-]{36}\/(assistant_could_have_handled|missed_sentiment|ignored_context)$/);
    }

    // The reason filters carry their counts, and hide and show their items.
    const sentimentFilter = page.getByTestId('calibration-filter-missed_sentiment');
    expect(await sentimentFilter.textContent()).toMatch(/Sentiment missed\s*1/);
    expect(await page.getByTestId('calibration-filter-assistant_could_have_handled').textContent()).toMatch(/1$/);
    await sentimentFilter.click();
    expect(await sentimentFilter.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => items.count()).toBe(2);
    expect(await item(cold.handoffId, 'missed_sentiment').count()).toBe(0);
    await sentimentFilter.press('Enter');
    await expect.poll(() => items.count()).toBe(3);

    // The period picker reads the list again.
    const [request] = await Promise.all([page.waitForRequest((r) => r.url().endsWith('/v1/agent/calibration?days=30')), page.getByTestId('calibration-period').selectOption('30')]);
    expect(request.method()).toBe('GET');
    await expect.poll(() => items.count()).toBe(3);

    // Opening an item: its address, the focus on it, the transcript beside the packet.
    await item(cold.handoffId, 'ignored_context').locator('a').click();
    const opened = page.getByTestId('calibration-open');
    await opened.waitFor();
    expect(page.url()).toContain(`#/calibration/${cold.handoffId}/ignored_context`);
    expect(await opened.getAttribute('data-kind')).toBe('ignored_context');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Context ignored');
    await expect.poll(() => page.getByTestId('calibration-transcript').textContent(), { timeout: 10_000 }).toContain(coldReply);
    expect(await page.getByTestId('calibration-transcript').textContent()).toContain('Can I speak to a human please');
    await expect.poll(() => page.getByTestId('calibration-packet').textContent(), { timeout: 10_000 }).toContain(intent);
    const [left, right] = [await page.getByTestId('calibration-transcript').boundingBox(), await page.getByTestId('calibration-packet').boundingBox()];
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);

    // Marked agree with a note, by keyboard: saved, announced, in the list and in the database.
    await page.getByTestId('review-agree').focus();
    await page.keyboard.press('Space');
    expect(await page.getByTestId('review-agree').isChecked()).toBe(true);
    await page.getByTestId('review-note').fill(note);
    expect(await page.locator('label', { hasText: 'Note' }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('review-form').textContent()).toContain(`${note.length} of 2,000 characters`);
    await page.getByTestId('review-save').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('review-status').textContent()).toBe('Saved');
    expect(await page.getByTestId('review-status').getAttribute('role')).toBe('status');
    expect(await item(cold.handoffId, 'ignored_context').getByTestId('review-mark').textContent()).toContain('Agree');
    const row = await env.baton.database.db
      .selectFrom('calibration_reviews')
      .selectAll()
      .where('handoff_id', '=', cold.handoffId)
      .where('kind', '=', 'ignored_context')
      .executeTakeFirst();
    expect(row).toMatchObject({ mark: 'agree', note });

    // The review-state filter.
    await page.getByTestId('calibration-review-reviewed').check();
    await expect.poll(() => items.count()).toBe(1);
    await page.getByTestId('calibration-review-open').check();
    await expect.poll(() => items.count()).toBe(2);
    expect(await page.getByTestId('calibration-filter-ignored_context').textContent()).toMatch(/0$/);
    await page.getByTestId('calibration-review-all').check();

    // A reload lands on the same item, with its mark and note.
    await page.reload();
    await page.getByTestId('calibration-open').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByTestId('review-agree').isChecked()).toBe(true);
    expect(await page.getByTestId('review-note').inputValue()).toBe(note);
    expect(await item(cold.handoffId, 'ignored_context').getByTestId('review-mark').textContent()).toContain('Agree');
    await expect.poll(() => page.getByTestId('calibration-packet').textContent(), { timeout: 10_000 }).toContain(intent);
    await expect.poll(() => page.getByTestId('calibration-transcript').textContent(), { timeout: 10_000 }).toContain(coldReply);
    if (process.env.BATON_SCREENSHOTS) {
      const out = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
      mkdirSync(out, { recursive: true });
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(out, 'calibration.png') });
    }

    // On a narrow screen the packet goes under the transcript, and the list steps aside.
    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(async () => {
      const [top, under] = [await page.getByTestId('calibration-transcript').boundingBox(), await page.getByTestId('calibration-packet').boundingBox()];
      return top!.y + top!.height <= under!.y;
    }).toBe(true);
    expect(await items.first().isVisible()).toBe(false);
    await page.getByTestId('calibration-close').click();
    await items.first().waitFor();
    expect(page.url()).toMatch(/#\/calibration$/);
    expect(await page.getByTestId('calibration-open').count()).toBe(0);

    // Reading an item records nothing about the summary: that metric is the assigned agent's.
    expect(summaryReports).toEqual([]);
    expect(page.problems).toEqual([]);

    // An agent has no calibration review: no link, and the address shows the inbox.
    const agentPage = await openPage(await env.browser.newContext(), `${env.baton.url}/console/#/calibration`);
    await consoleSignIn(agentPage, 'billing.two@demo.baton.test', false);
    expect(await agentPage.getByTestId('nav-calibration').count()).toBe(0);
    expect(await agentPage.getByTestId('calibration').count()).toBe(0);
    expect(agentPage.problems).toEqual([]);
    await agent.request('DELETE', '/v1/agent/session');
    await supervisor.request('DELETE', '/v1/agent/session');
  });
});
