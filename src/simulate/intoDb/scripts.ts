import type { SentimentTag } from '../../analysis/sentiment/types.ts';
import type { Topic } from '../../analysis/types.ts';
import type { TriggerType } from '../../policy/decideEscalation.ts';

/**
 * What one simulated handoff conversation is about, and the lines said in it. `{order}` and
 * `{amount}` are filled in per conversation. Every line is short and in English: the
 * simulated customer's language drives routing and the warm message, not these texts.
 */
export interface Script {
  /** The packet's one-line intent. */
  intent: string;
  /** The customer's first turn, when the assistant answers it first. */
  opener: string;
  /** The assistant's answer to it, and what that answer tried. */
  answer: string;
  attempt: { kind: 'article' | 'action'; ref: string; label: string };
  /** The customer's next turn, which escalates; and the triggers it fires. */
  followUp: string;
  triggers: TriggerType[];
  /** The first turn when the customer asks for a person straight away. */
  ask: string;
  topic: Topic | null;
  sentiment: SentimentTag;
  /** The conversation names an order, and an amount in USD. */
  order: boolean;
  amount?: number;
  /** The agent's first reply when they read the packet, and their closing line. */
  reply: string;
  wrapUp: string;
  /** The handoff's close reason (the agent's disposition). */
  disposition: string;
}

const billing: Script[] = [
  {
    intent: 'Refund the double charge of {amount} on order #{order}',
    opener: 'I was charged twice for order #{order}, {amount} each time.',
    answer: 'Refunds for duplicate or wrong charges go back to the original payment method within 5 business days. You can request one under Billing, then Refunds.',
    attempt: { kind: 'article', ref: 'refund-policy', label: 'offered article "Refunds"' },
    followUp: "I can't find the charge in the refund portal. This is the second time, I need a person.",
    triggers: ['explicit_request', 'sentiment'],
    ask: 'I was charged twice for order #{order}. Can I talk to a real person?',
    topic: 'billing_dispute',
    sentiment: 'frustrated',
    order: true,
    amount: 89.99,
    reply: "I'm sorry about the double charge on order #{order}. I've refunded the second {amount}; you'll see it within 5 business days.",
    wrapUp: 'The refund is on its way. Anything else I can do for you?',
    disposition: 'refunded',
  },
  {
    intent: 'Explain an unexpected renewal charge of {amount}',
    opener: 'Why was I charged {amount} this morning? I thought I cancelled.',
    answer: 'Plans renew at the end of each billing period unless cancelled before the renewal date. You can see your renewal date under Billing, then Plan.',
    attempt: { kind: 'article', ref: 'change-plan', label: 'offered article "Change your plan"' },
    followUp: 'That does not answer it. I cancelled last month and still got charged.',
    triggers: ['confidence', 'sentiment'],
    ask: 'Please connect me with billing, I was charged {amount} after cancelling.',
    topic: 'billing_dispute',
    sentiment: 'frustrated',
    order: false,
    amount: 49,
    reply: 'I can see the {amount} renewal this morning and your cancellation request from last month. It should have stopped the renewal; I have reversed the charge.',
    wrapUp: 'Your plan is cancelled and the {amount} is reversed. Sorry for the trouble.',
    disposition: 'refunded',
  },
  {
    intent: 'Get a corrected invoice for order #{order}',
    opener: 'The invoice for order #{order} has the wrong company name on it.',
    answer: 'Every invoice is under Billing, then Invoices. You can download each one as a PDF or have them emailed monthly.',
    attempt: { kind: 'article', ref: 'invoices', label: 'offered article "Download invoices"' },
    followUp: 'I know where it is, I need it corrected. Can someone do that?',
    triggers: ['explicit_request'],
    ask: 'Can a person correct the invoice for order #{order}?',
    topic: null,
    sentiment: 'neutral',
    order: true,
    reply: 'I can correct the invoice for order #{order}. Which company name should it show?',
    wrapUp: 'The corrected invoice for order #{order} is in your inbox now.',
    disposition: 'invoice_corrected',
  },
  {
    intent: 'Downgrade the plan before the next renewal',
    opener: 'How do I move to the cheaper plan before I am billed again?',
    answer: 'Upgrade or downgrade under Billing, then Plan. Upgrades apply at once; downgrades at the end of the billing period.',
    attempt: { kind: 'action', ref: 'planChange', label: 'offered self-service plan change' },
    followUp: 'The downgrade button is greyed out for me. I want to talk to someone.',
    triggers: ['explicit_request'],
    ask: 'I want to talk to someone about downgrading my plan.',
    topic: null,
    sentiment: 'neutral',
    order: false,
    reply: 'The button is greyed out because of the annual commitment on your plan. I have scheduled the downgrade for your renewal date instead.',
    wrapUp: 'The downgrade is scheduled. You will get a confirmation email.',
    disposition: 'plan_changed',
  },
  {
    intent: 'Refund order #{order} ({amount}), which never arrived',
    opener: 'Order #{order} never arrived and tracking has not moved for a week.',
    answer: 'Orders ship within 2 business days. The tracking link is in your confirmation email and under Orders in your account.',
    attempt: { kind: 'action', ref: 'orderLookup', label: 'looked up the order status' },
    followUp: 'This is useless, I already checked tracking. I want my {amount} back.',
    triggers: ['sentiment', 'confidence'],
    ask: 'I need a human. Order #{order} never arrived and I want a refund.',
    topic: null,
    sentiment: 'upset',
    order: true,
    amount: 45,
    reply: 'Order #{order} is stuck at the carrier, sorry. I have refunded the {amount} to your card.',
    wrapUp: 'You will see the {amount} back within 5 business days.',
    disposition: 'refunded',
  },
];

