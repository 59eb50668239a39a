import type { AttemptedResolution, HandoffPacket } from './types.ts';

/** The summary's budget: 70 words is about 20 seconds of reading. */
export const summaryWordBudget = 70;

/**
 * Words as a reader counts them: runs of text holding a letter or a digit. Separators such as
 * "·" and "—" are not words.
 *
 * @example
 *   countWords('Customer: Gold Customer — Gold tier') // 5
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The agent-facing summary in five parts (customer and account, issue, sentiment at
 * escalation, what the AI tried, next step), in the shape of:
 * "Customer: Gold Customer — Gold tier — Account #29441 · Issue: … · Sentiment at escalation:
 * Frustrated (3 failed resolution attempts) · AI tried: …; … · Next step: …".
 * It is shortened, least useful detail first, until it fits the 70-word budget.
 *
 * @example
 *   renderSummary(packet) // 'Customer: Gold Customer — Gold tier — Account CUST-29441 · Issue: …'
 */
export function renderSummary(packet: HandoffPacket): string {
  for (const detail of levels) {
    const text = compose(packet, detail);
    if (countWords(text) <= summaryWordBudget) return text;
  }
  return clip(compose(packet, levels.at(-1)!), summaryWordBudget);
}

/** What a summary shows, from the fullest to the tightest; the first that fits is used. */
interface Detail {
  tenure: boolean;
  quotes: 'all' | 'last' | 'none';
  attempts: number;
  issueWords: number;
  nextStepWords: number;
  signals: number;
}
const levels: Detail[] = [
  { tenure: true, quotes: 'all', attempts: 4, issueWords: 20, nextStepWords: 30, signals: 2 },
  { tenure: false, quotes: 'last', attempts: 4, issueWords: 20, nextStepWords: 24, signals: 2 },
  { tenure: false, quotes: 'last', attempts: 3, issueWords: 16, nextStepWords: 16, signals: 1 },
  { tenure: false, quotes: 'none', attempts: 3, issueWords: 16, nextStepWords: 16, signals: 1 },
  { tenure: false, quotes: 'none', attempts: 2, issueWords: 12, nextStepWords: 12, signals: 1 },
];

function compose(packet: HandoffPacket, detail: Detail): string {
  return [
    `Customer: ${customerPart(packet, detail)}`,
    `Issue: ${clip(packet.intent.line, detail.issueWords)}`,
    `Sentiment at escalation: ${sentimentPart(packet, detail)}`,
    `AI tried: ${triedPart(packet.attempts, detail)}`,
    `Next step: ${clip(countWords(packet.nextStep) <= detail.nextStepWords ? packet.nextStep : firstSentence(packet.nextStep), detail.nextStepWords)}`,
  ].join(' · ');
}

function customerPart(packet: HandoffPacket, detail: Detail): string {
  const { customer, account } = packet;
  const parts = [customer.name ?? (customer.verified ? 'name not on record' : 'anonymous visitor')];
  if (customer.tier && customer.tier !== 'standard') parts.push(`${capitalize(customer.tier)} tier`);
  if (customer.externalId) parts.push(`Account ${customer.externalId}`);
  if (account.status === 'unavailable') parts.push('account data unavailable');
  else if (account.status === 'not_found') parts.push('no CRM record');
  else if (account.status === 'found' && detail.tenure) {
    const extra = [
      account.tenureMonths !== undefined ? tenure(account.tenureMonths) : undefined,
      `${account.previousTickets.count} previous ticket${account.previousTickets.count === 1 ? '' : 's'}`,
    ].filter(Boolean);
    parts.push(extra.join(', '));
  }
  return parts.join(' — ');
}

function sentimentPart(packet: HandoffPacket, detail: Detail): string {
  const tag = capitalize(packet.sentiment.tag);
  const failed = packet.attempts.filter((a) => a.outcome === 'failed' || a.outcome === 'declined').length;
  if (failed > 0) return `${tag} (${failed} failed resolution attempt${failed === 1 ? '' : 's'})`;
  const signals = [...new Set(packet.sentiment.signals.map((s) => s.signal.replace(/_/g, ' ')))].slice(-detail.signals);
  return signals.length > 0 && packet.sentiment.tag !== 'neutral' ? `${tag} (${signals.join(', ')})` : tag;
}

function triedPart(attempts: readonly AttemptedResolution[], detail: Detail): string {
  if (attempts.length === 0) return 'nothing yet';
  // The same thing tried twice reads once, with how it last went.
  const distinct = attempts.filter((a, i) => !attempts.slice(i + 1).some((later) => later.label === a.label));
  const shown = distinct.slice(-detail.attempts);
  const lastFailed = shown.findLast((a) => a.outcome === 'failed' || a.outcome === 'declined');
  const items = shown.map((a) => {
    const outcome = a.outcome === 'failed' ? 'failed' : a.outcome === 'declined' ? 'declined' : a.outcome === 'succeeded' ? 'worked' : undefined;
    if (!outcome) return a.label;
    const quoted = detail.quotes === 'all' || (detail.quotes === 'last' && a === lastFailed);
    const quote = a.evidence && quoted && outcome !== 'worked' ? `: "${clip(a.evidence, 8)}"` : '';
    return `${a.label} (${outcome}${quote})`;
  });
  return `${distinct.length > shown.length ? '…; ' : ''}${items.join('; ')}`;
}

/** The step without its "Do not repeat: …" tail, which the AI-tried part already shows. */
function firstSentence(step: string): string {
  return step.split(/(?<=\.)\s+(?=Do not repeat)/)[0] ?? step;
}

function tenure(months: number): string {
  if (months < 1) return 'new customer';
  if (months < 24) return `customer ${months} mo`;
  return `customer ${Math.floor(months / 12)} yrs`;
}

function clip(text: string, words: number): string {
  const parts = text.trim().split(/\s+/);
  let kept = 0;
  const out: string[] = [];
  for (const part of parts) {
    if (/[\p{L}\p{N}]/u.test(part)) kept++;
    if (kept > words) return `${out.join(' ')}…`;
    out.push(part);
  }
  return out.join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
