/**
 * The demo workspace seeded on first run: two teams, six agents with skills and languages,
 * knowledge-base articles, and CRM customers with tiers, orders, subscriptions and tickets.
 * Names are roles, not people.
 */
export const demoWorkspace = { slug: 'demo', name: 'Demo Support' };

/** Every demo agent signs in with this password (printed at start-up). */
export const demoPassword = 'baton-demo';

export const demoTeams = [
  { key: 'billing', name: 'Billing', category: 'billing' },
  { key: 'technical', name: 'Technical support', category: 'technical' },
] as const;

export const demoAgents = [
  { email: 'billing.lead@demo.baton.test', displayName: 'Billing Lead', role: 'supervisor', team: 'billing', skills: { billing: 5 }, languages: ['en', 'es'], capacity: 3 },
  { email: 'billing.one@demo.baton.test', displayName: 'Billing Agent 1', role: 'agent', team: 'billing', skills: { billing: 3 }, languages: ['en'], capacity: 3 },
  { email: 'billing.two@demo.baton.test', displayName: 'Billing Agent 2', role: 'agent', team: 'billing', skills: { billing: 2, technical: 1 }, languages: ['en', 'pt', 'es'], capacity: 2 },
  { email: 'tech.lead@demo.baton.test', displayName: 'Technical Lead', role: 'supervisor', team: 'technical', skills: { technical: 5 }, languages: ['en', 'de'], capacity: 3 },
  { email: 'tech.one@demo.baton.test', displayName: 'Technical Agent 1', role: 'agent', team: 'technical', skills: { technical: 3 }, languages: ['en', 'fr'], capacity: 3 },
  { email: 'tech.two@demo.baton.test', displayName: 'Technical Agent 2', role: 'agent', team: 'technical', skills: { technical: 2, billing: 1 }, languages: ['en', 'it', 'nl'], capacity: 2 },
] as const;

export const demoArticles = [
  { slug: 'reset-password', category: 'account', title: 'Reset your password', body: 'Open Settings, choose Security, then Reset password. We email a link that works for 30 minutes. Check spam if it does not arrive.' },
  { slug: 'refund-policy', category: 'billing', title: 'Refunds', body: 'Refunds for duplicate or wrong charges go back to the original payment method within 5 business days. Request one from Billing, then Refunds, in your account.' },
  { slug: 'invoices', category: 'billing', title: 'Download invoices', body: 'Every invoice is under Billing, then Invoices. You can download each one as a PDF or have them emailed monthly.' },
  { slug: 'change-plan', category: 'billing', title: 'Change your plan', body: 'Upgrade or downgrade under Billing, then Plan. Upgrades apply at once; downgrades at the end of the billing period.' },
  { slug: 'order-tracking', category: 'orders', title: 'Track an order', body: 'Orders ship within 2 business days. The tracking link is in your confirmation email and under Orders in your account.' },
  { slug: 'app-not-loading', category: 'technical', title: 'The app does not load', body: 'Clear the browser cache, disable extensions, and try a private window. If the dashboard still does not load, check status.example.com for outages.' },
  { slug: 'sync-errors', category: 'technical', title: 'Sync errors', body: 'Sync errors usually mean an expired connection. Open Integrations, reconnect the account, and run a manual sync.' },
] as const;

const day = 24 * 60 * 60 * 1000;

/** CRM customers; dates are relative to the seeding time. */
export const demoCustomers = [
  {
    externalId: 'CUST-29441',
    name: 'Gold Customer (demo)',
    email: 'gold.customer@demo.baton.test',
    tier: 'gold',
    sinceDaysAgo: 1200,
    orders: [
      { number: '8821', status: 'delivered', totalMinor: 8999, currency: 'USD', daysAgo: 23 },
      { number: '8790', status: 'delivered', totalMinor: 4500, currency: 'USD', daysAgo: 60 },
    ],
    subscriptions: [{ plan: 'Pro annual', status: 'active', daysAgo: 400, renewsInDays: 330 }],
    tickets: [{ subject: 'Invoice address change', status: 'solved', daysAgo: 90 }],
  },
  {
    externalId: 'CUST-10077',
    name: 'Standard Customer (demo)',
    email: 'standard.customer@demo.baton.test',
    tier: 'standard',
    sinceDaysAgo: 45,
    orders: [{ number: '9012', status: 'shipped', totalMinor: 2450, currency: 'EUR', daysAgo: 3 }],
    subscriptions: [{ plan: 'Basic monthly', status: 'active', daysAgo: 45, renewsInDays: 15 }],
    tickets: [],
  },
  {
    externalId: 'CUST-55120',
    name: 'Platinum Customer (demo)',
    email: 'platinum.customer@demo.baton.test',
    tier: 'platinum',
    sinceDaysAgo: 2400,
    orders: [{ number: '7731', status: 'processing', totalMinor: 129999, currency: 'GBP', daysAgo: 1 }],
    subscriptions: [{ plan: 'Enterprise', status: 'past_due', daysAgo: 2000, renewsInDays: null }],
    tickets: [
      { subject: 'SSO login loop', status: 'solved', daysAgo: 200 },
      { subject: 'Export to CSV times out', status: 'solved', daysAgo: 30 },
      { subject: 'Charged twice for seats', status: 'solved', daysAgo: 12 },
    ],
  },
] as const;

/** A date `days` before `now`. */
export function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * day);
}
