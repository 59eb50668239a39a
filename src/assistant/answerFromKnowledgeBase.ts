/** A knowledge-base article as the assistant reads it. */
export interface Article {
  slug: string;
  title: string;
  body: string;
}

/** The assistant's answer: the article used, or none. */
export interface KnowledgeAnswer {
  article?: Article;
  text: string;
  /** Share of the question's words found in the article, 0–1 (a crude confidence). */
  score: number;
}

const stopWords = new Set(
  'a an and are can do does for from have how i in is it my of on or the to what when where why with you your me'.split(' '),
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !stopWords.has(w));
}

/**
 * Find the article that shares most words with the question. A placeholder for issue 4's
 * BM25 retrieval, kept pure so it can be swapped behind the same signature.
 *
 * @example
 *   answerFromKnowledgeBase('how do I reset my password', articles).article?.slug // 'reset-password'
 */
export function answerFromKnowledgeBase(question: string, articles: readonly Article[]): KnowledgeAnswer {
  const asked = new Set(words(question));
  if (asked.size === 0) return { text: fallbackText, score: 0 };
  let best: { article: Article; score: number } | undefined;
  for (const article of articles) {
    const have = new Set(words(`${article.title} ${article.title} ${article.body}`));
    let hits = 0;
    for (const w of asked) if (have.has(w)) hits++;
    const score = hits / asked.size;
    if (!best || score > best.score) best = { article, score };
  }
  if (!best || best.score < 0.34) return { text: fallbackText, score: best?.score ?? 0 };
  return { article: best.article, text: `${best.article.title}: ${best.article.body}`, score: best.score };
}

const fallbackText =
  "I'm not sure I have an answer for that. Could you say a little more? You can also ask to talk to a person at any time.";