const technical: Script[] = [
  {
    intent: 'The dashboard does not load after the update',
    opener: 'The dashboard is stuck on a blank page since yesterday.',
    answer: 'Clear the browser cache, disable extensions, and try a private window. If the dashboard still does not load, check status.example.com for outages.',
    attempt: { kind: 'article', ref: 'app-not-loading', label: 'offered article "The app does not load"' },
    followUp: 'Tried all that, still blank. Can I talk to support?',
    triggers: ['explicit_request'],
    ask: 'Can I talk to a technician? The dashboard only shows a blank page.',
    topic: null,
    sentiment: 'neutral',
    order: false,
    reply: 'I can see a failed script load on your account after yesterday’s update. I have cleared the cached bundle; please reload the dashboard now.',
    wrapUp: 'Glad it loads again. I have noted it for the release team.',
    disposition: 'fixed',
  },
  {
    intent: 'Sync with the accounting integration keeps failing',
    opener: 'My invoices stopped syncing to the accounting tool.',
    answer: 'Sync errors usually mean an expired connection. Open Integrations, reconnect the account, and run a manual sync.',
    attempt: { kind: 'action', ref: 'troubleshooting', label: 'walked through reconnecting the integration' },
    followUp: 'I reconnected twice and it still fails with error 403. This is really frustrating.',
    triggers: ['sentiment', 'confidence'],
    ask: 'I need a person, the accounting sync fails with error 403.',
    topic: null,
    sentiment: 'frustrated',
    order: false,
    reply: 'The 403 comes from the accounting tool: the token lost its invoice permission. I have sent you a link to grant it again, then the sync resumes.',
    wrapUp: 'The sync ran and your invoices are there. Thanks for your patience.',
    disposition: 'fixed',
  },
  {
    intent: 'Export to CSV times out on large reports',
    opener: 'Exporting the yearly report to CSV times out every time.',
    answer: 'Large exports run in the background: you get an email with the file when it is ready.',
    attempt: { kind: 'article', ref: 'sync-errors', label: 'offered article "Sync errors"' },
    followUp: 'No email ever arrives. Please let me talk to an agent.',
    triggers: ['explicit_request'],
    ask: 'Please let me talk to an agent about CSV exports timing out.',
    topic: null,
    sentiment: 'neutral',
    order: false,
    reply: 'Your yearly export hits the 10-minute limit. I have run it on our side and sent the CSV to your email.',
    wrapUp: 'The file is in your inbox. I have asked the team to raise the limit.',
    disposition: 'workaround',
  },
  {
    intent: 'Cannot sign in after the password reset',
    opener: 'I reset my password but the login page keeps saying it is wrong.',
    answer: 'Open Settings, choose Security, then Reset password. We email a link that works for 30 minutes.',
    attempt: { kind: 'action', ref: 'passwordReset', label: 'sent a password reset link' },
    followUp: 'I did that three times already! Get me a real person please.',
    triggers: ['explicit_request', 'sentiment'],
    ask: 'I am locked out of my account, can I speak to a person?',
    topic: null,
    sentiment: 'upset',
    order: false,
    reply: 'Your account was locked after several attempts, which is why the new password did not work. I have unlocked it; please try again now.',
    wrapUp: 'You are signed in again. I have also turned on the reset email backup for you.',
    disposition: 'fixed',
  },
  {
    intent: 'Device from order #{order} will not pair with the app',
    opener: 'The sensor from order #{order} does not show up in the app.',
    answer: 'Hold the pairing button for 5 seconds until the light blinks blue, then choose Add device in the app.',
    attempt: { kind: 'action', ref: 'troubleshooting', label: 'walked through pairing the device' },
    followUp: 'The light never blinks blue. I think it is faulty, can someone help?',
    triggers: ['confidence'],
    ask: 'Can someone help me, the sensor from order #{order} will not pair.',
    topic: null,
    sentiment: 'neutral',
    order: true,
    reply: 'A sensor from order #{order} that never blinks blue is faulty, sorry. I have sent a replacement at no cost.',
    wrapUp: 'The replacement ships today; the tracking link is on its way.',
    disposition: 'replacement_sent',
  },
];

