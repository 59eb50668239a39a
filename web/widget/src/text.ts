import type { AuthorKind, Message, WaitingState } from './types.ts';

/** Every fixed phrase the widget shows, in one place (English for now). */
export const t = {
  launcher: 'Chat with us',
  title: 'Support chat',
  heading: 'Support',
  close: 'Close chat',
  intro: 'Ask us anything. Our assistant answers first, and you can ask for a person at any time.',
  log: 'Conversation',
  composer: 'Your message',
  placeholder: 'Type your message…',
  closedPlaceholder: 'This conversation is resolved.',
  send: 'Send',
  reconnecting: 'Reconnecting…',
  sending: 'Sending…',
  queued: 'Not sent yet. It will go out when the connection is back.',
  notSent: 'Not sent',
  author: { customer: 'You said:', assistant: 'Assistant:', agent: 'Agent:', system: 'Notice:' } satisfies Record<AuthorKind, string>,
  agent: 'Agent',
  continueHeading: 'How would you like to continue?',
  emailChoice: 'Email me the answer',
  callbackChoice: 'Call me back',
  emailConsent: 'Yes, contact me by email about this conversation',
  callbackConsent: 'Yes, call me back about this conversation',
  emailField: 'Email (optional, leave blank to use the address we have)',
  phoneField: 'Phone number',
  timeField: 'Preferred time (optional)',
  submitRequest: 'Send request',
  cancel: 'Cancel',
  needConsent: 'Please tick the box to agree to be contacted.',
  badEmail: 'Please enter a valid email address, or leave it blank.',
  badPhone: 'Please enter a phone number, for example +1 555 010 2000.',
  requested: { email: 'We will email you about this conversation.', callback: 'We will call you back.' },
  endChat: 'End chat',
  endAsk: 'End this chat?',
  endYes: 'Yes, end it',
  endNo: 'Keep chatting',
  csatQuestion: 'How did we do?',
  csatComment: 'Anything to add? (optional)',
  csatSubmit: 'Submit',
  csatPick: 'Please choose a score from 1 to 5.',
  csatThanks: 'Thank you for your feedback!',
  newConversation: 'Start a new conversation',
  scoreLabel: (score: number) => `${score} out of 5`,
};

const phonePattern = /^\+?[0-9][0-9 ().-]{5,24}$/;

/** True when the server will take this phone number (the same pattern it checks). */
export const isPhone = (value: string): boolean => phonePattern.test(value);

/**
 * The live line a customer waiting for a person reads, from their place in the queue and the
 * freshest estimate; empty when not on the warm path.
 *
 * @example
 *   queueLine({ path: 'warm', position: 2, estimateSeconds: 170, … }) // 'You are number 2 in the queue · about 3 min'
 */
export function queueLine(waiting: WaitingState | null): string {
  if (!waiting || waiting.path !== 'warm') return '';
  const place =
    waiting.position === null
      ? `Connecting you to ${waiting.team ? `the ${waiting.team} team` : 'a person'}`
      : waiting.position <= 1
        ? 'You are next in the queue'
        : `You are number ${waiting.position} in the queue`;
  const seconds = waiting.estimateSeconds ?? waiting.quotedWaitSeconds;
  if (seconds === null) return place;
  return `${place} · ${seconds < 60 ? 'less than 1 min' : `about ${Math.round(seconds / 60)} min`}`;
}

const joined = /^(.{1,80}?) joined the conversation/;

/**
 * The agent's name in a "<Name> joined the conversation…" notice; undefined for any other message.
 *
 * @example
 *   joinedName({ authorKind: 'system', body: 'Billing Agent 1 joined the conversation and can see everything above.' }) // 'Billing Agent 1'
 */
export function joinedName(message: Pick<Message, 'authorKind' | 'body'>): string | undefined {
  return message.authorKind === 'system' ? joined.exec(message.body)?.[1] : undefined;
}
