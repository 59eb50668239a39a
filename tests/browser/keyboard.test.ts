import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton } from '../helpers/browser.ts';
import { widgetOf } from '../helpers/browserActors.ts';

/** The test id of the element focused inside the widget's shadow root. */
const focusedInWidget = (page: Page) =>
  page.evaluate(() => document.querySelector('#baton-widget')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null);

/** WCAG contrast ratio of an element's text against its (first opaque) background. */
function contrastOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const root = document.querySelector('#baton-widget')!.shadowRoot!;
    const element = root.querySelector(sel) as HTMLElement;
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    let node: Element | null = element;
    let background = [255, 255, 255];
    while (node) {
      const color = rgb(getComputedStyle(node).backgroundColor);
      if (color.length >= 3 && (color[3] ?? 1) === 1) {
        background = color;
        break;
      }
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
      if (node === document.documentElement) break;
    }
    const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }, selector);
}

describe.runIf(browserAvailable())('the widget by keyboard alone, in Chromium', () => {
  const env = browserBaton({ runRouting: false });

  it('opens, sends, reads, and closes with focus returned, with labels, live regions and AA contrast', async () => {
    const page = await (await env.browser.newContext({ reducedMotion: 'reduce' })).newPage();
    await page.goto(`${env.baton.url}/demo/`);
    const widget = widgetOf(page);

    // Tab from the top of the page reaches the launcher.
    let steps = 0;
    while ((await focusedInWidget(page)) !== 'launcher' && steps++ < 30) await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('launcher');
    expect(await widget.getByTestId('launcher').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await widget.getByTestId('panel').waitFor();
    expect(await widget.getByTestId('launcher').getAttribute('aria-expanded')).toBe('true');

    // Focus reaches the composer by Tab; Enter sends; the assistant's answer arrives in the log.
    steps = 0;
    while ((await focusedInWidget(page)) !== 'composer' && steps++ < 10) await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('composer');
    await page.keyboard.type('How do I download my invoices?');
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(await widget.getByTestId('composer').inputValue()).toBe('');
    await page.keyboard.press('Shift+Enter');
    expect(await widget.getByTestId('composer').inputValue()).toBe('\n');
    await widget.getByTestId('composer').fill('');
    await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('send');

    // Screen readers: a labelled dialog, a polite live log, labelled controls, author labels.
    const panel = widget.getByTestId('panel');
    expect(await panel.getAttribute('role')).toBe('dialog');
    expect(await panel.getAttribute('aria-label')).toBeTruthy();
    const log = widget.getByTestId('log');
    expect([await log.getAttribute('role'), await log.getAttribute('aria-live')]).toEqual(['log', 'polite']);
    expect(await widget.getByTestId('composer').evaluate((el) => (el as HTMLTextAreaElement).labels?.length || el.getAttribute('aria-label'))).toBeTruthy();
    expect(await widget.locator('[data-testid="message"][data-author="customer"]').first().textContent()).toMatch(/^You said:/);
    expect(await widget.locator('[data-testid="message"][data-author="assistant"]').first().textContent()).toMatch(/^Assistant:/);

    // AA contrast for the text people read, and no motion when they asked for none.
    for (const selector of ['[data-testid="message"]', '[data-testid="send"]', '[data-testid="launcher"]']) expect(await contrastOf(page, selector)).toBeGreaterThanOrEqual(4.5);
    const durations = await page.evaluate(() =>
      [...document.querySelector('#baton-widget')!.shadowRoot!.querySelectorAll('*')].map((el) => getComputedStyle(el)).flatMap((s) => [s.transitionDuration, s.animationDuration]),
    );
    expect(durations.filter((d) => d.split(',').some((part) => parseFloat(part) > 0.01))).toEqual([]);

    // Escape closes the panel and gives focus back to the launcher.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await focusedInWidget(page)).toBe('launcher');
    // The host page's aggressive styles did not reach inside.
    expect(await widget.getByTestId('launcher').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/system-ui|sans-serif|Helvetica|Arial/);
  });
});
