/** Conversation ids that fit in an address's local part unchanged (UUIDs do). */
const conversationIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * The address inside `BATON_MAIL_FROM`: `Support <support@example.com>` gives `support@example.com`.
 *
 * @example
 *   mailboxOf('Baton <support@example.com>') // 'support@example.com'
 */
export function mailboxOf(from: string): string {
  return (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
}

/**
 * The per-conversation address a customer's reply goes to: the sender's mailbox with the
 * conversation id as its `+` tag (sub-addressing, which the receiving mail service must
 * deliver to the base mailbox). Throws a RangeError for an id that is not lower-case letters,
 * digits and dashes, since mail systems may change the case of a local part.
 *
 * @example
 *   conversationReplyAddress('Support <support@example.com>', '7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b')
 *   // 'support+7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b@example.com'
 */
export function conversationReplyAddress(from: string, conversationId: string): string {
  if (!conversationIdPattern.test(conversationId)) throw new RangeError(`A conversation id in an address must be lower-case letters, digits and dashes, got "${conversationId}".`);
  const mailbox = mailboxOf(from);
  const at = mailbox.lastIndexOf('@');
  const local = mailbox.slice(0, at).split('+')[0];
  return `${local}+${conversationId}@${mailbox.slice(at + 1)}`;
}

/**
 * The conversation id carried by a reply's recipient address, for the inbound path: the
 * inverse of `conversationReplyAddress`, or undefined for an address without one.
 *
 * @example
 *   conversationOfReplyAddress('Support <SUPPORT+7f3c9a1e-2b4d@example.com>') // '7f3c9a1e-2b4d'
 *   conversationOfReplyAddress('support@example.com')                       // undefined
 */
export function conversationOfReplyAddress(address: string): string | undefined {
  const mailbox = mailboxOf(address).toLowerCase();
  const tag = /^[^+@]+\+([^@]+)@[^@]+$/.exec(mailbox)?.[1];
  return tag !== undefined && conversationIdPattern.test(tag) ? tag : undefined;
}
