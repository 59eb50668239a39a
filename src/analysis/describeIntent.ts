import type { ConversationAnalysis } from './analyzeConversation.ts';
import type { Money, Topic } from './types.ts';

const topicLines: Record<Topic, string> = {
  billing_dispute: 'Disputes a charge',
  legal: 'Raises a legal complaint',
  accessibility: 'Needs an accessible way to get help',
  safety: 'Reports a personal-safety issue',
};

/**
 * One line saying what the customer is trying to do, with the ids and amounts involved:
 * "Disputes a charge on order #8821, 89.99 USD, Nov 1". Built from the topic, else the
 * classified intent, else the customer's opening words.
 *
 * @example
 *   describeIntent(analysis) // 'Disputes a charge on order #8821, 89.99 USD'
 */
export function describeIntent(analysis: ConversationAnalysis): string {
  const topic = analysis.topics[0]?.match.topic;
  const head = topic
    ? topicLines[topic]
    : analysis.intent && analysis.intent.confidence >= 0.5
      ? humanize(analysis.intent.intent)
      : opening(analysis.opening);
  const { orderIds, amounts, accountNumbers, dates } = analysis.entities;
  if (orderIds.length + amounts.length + accountNumbers.length + dates.length === 0 && !hasDisputedAmount(analysis)) return head;
  const details = [
    ...orderIds.slice(0, 2).map((id) => `order #${id}`),
    ...accountNumbers.slice(0, 1).map((id) => `account #${id}`),
    ...disputed(analysis, amounts).slice(0, 2).map(formatMoney),
    ...dates.slice(0, 1),
  ];
  return details.length ? `${head}: ${details.join(', ')}` : head;
}

function hasDisputedAmount(analysis: ConversationAnalysis): boolean {
  for (let i = 0; i < analysis.topics.length; i++) if (analysis.topics[i]!.match.amount) return true;
  return false;
}

function disputed(analysis: ConversationAnalysis, amounts: Money[]): Money[] {
  const amount = analysis.topics.find((t) => t.match.amount)?.match.amount;
  return amount ? [amount, ...amounts.filter((m) => m !== amount && m.amount !== amount.amount)] : amounts;
}

function formatMoney(money: Money): string {
  return `${Number.isInteger(money.amount) ? money.amount : money.amount.toFixed(2)}${money.currency ? ` ${money.currency}` : ''}`;
}

function humanize(label: string): string {
  const words = label.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// The opening line is asked for on every turn of a conversation: the last answer is kept.
let lastOpening: { text: string | undefined; line: string } | undefined;

function opening(text: string | undefined): string {
  if (lastOpening === undefined || lastOpening.text !== text) lastOpening = { text, line: openingLine(text) };
  return lastOpening.line;
}

function openingLine(text: string | undefined): string {
  const first = (text ?? '').replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s/)[0] ?? '';
  if (!first) return 'Unknown request';
  return `Asks: "${first.length > 80 ? `${first.slice(0, 77)}…` : first}"`;
}
