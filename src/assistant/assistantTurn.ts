import { decideEscalation, type EscalationDecision } from '../policy/decideEscalation.ts';
import { answerFromKnowledgeBase, type Article } from './answerFromKnowledgeBase.ts';

/** What the assistant does after a customer message. */
export type AssistantTurn =
  | { kind: 'reply'; text: string; articleSlug?: string }
  | { kind: 'handoff'; text: string; decision: EscalationDecision };

/**
 * The built-in assistant's turn: escalate when the policy says so (with a warm message),
 * otherwise answer from the knowledge base. Pure: the caller loads the turns and articles.
 *
 * @example
 *   assistantTurn(['I need a human'], []).kind // 'handoff'
 */
export function assistantTurn(customerTexts: readonly string[], articles: readonly Article[]): AssistantTurn {
  const decision = decideEscalation({ texts: customerTexts });
  if (decision.escalate) {
    return {
      kind: 'handoff',
      decision,
      text: "I'm connecting you with a member of our support team. They will see this whole conversation, so you won't need to repeat anything.",
    };
  }
  const answer = answerFromKnowledgeBase(customerTexts.at(-1) ?? '', articles);
  return { kind: 'reply', text: answer.text, articleSlug: answer.article?.slug };
}
