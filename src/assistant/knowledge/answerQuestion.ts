import type { KnowledgeArticle, KnowledgeIndex } from './knowledgeIndex.ts';

/** The assistant's answer from the knowledge base, or an honest "not sure". */
export interface KnowledgeReply<A extends KnowledgeArticle = KnowledgeArticle> {
  /** The article answered with; absent when nothing matched well enough. */
  article?: A;
  text: string;
  /** The best match's confidence, 0–1 (0 when nothing matched), for the escalation policy. */
  confidence: number;
}

/**
 * Below this confidence the assistant says it is not sure rather than answering: the
 * escalation policy's default `confidenceThreshold`, onto which `searchConfidence` maps the
 * measured boundary between answerable and off-topic questions.
 */
export const minAnswerConfidence = 0.65;

/** What the assistant says when no article answers the question. */
export const notSureText =
  "I'm not sure I have an answer for that. Could you say a little more? You can also ask to talk to a person at any time.";

/**
 * Answer a customer's question with the best knowledge-base article ("Title: body"), or
 * with `notSureText` when the best match is below `minConfidence`. The confidence is
 * returned either way, so a low one can trigger the escalation policy.
 *
 * @example
 *   answerQuestion(index, demoArticles, 'how do I reset my password?')
 *   // { article: { slug: 'reset-password', … }, text: 'Reset your password: Open Settings, …', confidence: 1 }
 *   answerQuestion(index, demoArticles, 'do you sell pizza?') // { text: "I'm not sure …", confidence: 0 }
 */
export function answerQuestion<A extends KnowledgeArticle>(
  index: KnowledgeIndex,
  articles: readonly A[],
  question: string,
  minConfidence: number = minAnswerConfidence,
): KnowledgeReply<A> {
  const [best] = index.search(question, 2);
  const article = best && articles.find((a) => a.slug === best.slug);
  const confidence = best?.confidence ?? 0;
  if (!article || confidence < minConfidence) return { text: notSureText, confidence };
  return { article, text: `${article.title}: ${article.body}`, confidence };
}
