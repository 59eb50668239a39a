/** Whether the customer asked for a person, and the words that said so. */
export interface HumanRequest {
  requested: boolean;
  /** The text that matched, for the escalation's evidence. */
  matched?: string;
}

const requestPatterns: RegExp[] = [
  /\b(talk|speak|chat)\s+(to|with)\s+(a|an|some|the)?\s*(real\s+|live\s+|actual\s+)?(human|person|agent|representative|rep|someone|somebody|operator)\b/i,
  /\b(real|live|actual)\s+(human|person|agent)\b/i,
  /\bhuman\s+(agent|being|support|please)\b/i,
  /\b(need|want|get)\s+(help\s+from\s+)?(a|an)?\s*(human|person|someone|somebody|agent|representative)\b/i,
  /\b(is|isn'?t)\s+there\s+(anyone|anybody|someone|a\s+person)\b/i,
  /\b(hablar|habla)\s+con\s+(un|una|alguien|una\s+persona|un\s+humano|un\s+agente)/i,
  /\b(parler|discuter)\s+(à|a|avec)\s+(un|une|quelqu.un)/i,
  /\b(mit\s+einem?\s+(menschen|mitarbeiter|berater|agenten))\b/i,
  /\b(falar|conversar)\s+com\s+(um|uma|alguém|algu[eé]m)/i,
  /\b(parlare)\s+con\s+(un|una|qualcuno)/i,
  /\b(spreken|praten)\s+met\s+(een|iemand)/i,
  /\bmet\s+(iemand|een\s+(mens|medewerker|persoon))\s+(spreken|praten)/i,
  /\b(menschen|persona\s+real|personne\s+r[ée]elle|pessoa\s+real|persona\s+reale|echt\s+persoon)\b/i,
];

const negations = /\b(don'?t|do\s+not|no|never|without|not)\s+(need|want|talk|speak|a)\b|\bno\s+(human|person)\b/i;
const notAPerson = /\bhuman[\s-]+(resources|readable|error|rights)\b|\b(insurance|travel|real\s+estate|estate)\s+agent\b/i;

/**
 * A plain check for "I want a person" in English, Spanish, French, German, Portuguese, Italian
 * and Dutch. Negation-aware ("I don't need a human") and not fooled by "human resources" or
 * "my insurance agent". Issue 3 replaces it with the measured analyzer; this is the skeleton's.
 *
 * @example
 *   detectHumanRequest('can I talk to a real person?') // { requested: true, matched: 'talk to a real person' }
 */
export function detectHumanRequest(text: string): HumanRequest {
  const cleaned = text.replace(notAPerson, ' ');
  for (const pattern of requestPatterns) {
    const match = pattern.exec(cleaned);
    if (!match) continue;
    const before = cleaned.slice(Math.max(0, match.index - 24), match.index + match[0].length);
    if (negations.test(before)) return { requested: false };
    return { requested: true, matched: match[0].trim() };
  }
  return { requested: false };
}
