import type { SentimentTag } from '../../analysis/sentiment/types.ts';
import type { Money } from '../../analysis/types.ts';
import type { EscalationDecision, Trigger } from '../../policy/decideEscalation.ts';
import { priorityOf } from '../../policy/priorityOf.ts';
import type { Script } from './scripts.ts';

/**
 * The escalation decision a simulated handoff stores, as `decideEscalation` would have made
 * it for the script's words: an explicit request when the customer asked for a person at
 * once, else the script's triggers at the follow-up turn; the topic when the script has one;
 * Baton's own `priorityOf` with the customer's tier. Pure.
 *
 * @example
 *   scriptedDecision(script, { firstTurn: true, language: 'en', tier: 'gold', intent, escalatingText }).triggers[0].type // 'explicit_request'
 */
export function scriptedDecision(
  script: Script,
  input: { firstTurn: boolean; language: string; tier: string; intent: string; escalatingText: string; amount?: Money },
): EscalationDecision {
  const turn = input.firstTurn ? 1 : 3;
  const sentiment: SentimentTag = input.firstTurn ? 'neutral' : script.sentiment;
  const types = input.firstTurn ? ['explicit_request' as const] : script.triggers.filter((t) => t !== 'sentiment' || sentiment !== 'neutral');
  const evidence = clip(input.escalatingText, 60);
  const triggers: Trigger[] = types.map((type) => ({
    type,
    turn,
    evidence: type === 'confidence' ? 'bot confidence 0.41 < 0.6' : type === 'sentiment' ? `${sentiment}; frustration_phrase (turn ${turn}): ${evidence}` : evidence,
  }));
  const topic = script.topic ? { topic: script.topic, evidence: clip(input.escalatingText, 40), ...(input.amount && { amount: input.amount }) } : undefined;
  if (topic) triggers.push({ type: 'topic', turn, evidence: `${topic.topic}: ${topic.evidence}` });
  return {
    escalate: true,
    triggers,
    priority: priorityOf(triggers, sentiment, topic, input.tier),
    sentiment,
    topic: script.topic,
    language: input.language,
    intent: input.intent,
    explanation: explain(triggers, sentiment),
  };
}

/** The same sentence `decideEscalation` writes. */
function explain(triggers: Trigger[], tag: SentimentTag): string {
  const parts = triggers.map((t) => {
    if (t.type === 'explicit_request') return `the customer asked for a person ("${t.evidence}")`;
    if (t.type === 'confidence') return `the assistant was unsure (${t.evidence})`;
    if (t.type === 'topic') return `the topic always goes to a person (${t.evidence})`;
    return `the customer is ${tag}`;
  });
  return `Escalated because ${parts.join('; ')}.`;
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
