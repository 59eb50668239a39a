import { selfServiceActions } from './selfServiceActions.ts';
import type { ActionEntities, SelfServiceAction } from './selfServiceAction.ts';

/** The article the assistant matched: its slug, or the article with its category and body. */
export type MatchedArticle = string | { slug: string; category?: string; body?: string };

/** Points per signal; an action needs `enough` to be chosen. */
const points = { keyword: 3, article: 2, orderIds: 2, category: 1 };
const enough = 2;
/** "I don't want a refund", "no need to reset": the words right before a keyword that cancel it. */
const declinedBefore = /\b(?:(?:don'?t|do not|doesn'?t|does not|no longer|not) (?:want|need)(?: \w+)?|no need(?: to| for)?(?: \w+)?|not interested in(?: \w+)?|without(?: \w+)?)\s*$/i;

/**
 * Pick at most one self-service action for the customer's question: each action scores 3
 * for its keywords in the question (unless declined: "I don't want a refund"), 2 when the
 * matched article is one it follows up, 2 when the question names an order and the action
 * reads orders, 1 for the article's category; the best score of at least 2 wins, ties to the
 * catalogue's order. An action that needs the article's text is skipped without it.
 *
 * @example
 *   chooseAction('where is my order 9012', { orderIds: ['9012'], amounts: [] })?.id // 'order_lookup'
 *   chooseAction('I want my money back', noEntities, 'refund-policy')?.id // 'refund_portal'
 *   chooseAction('what are your opening hours', noEntities) // undefined
 */
export function chooseAction(
  question: string,
  entities: ActionEntities,
  article?: MatchedArticle,
  catalogue: readonly SelfServiceAction[] = selfServiceActions,
): SelfServiceAction | undefined {
  const slug = typeof article === 'string' ? article : article?.slug;
  const category = typeof article === 'string' ? undefined : article?.category;
  const hasBody = typeof article === 'object' && Boolean(article.body);
  let best: { action: SelfServiceAction; score: number } | undefined;
  for (const action of catalogue) {
    const when = action.when;
    if (when.needsArticle && !hasBody) continue;
    const score =
      (asks(question, when.keywords) ? points.keyword : 0) +
      (slug && when.articleSlugs?.includes(slug) ? points.article : 0) +
      (when.orderIds && entities.orderIds.length > 0 ? points.orderIds : 0) +
      (category && when.categories?.includes(category) ? points.category : 0);
    if (score >= enough && (!best || score > best.score)) best = { action, score };
  }
  return best?.action;
}

/** Whether a keyword appears in the question and is not declined right before it. */
function asks(question: string, keywords: RegExp): boolean {
  const global = new RegExp(keywords.source, keywords.flags.includes('g') ? keywords.flags : `${keywords.flags}g`);
  for (const match of question.matchAll(global)) {
    if (!declinedBefore.test(question.slice(Math.max(0, match.index - 40), match.index))) return true;
  }
  return false;
}
