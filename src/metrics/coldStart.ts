import type { PacketHeld } from './types.ts';

/** Openers that would fit any conversation: the agent starts as if nothing came before. */
const genericOpeners = [
  /\bhow (can|may|could) (i|we) (help|assist)\b/i,
  /\bwhat can (i|we) (do|help you with)\b/i,
  /\bwhat (seems to be|is) the (problem|issue)\b/i,
  /\bwhat do you need help with\b/i,
  /\bhow can i be of (help|assistance)\b/i,
];

/** Asking for something: a question, or a request to give, send or tell. */
const asking = /\?|\b(please (provide|send|share|give|confirm)|can you (give|send|share|tell|provide)|could you (give|send|share|tell|provide)|what is your|what's your|which)\b/i;

/**
 * Whether an agent's first message ignored the handoff's context: a generic opener that names
 * none of the ids the packet held, or a question for something the packet already held (the
 * order number, the account number, the email of a verified customer, or what the issue is).
 *
 * @example
 *   isColdStart('Hi! How can I help you today?', { orderIds: ['8821'], accountNumbers: [], verified: false, intentKnown: true }) // true
 *   isColdStart("I'm sorry about the double charge on order 8821; I've refunded it.", held) // false
 */
export function isColdStart(reply: string, held: PacketHeld): boolean {
  const text = reply.toLowerCase();
  const namesAnId = [...held.orderIds, ...held.accountNumbers].some((id) => text.includes(id.toLowerCase()));
  if (!namesAnId && genericOpeners.some((opener) => opener.test(reply))) return true;
  if (!asking.test(reply)) return false;
  if (held.orderIds.length > 0 && /\border (number|no\.?|id|#)/i.test(reply) && !namesAnId) return true;
  if (held.accountNumbers.length > 0 && /\baccount (number|no\.?|id)/i.test(reply) && !namesAnId) return true;
  if (held.verified && /\b(e-?mail( address)?)\b/i.test(reply) && /\b(your|the)\s+e-?mail\b/i.test(reply)) return true;
  return held.intentKnown && /\b(what('s| is) (wrong|the (problem|issue))|what (is|was) it about)\b/i.test(reply);
}