const general: Script[] = [
  {
    intent: 'Change the email address on the account',
    opener: 'How do I change the email address on my account?',
    answer: 'Open Settings, then Profile, and edit your email. We send a confirmation to the new address.',
    attempt: { kind: 'article', ref: 'reset-password', label: 'offered article "Reset your password"' },
    followUp: 'I no longer have access to the old address, so I cannot confirm. Can a person help?',
    triggers: ['explicit_request'],
    ask: 'I need a person to change the email on my account.',
    topic: null,
    sentiment: 'neutral',
    order: false,
    reply: 'Since the old address is gone, I have verified you another way and changed the email on your account.',
    wrapUp: 'Your new email is confirmed. Anything else?',
    disposition: 'answered',
  },
  {
    intent: 'Close the account and delete the data',
    opener: 'I want to close my account and have my data deleted.',
    answer: 'You can close your account under Settings, then Account. Data is deleted within 30 days.',
    attempt: { kind: 'article', ref: 'change-plan', label: 'offered article "Change your plan"' },
    followUp: 'There is no close button for me. I want to speak with someone.',
    triggers: ['explicit_request'],
    ask: 'I want to speak with someone about closing my account.',
    topic: null,
    sentiment: 'neutral',
    order: false,
    reply: 'Team accounts are closed by us, which is why you see no button. I have closed it; your data will be deleted within 30 days.',
    wrapUp: 'Your account is closed. You will get a confirmation email.',
    disposition: 'answered',
  },
];

/**
 * The scripts of a handoff category (`billing`, `technical`; any other category gets the
 * general account questions).
 *
 * @example
 *   scriptsFor('billing')[0].intent // 'Refund the double charge of {amount} on order #{order}'
 */
export function scriptsFor(category: string): readonly Script[] {
  return category === 'billing' ? billing : category === 'technical' ? technical : general;
}

/** Questions the assistant answers on its own (no handoff), with the article it used. */
export const selfServed = [
  { question: 'Where can I download my invoices?', answer: 'Every invoice is under Billing, then Invoices. You can download each one as a PDF.', ref: 'invoices', label: 'offered article "Download invoices"' },
  { question: 'How do I reset my password?', answer: 'Open Settings, choose Security, then Reset password. We email a link that works for 30 minutes.', ref: 'reset-password', label: 'offered article "Reset your password"' },
  { question: 'When will my order ship?', answer: 'Orders ship within 2 business days. The tracking link is in your confirmation email.', ref: 'order-tracking', label: 'offered article "Track an order"' },
  { question: 'Can I upgrade my plan in the middle of the month?', answer: 'Yes: upgrades apply at once under Billing, then Plan, and you pay the difference for the rest of the period.', ref: 'change-plan', label: 'offered article "Change your plan"' },
  { question: 'How long does a refund take?', answer: 'Refunds go back to the original payment method within 5 business days.', ref: 'refund-policy', label: 'offered article "Refunds"' },
  { question: 'The app is not loading for me.', answer: 'Clear the browser cache, disable extensions, and try a private window.', ref: 'app-not-loading', label: 'offered article "The app does not load"' },
  { question: 'My calendar stopped syncing.', answer: 'Open Integrations, reconnect the account, and run a manual sync.', ref: 'sync-errors', label: 'offered article "Sync errors"' },
] as const;

/** What customers say back. */
export const customerLines = {
  thanks: ['Thank you!', 'Great, thanks.', 'Perfect, that worked.', 'Thanks, that was quick.', 'OK, thank you.'],
  /** After a first reply that ignored what the assistant already collected. */
  repeat: ['It is all in the chat above.', 'I already told the assistant all of this.', 'Did you not read what I wrote?', 'As I said above: {context}.'],
  /** After the agent's first reply, before the fix. */
  confirm: ['Yes, that is the one.', 'OK, please go ahead.', 'Yes please.', 'Correct.'],
};

/** First replies that start over as if nothing came before (cold starts). */
export const coldOpeners = {
  generic: ['Hi, how can I help you today?', 'Hello! What can I help you with?', 'Hi there, what seems to be the problem?', 'Hello, how may I assist you?'],
  order: ['Hi! Can you give me your order number?', 'Hello, could you please provide your order number?'],
  issue: ["Hi, what's the problem exactly?", 'Hello! What is the issue you are having?'],
};

/** CSAT comments, by score. */
export const csatComments: Record<number, string[]> = {
  1: ['Waited forever and had to explain everything twice.', 'Nobody read what I wrote.'],
  2: ['Took far too long.', 'Had to repeat myself.'],
  3: ['Fixed in the end, but slow.', 'OK.'],
  4: ['Helpful, thanks.', 'Quick enough.'],
  5: ['Fast and friendly, thank you!', 'Solved in minutes, great.', 'Did not have to repeat anything, brilliant.'],
};
