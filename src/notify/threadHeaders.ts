/**
 * Threading: the first email of a conversation (the continuation email) has the Message-ID
 * `<conversation.<id>@<domain>>`; every later email refers to it through `In-Reply-To` and
 * `References`, and a customer's reply does the same, so mail programs keep one thread and
 * the inbound path can find the conversation even when the `+` tag was dropped.
 */

/** The domain of an address such as `support+c1@example.com`. */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).replace(/>.*$/, '').trim();
}

/**
 * The Message-ID of a conversation's first email, derived from its reply address's domain.
 *
 * @example
 *   threadRootId('c1', 'support+c1@example.com') // '<conversation.c1@example.com>'
 */
export function threadRootId(conversationId: string, replyAddress: string): string {
  return `<conversation.${conversationId}@${domainOf(replyAddress)}>`;
}

/**
 * The headers of a later email in the conversation's thread (an agent's reply by email,
 * number `sequence`, 1 and up): its own Message-ID and the references to the first email.
 *
 * @example
 *   followUpThreading('c1', 'support+c1@example.com', 2)
 *   // { messageId: '<conversation.c1.2@example.com>',
 *   //   headers: { 'In-Reply-To': '<conversation.c1@example.com>', References: '<conversation.c1@example.com>', 'X-Baton-Conversation': 'c1' } }
 */
export function followUpThreading(conversationId: string, replyAddress: string, sequence: number): { messageId: string; headers: Record<string, string> } {
  const root = threadRootId(conversationId, replyAddress);
  return {
    messageId: `<conversation.${conversationId}.${sequence}@${domainOf(replyAddress)}>`,
    headers: { 'In-Reply-To': root, References: root, 'X-Baton-Conversation': conversationId },
  };
}
