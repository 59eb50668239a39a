import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton, openPage } from '../helpers/browser.ts';
import { widgetOf } from '../helpers/browserActors.ts';
import { until } from '../helpers/testBaton.ts';

/** The test id of the element focused inside the widget's shadow root. */
const focusedInWidget = (page: Page) =>
  page.evaluate(() => document.querySelector('#baton-widget')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null);

/** The conversation this browser's widget saved. */
const savedConversation = async (page: Page): Promise<string> => JSON.parse((await page.evaluate(() => localStorage.getItem('baton:demo')))!).conversationId;

// "End chat" in the widget: the customer ends the conversation themselves (asked to confirm
// inline), and is asked how it went; waiting for a person, the handoff is cancelled as left.
describe.runIf(browserAvailable())('the customer ends the chat, in Chromium', () => {
  const env = browserBaton({ runRouting: false });

  const statusOf = async (conversationId: string) =>
    (await env.baton.database.db.selectFrom('conversations').select('status').where('id', '=', conversationId).executeTakeFirstOrThrow()).status;

  /** Open the widget on the shop's page and ask; resolves once the conversation exists. */
  async function customerAsks(question: string) {
    const page = await openPage(await env.browser.newContext({ reducedMotion: 'reduce' }), `${env.baton.url}/demo/`);
    const widget = widgetOf(page);
    await widget.getByTestId('launcher').click();
    // Nothing to end before there is a conversation.
    expect(await widget.getByTestId('end').isVisible()).toBe(false);
    await widget.getByTestId('composer').fill(question);
    await widget.getByTestId('send').click();
    await expect.poll(() => widget.getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    return { page, widget, conversationId: await savedConversation(page) };
  }

  it('ends a conversation with the assistant after confirming, and takes the rating', async () => {
    const { page, widget, conversationId } = await customerAsks('How do I download my invoices?');
    const end = widget.getByRole('button', { name: 'End chat' });
    await end.waitFor();
    expect(await end.getAttribute('data-testid')).toBe('end');

    await end.click();
    expect(await widget.getByText('End this chat?').isVisible()).toBe(true);
    expect(await focusedInWidget(page)).toBe('end-confirm');
    await widget.getByTestId('end-confirm').click();

    // The question comes at once, with the focus on it; the chat is closed for writing.
    const csat = widget.getByTestId('csat');
    await csat.waitFor({ timeout: 10_000 });
    await expect.poll(() => focusedInWidget(page)).toBe('csat-score-1');
    expect(await widget.getByTestId('end').isVisible()).toBe(false);
    expect(await widget.getByTestId('composer').isDisabled()).toBe(true);
    expect(await statusOf(conversationId)).toBe('resolved');
    await expect.poll(() => widget.getByTestId('log').textContent()).toContain('The customer ended the conversation.');

    await csat.getByTestId('csat-score-5').click();
    await csat.getByTestId('csat-submit').click();
    await widget.getByTestId('csat-thanks').waitFor();
    const stored = await env.baton.database.db.selectFrom('csat_responses').selectAll().where('conversation_id', '=', conversationId).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ score: 5 });
    expect(await widget.getByTestId('end-problem').textContent()).toBe('');
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('ends while waiting for a person nobody is there to take: the handoff is cancelled as left', async () => {
    const { page, widget, conversationId } = await customerAsks('I was charged twice for my order, I want to talk to a person');
    await until(() => statusOf(conversationId), (status) => status === 'waiting_for_agent');
    const handoff = () => env.baton.database.db.selectFrom('handoffs').select(['status', 'close_reason']).where('conversation_id', '=', conversationId).executeTakeFirst();
    await until(handoff, (row) => row?.status === 'pending');

    // Still waiting a while later; the customer gives up.
    await widget.getByTestId('end').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1_000);
    await widget.getByTestId('end').click();
    await widget.getByTestId('end-confirm').click();

    await widget.getByTestId('csat').waitFor({ timeout: 10_000 });
    expect(await widget.getByText('How did we do?').isVisible()).toBe(true);
    expect(await handoff()).toEqual({ status: 'cancelled', close_reason: 'customer_left' });
    expect(await statusOf(conversationId)).toBe('resolved');
    expect(await widget.getByTestId('end').isVisible()).toBe(false);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('shows a refusal in an alert, and goes by the reply alone when no status frame comes', async () => {
    const page = await (await env.browser.newContext({ reducedMotion: 'reduce' })).newPage();
    // The realtime link opens but nothing ever arrives on it.
    await page.routeWebSocket(/\/v1\//, () => {});
    await page.goto(`${env.baton.url}/demo/`);
    const widget = widgetOf(page);
    await widget.getByTestId('launcher').click();
    await widget.getByTestId('composer').fill('How do I download my invoices?');
    await widget.getByTestId('send').click();
    await expect.poll(() => widget.getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const conversationId = await savedConversation(page);

    const refusal = 'A person is with you in this conversation; they will close it.';
    await page.route('**/v1/conversations/*/end', (route) =>
      route.fulfill({ status: 409, contentType: 'application/json', body: JSON.stringify({ error: { id: 'invalid_transition', message: refusal } }) }),
    );
    await widget.getByTestId('end').click();
    await widget.getByTestId('end-confirm').click();
    await expect.poll(() => widget.getByRole('alert').filter({ hasText: refusal }).count()).toBe(1);
    expect(await statusOf(conversationId)).toBe('with_assistant');

    await page.unroute('**/v1/conversations/*/end');
    await widget.getByTestId('end-confirm').click();
    await widget.getByTestId('csat').waitFor({ timeout: 10_000 });
    expect(await widget.getByTestId('end-problem').textContent()).toBe('');
    expect(await statusOf(conversationId)).toBe('resolved');
    await page.context().close();
  });

  it('"Keep chatting" and Escape go back without ending anything', async () => {
    const { page, widget, conversationId } = await customerAsks('How do I download my invoices?');
    const messages = await widget.getByTestId('message').count();

    await widget.getByTestId('end').click();
    expect(await focusedInWidget(page)).toBe('end-confirm');
    await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('end-cancel');
    await page.keyboard.press('Enter');
    expect(await focusedInWidget(page)).toBe('end');
    expect(await widget.getByTestId('end-confirm').isVisible()).toBe(false);

    // Escape leaves the question, and the panel stays open.
    await page.keyboard.press('Enter');
    expect(await focusedInWidget(page)).toBe('end-confirm');
    await page.keyboard.press('Escape');
    expect(await focusedInWidget(page)).toBe('end');
    expect(await widget.getByTestId('panel').isVisible()).toBe(true);
    expect(await widget.getByTestId('end-confirm').isVisible()).toBe(false);

    await page.waitForTimeout(500);
    expect(await statusOf(conversationId)).toBe('with_assistant');
    expect(await widget.getByTestId('csat').isVisible()).toBe(false);
    expect(await widget.getByTestId('composer').isDisabled()).toBe(false);
    expect(await widget.getByTestId('message').count()).toBe(messages);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });
});
