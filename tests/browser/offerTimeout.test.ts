import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserBaton, openPage } from '../helpers/browser.ts';
import { consoleSignIn, presenceOf } from '../helpers/browserActors.ts';
import { billingHandoff, until } from '../helpers/testBaton.ts';

describe.runIf(browserAvailable())('an offer that times out in one console moves to another, in Chromium', () => {
  const env = browserBaton({
    routingIntervalMs: 200,
    routing: { rules: [], defaultTarget: { queue: 'billing', requiredSkills: { billing: 1 }, offerTimeoutSeconds: 5 } },
  });

  it('counts down, lapses, and the second agent accepts', async () => {
    const consoles: Record<string, Page> = {};
    for (const email of ['billing.one@demo.baton.test', 'billing.two@demo.baton.test']) {
      consoles[email] = await openPage(await env.browser.newContext(), `${env.baton.url}/console/`);
      await consoleSignIn(consoles[email]!, email);
      await until(() => presenceOf(env.baton, email), (p) => p === 'online');
    }
    const { conversationId } = await billingHandoff(env.baton);

    // Whoever gets it first watches the countdown run out without answering.
    const offered = async () => {
      for (const [email, page] of Object.entries(consoles)) if ((await page.getByTestId('offer').count()) > 0) return email;
      return undefined;
    };
    const first = await until(offered, (email) => email !== undefined, 15_000);
    const firstPage = consoles[first!]!;
    const countdown = firstPage.getByTestId('offer-countdown');
    const start = Number((await countdown.textContent())!.match(/\d+/)![0]);
    await expect.poll(async () => Number((await countdown.textContent())?.match(/\d+/)?.[0] ?? -1), { timeout: 5_000 }).toBeLessThan(start);
    await firstPage.getByTestId('offer').waitFor({ state: 'detached', timeout: 15_000 });

    const second = Object.keys(consoles).find((email) => email !== first)!;
    const secondPage = consoles[second]!;
    await secondPage.getByTestId('offer').waitFor({ timeout: 15_000 });
    await secondPage.getByTestId('offer-accept').click();
    await secondPage.getByTestId('summary').waitFor({ timeout: 10_000 });

    const workspace = await env.baton.deps.store.workspaces.bySlug('demo');
    const handoff = await env.baton.deps.store.handoffs.activeFor(workspace!.id, conversationId);
    const secondAgent = await env.baton.deps.store.agents.byEmail(workspace!.id, second);
    expect(handoff).toMatchObject({ status: 'assigned', assignedAgentId: secondAgent!.id });
    const offers = await env.baton.database.db.selectFrom('offers').select(['agent_id', 'status']).where('handoff_id', '=', handoff!.id).orderBy('created_at').execute();
    expect(offers.map((o) => o.status)).toEqual(['timed_out', 'accepted']);
  });
});
