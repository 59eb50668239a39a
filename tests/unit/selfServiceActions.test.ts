import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/analysis/extractEntities.ts';
import { accountLinks } from '../../src/assistant/actions/accountLinks.ts';
import { articleSteps } from '../../src/assistant/actions/articleSteps.ts';
import { chooseAction } from '../../src/assistant/actions/chooseAction.ts';
import { describeOrder, formatMinor, whenPlaced } from '../../src/assistant/actions/describeOrder.ts';
import type { AccountSnapshot, ActionEntities, ActionInput } from '../../src/assistant/actions/selfServiceAction.ts';
import { actionById, selfServiceActions } from '../../src/assistant/actions/selfServiceActions.ts';
import { daysAgo, demoArticles, demoCustomers } from '../../src/seed/demoData.ts';

const now = new Date('2025-03-10T12:00:00Z');
const baseUrl = 'https://example.com';
const none: ActionEntities = { orderIds: [], amounts: [] };

/** A demo CRM customer as the account snapshot the assistant receives. */
function accountOf(externalId: string): AccountSnapshot {
  const customer = demoCustomers.find((c) => c.externalId === externalId)!;
  return {
    orders: customer.orders.map((o) => ({ number: o.number, status: o.status, totalMinor: o.totalMinor, currency: o.currency, placedAt: daysAgo(now, o.daysAgo) })),
    subscriptions: customer.subscriptions.map((s) => ({ plan: s.plan, status: s.status })),
  };
}
const standard = accountOf('CUST-10077');
const gold = accountOf('CUST-29441');
const platinum = accountOf('CUST-55120');
const article = (slug: string) => demoArticles.find((a) => a.slug === slug)!;

/** Choose and run an action the way the assistant will. */
function respond(question: string, extra: Partial<ActionInput> = {}, slug?: string) {
  const entities = extractEntities(question);
  const matched = slug ? article(slug) : undefined;
  const action = chooseAction(question, entities, matched);
  return action?.run({ question, entities, baseUrl, now, article: matched, ...extra });
}

describe('chooseAction', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['where is my order 9012', undefined, 'order_lookup'],
    ['has order #8821 shipped yet?', 'order-tracking', 'order_lookup'],
    ['when will my package arrive', 'order-tracking', 'order_lookup'],
    ['order 7731?', undefined, 'order_lookup'],
    ['I was charged twice, I want my money back', 'refund-policy', 'refund_portal'],
    ['how do I get a refund', undefined, 'refund_portal'],
    ['charged twice for order #8821, $89.99', undefined, 'refund_portal'],
    ['I forgot my password', 'reset-password', 'password_reset'],
    ["I'm locked out and can't log in", undefined, 'password_reset'],
    ['how do I upgrade to the annual plan', 'change-plan', 'plan_change'],
    ['I want to downgrade my subscription', undefined, 'plan_change'],
    ["the dashboard won't load", 'app-not-loading', 'troubleshooting'],
    ['I keep getting sync errors', 'sync-errors', 'troubleshooting'],
    ['how do I download my invoices', 'invoices', undefined],
    ['what are your opening hours', undefined, undefined],
    ["I don't want a refund, just tell me why", undefined, undefined],
  ])('%s (article %s) → %s', (question, slug, expected) => {
    expect(chooseAction(question, extractEntities(question), slug ? article(slug) : undefined)?.id).toBe(expected);
  });

  it('accepts the matched article by slug alone, but troubleshooting needs its text', () => {
    expect(chooseAction('tell me more', none, 'refund-policy')?.id).toBe('refund_portal');
    expect(chooseAction("the dashboard won't load", none, 'app-not-loading')).toBeUndefined();
    expect(chooseAction("the dashboard won't load", none, { slug: 'app-not-loading', category: 'technical', body: 'Clear the cache.' })?.id).toBe('troubleshooting');
  });

  it('chooses from the catalogue it is given', () => {
    expect(chooseAction('where is my order 9012', extractEntities('order 9012'), undefined, [actionById('refund_portal')!])).toBeUndefined();
    expect(selfServiceActions.map((a) => a.id)).toEqual(['order_lookup', 'refund_portal', 'password_reset', 'plan_change', 'troubleshooting']);
  });
});

