import { continuationEmailPhrases } from './continuationEmailPhrases.ts';
import type { OutgoingEmail } from './emailSender.ts';
import { threadRootId } from './threadHeaders.ts';

/** What the continuation email is written from. */
export interface ContinuationEmailInput {
  /** ISO 639-1 (e.g. `de`, `pt-BR`); English when Baton has no text for it. */
  language: string;
  customerName?: string;
  /** The conversation so far in a few lines (the handoff summary), one bullet each. */
  summaryLines: string[];
  conversationId: string;
  /** The conversation's own address (`conversationReplyAddress`), set as Reply-To. */
  replyAddress: string;
}

/** Everything of the email but its recipient: `send({ to, ...continuationEmail(…) })`. */
export type ContinuationEmail = Required<Omit<OutgoingEmail, 'to'>>;

/** One line of text: no line breaks or control characters (a name or summary line from elsewhere). */
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

/**
 * The first email of a conversation that continues by email, sent only after the customer
 * chose it: it says the conversation goes on by email, recalls what is known so far, and
 * that replying to this email reaches the team in the same conversation. Reply-To is the
 * conversation's address; the Message-ID is the thread's root (`threadRootId`), so the
 * customer's reply carries it in `In-Reply-To` and `References`. The same conversation always
 * gives the same Message-ID: a retried send is recognised as one message.
 *
 * @example
 *   continuationEmail({ language: 'en', customerName: 'Gold Customer', summaryLines: ['Duplicate charge on order #8821'],
 *     conversationId: 'c1', replyAddress: 'support+c1@example.com' })
 *   // { subject: 'Your support conversation continues by email', text: 'Hello Gold Customer,\n\nAs you asked, …',
 *   //   replyTo: 'support+c1@example.com', messageId: '<conversation.c1@example.com>', headers: { 'X-Baton-Conversation': 'c1' } }
 */
export function continuationEmail(input: ContinuationEmailInput): ContinuationEmail {
  const base = input.language.toLowerCase().split(/[-_]/)[0] ?? '';
  const phrases = continuationEmailPhrases[Object.hasOwn(continuationEmailPhrases, base) ? base : 'en']!;
  const name = input.customerName === undefined ? undefined : oneLine(input.customerName) || undefined;
  const lines = input.summaryLines.map(oneLine).filter(Boolean);
  const paragraphs = [phrases.greeting(name), phrases.intro];
  if (lines.length > 0) paragraphs.push([phrases.summaryHeading, ...lines.map((line) => `- ${line}`)].join('\n'));
  paragraphs.push(phrases.howToReply, phrases.reference(input.conversationId));
  return {
    subject: phrases.subject,
    text: `${paragraphs.join('\n\n')}\n`,
    replyTo: input.replyAddress,
    messageId: threadRootId(input.conversationId, input.replyAddress),
    headers: { 'X-Baton-Conversation': input.conversationId },
  };
}
