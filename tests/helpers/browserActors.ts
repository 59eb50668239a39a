import type { Page } from 'playwright-core';
import { inTransaction } from '../../src/core/inTransaction.ts';
import type { Baton } from '../../src/main.ts';

/** The widget's shadow host on the sample page (Playwright's locators pierce open shadow roots). */
export const widgetOf = (page: Page) => page.locator('#baton-widget');

/** Sign a demo agent in on the console page and go online. */
export async function consoleSignIn(page: Page, email: string, online = true): Promise<void> {
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('baton-demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('me').waitFor();
  const presence = page.getByTestId('presence');
  const isOnline = async () => /online/i.test(`${await presence.getAttribute('aria-pressed')} ${await presence.textContent()} ${await presence.inputValue().catch(() => '')}`) && (await presence.getAttribute('aria-pressed')) !== 'false';
  if (online && !(await isOnline())) {
    if ((await presence.evaluate((n) => n.tagName)) === 'SELECT') await presence.selectOption('online');
    else await presence.click();
  }
}

/** The agent's presence as stored. */
export async function presenceOf(baton: Baton, email: string): Promise<string | undefined> {
  const workspace = await baton.deps.store.workspaces.bySlug('demo');
  return (await baton.deps.store.agents.byEmail(workspace!.id, email))?.presence;
}

/** Store an assistant message as a bot or LLM would have produced it, and announce it. */
export async function assistantSays(baton: Baton, conversationId: string, body: string): Promise<void> {
  const workspace = await baton.deps.store.workspaces.bySlug('demo');
  await inTransaction(baton.deps, workspace!.id, async (tx, emit) => {
    const { message } = await tx.messages.append(workspace!.id, conversationId, { id: crypto.randomUUID(), authorKind: 'assistant', body });
    emit({ type: 'message.created', conversationId, payload: { seq: message.seq, authorKind: 'assistant' } });
  });
}

/** The `data-seq` of every rendered message under `root`, in document order. */
export function renderedSeqs(root: ReturnType<Page['locator']> | Page): Promise<number[]> {
  return root.getByTestId('message').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-seq'))));
}
