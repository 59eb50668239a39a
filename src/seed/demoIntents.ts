/**
 * The demo workspace's intents: what customers ask, with example utterances, and the
 * knowledge-base article that answers each (none for small talk). The assistant's intent
 * classifier is trained from these; its confidence drives the confidence trigger.
 */
export const demoIntents: { name: string; articleSlug: string | null; examples: string[] }[] = [
  {
    name: 'reset_password',
    articleSlug: 'reset-password',
    examples: ['how do I reset my password', 'I forgot my password', "can't log in, forgot password", 'password reset link not working', 'change my password', 'I need a new password', 'locked out of my account', 'how can I recover my login', 'reset link expired', 'where do I change the password'],
  },
  {
    name: 'refund',
    articleSlug: 'refund-policy',
    examples: ['I want a refund', 'how do I get my money back', 'refund for a wrong charge', 'when will my refund arrive', 'can I get a refund for my order', 'request a refund', 'how long do refunds take', 'return money to my card', 'refund status', 'I was promised a refund'],
  },
  {
    name: 'invoices',
    articleSlug: 'invoices',
    examples: ['where can I download my invoice', 'I need an invoice for March', 'send me a copy of my invoice', 'invoice pdf', 'how do I get receipts', 'billing history', 'I need a receipt for my company', 'where are my invoices', 'can you email my invoices monthly', 'download billing statement'],
  },
  {
    name: 'change_plan',
    articleSlug: 'change-plan',
    examples: ['how do I upgrade my plan', 'downgrade my subscription', 'change my plan', 'switch to the annual plan', 'cancel my subscription', 'what plans do you have', 'move to a cheaper plan', 'upgrade to pro', 'change billing period', 'how much is the premium plan'],
  },
  {
    name: 'order_tracking',
    articleSlug: 'order-tracking',
    examples: ['where is my order', 'track my package', 'my order has not arrived', 'when will my order ship', 'tracking number', 'delivery status of my order', 'how long does shipping take', 'my parcel is late', 'has my order shipped yet', 'order still not delivered'],
  },
  {
    name: 'app_not_loading',
    articleSlug: 'app-not-loading',
    examples: ['the app does not load', 'dashboard is blank', 'the website is not loading', 'page keeps spinning', 'app crashes on start', 'I get a white screen', 'the app is down', 'cannot open the dashboard', 'the site is very slow', 'app freezes when I log in'],
  },
  {
    name: 'sync_errors',
    articleSlug: 'sync-errors',
    examples: ['sync failed', 'my data is not syncing', 'integration error', 'sync error with my calendar', 'connection to the account expired', 'the import stopped working', 'reconnect my integration', 'data not updating from the integration', 'sync keeps failing', 'error when syncing'],
  },
  {
    name: 'small_talk',
    articleSlug: null,
    examples: ['hi', 'hello', 'hey there', 'good morning', 'thanks', 'thank you', 'ok', 'great, thanks', 'bye', 'are you a bot'],
  },
];
