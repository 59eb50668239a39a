import type { Turn } from '../../analysis/sentiment/types.ts';
import type { ReplayConversation, StoredConversation } from './types.ts';

/**
 * A stored conversation's turns as the live assistant read them. Stored messages carry no
 * confidence, so each reply to a question gets the one the assistant sends it with
 * (`confidenceOf` the customer's latest words: the workspace's classifier or search); a reply
 * by a self-service action and the greeting get none, as live. When the messages end with the
 * customer (the turn that was handed off, or one not answered yet), a bot turn follows with
 * the confidence of the answer the assistant was about to give, where the live assistant
 * decided on its confidence. Pure.
 *
 * @example
 *   replayTurns(stored, (question) => answerConfidence(question, search))
 *   // { id, tier: 'gold', handedOff: true, turns: [{ role: 'bot', text: 'Hi!' }, { role: 'customer', text: '…' }, { role: 'bot', text: '', confidence: 0.41 }] }
 */
export function replayTurns(conversation: StoredConversation, confidenceOf: (question: string) => number | undefined): ReplayConversation {
  const turns: Turn[] = [];
  let question: string | undefined;
  for (const message of conversation.messages) {
    if (message.authorKind === 'customer') {
      turns.push({ role: 'customer', text: message.body });
      question = message.body;
      continue;
    }
    const answersQuestion = turns.at(-1)?.role === 'customer' && question !== undefined && !message.action;
    const confidence = answersQuestion ? confidenceOf(question!) : undefined;
    turns.push({ role: 'bot', text: message.body, ...(confidence !== undefined && { confidence }) });
  }
  if (turns.at(-1)?.role === 'customer') {
    const confidence = confidenceOf(question!);
    turns.push({ role: 'bot', text: '', ...(confidence !== undefined && { confidence }) });
  }
  return { id: conversation.id, tier: conversation.tier, turns, handedOff: conversation.handoff !== null };
}