describe('order_lookup', () => {
  it("reads the order's status from the account", () => {
    expect(respond('where is my order 9012', { account: standard })).toEqual({
      action: 'order_lookup',
      status: 'answered',
      text: 'Order 9012 (24.50 EUR, placed 3 days ago) has shipped and is on its way. You can follow your orders here: https://example.com/account/orders',
      detail: { ordersUrl: 'https://example.com/account/orders', orders: ['9012'], statuses: ['shipped'], missing: [], found: true },
    });
  });

  it("uses the account's only order when the customer gives no number", () => {
    expect(respond('has my order shipped?', { account: platinum })?.text).toMatch(/^Order 7731 \(1299\.99 GBP, placed yesterday\) is being prepared/);
  });

  it('asks which order when the account has several and no number was given', () => {
    const result = respond('where is my order?', { account: gold });
    expect(result?.status).toBe('needs_input');
    expect(result?.text).toBe('I can see these orders on your account: 8821 (delivered), 8790 (delivered). Which one do you mean?');
  });

  it('says it cannot find an order the account does not have (a failed attempt)', () => {
    const result = respond('where is my order 1234', { account: standard });
    expect(result?.status).toBe('not_found');
    expect(result?.text).toMatch(/^I can't find order 1234 on your account/);
    expect(respond('where is order 9012', {})?.status).toBe('not_found');
  });

  it('answers the orders it knows and names the ones it does not', () => {
    const result = respond('orders 8821 and 5555 never arrived', { account: gold });
    expect(result?.status).toBe('answered');
    expect(result?.text).toContain('Order 8821 (89.99 USD, placed 23 days ago) was delivered.');
    expect(result?.text).toContain("I can't find order 5555 on your account.");
  });

  it('asks for the number when there is no account', () => {
    expect(respond('where is my parcel')?.status).toBe('needs_input');
  });
});

describe('refund_portal, password_reset, plan_change', () => {
  it('offers the refund portal, naming the order and amount', () => {
    const result = respond('I was charged twice for order #8821, $89.99', { account: gold }, 'refund-policy');
    expect(result).toMatchObject({ action: 'refund_portal', status: 'offered', detail: { url: 'https://example.com/account/refunds', order: '8821', amount: '89.99 USD', orderTotal: '89.99 USD' } });
    expect(result?.text).toMatch(/^You can request a refund for order 8821 \(89\.99 USD\) yourself in the refund portal: https:\/\/example\.com\/account\/refunds\./);
  });

  it('offers the password reset link, under the workspace base URL and paths', () => {
    const result = respond('I forgot my password', { baseUrl: 'https://help.acme.test/', paths: { passwordReset: '/login/forgot' } });
    expect(result).toMatchObject({ action: 'password_reset', status: 'offered', detail: { url: 'https://help.acme.test/login/forgot' } });
  });

  it("offers the plan page with the customer's current plan", () => {
    expect(respond('I want to upgrade my plan', { account: standard })?.text).toBe(
      "You're on the Basic monthly plan. You can upgrade or downgrade on your plan page: https://example.com/account/plan.",
    );
    expect(respond('can I downgrade my subscription?', { account: platinum })?.text).toContain('past due');
    expect(respond('switch plans please')?.detail).toEqual({ url: 'https://example.com/account/plan', currentPlan: null, subscriptionStatus: null });
  });
});

describe('troubleshooting', () => {
  it("lists the technical article's steps and asks whether they worked", () => {
    const result = respond("the dashboard won't load", {}, 'app-not-loading');
    expect(result?.status).toBe('offered');
    expect(result?.detail.steps).toEqual([
      'Clear the browser cache.',
      'Disable extensions.',
      'Try a private window.',
      'If the dashboard still does not load, check status.example.com for outages.',
    ]);
    expect(result?.text).toMatch(/^Let's try these steps for "The app does not load":\n1\. Clear the browser cache\.\n/);
    expect(result?.text).toMatch(/Did that fix it\?$/);
  });

  it('keeps the explanation before the steps', () => {
    const result = respond('sync keeps failing', {}, 'sync-errors');
    expect(result?.text).toBe(
      'Sync errors usually mean an expired connection. Let\'s try these steps for "Sync errors":\n1. Open Integrations.\n2. Reconnect the account.\n3. Run a manual sync.\nDid that fix it?',
    );
  });

  it('asks what the customer sees when there is no article', () => {
    expect(actionById('troubleshooting')!.run({ question: 'broken', entities: none, baseUrl }).status).toBe('needs_input');
  });
});

describe('helpers', () => {
  it('reads article steps', () => {
    expect(articleSteps(article('reset-password').body)).toEqual({
      steps: ['Open Settings.', 'Choose Security.', 'Reset password.', 'Check spam if it does not arrive.'],
      context: ['We email a link that works for 30 minutes.'],
    });
  });

  it('formats money and dates', () => {
    expect(formatMinor(129999, 'gbp')).toBe('1299.99 GBP');
    expect(formatMinor(1200, 'JPY')).toBe('1200 JPY');
    expect(whenPlaced('2025-03-10T01:00:00Z', now)).toBe('today');
    expect(whenPlaced('2025-03-01T12:00:00Z')).toBe('on 2025-03-01');
    expect(describeOrder({ number: 'A-1', status: 'on_hold', totalMinor: 100, currency: 'EUR', placedAt: 'x' })).toBe('Order A-1 (1.00 EUR, placed on an unknown date) has the status "on hold".');
  });

  it('joins links to the base URL', () => {
    expect(accountLinks('https://example.com///')).toEqual({
      refunds: 'https://example.com/account/refunds',
      passwordReset: 'https://example.com/account/password-reset',
      plan: 'https://example.com/account/plan',
      orders: 'https://example.com/account/orders',
    });
    expect(accountLinks('https://example.com', { refunds: 'https://pay.example.net/refunds' }).refunds).toBe('https://pay.example.net/refunds');
  });
});
