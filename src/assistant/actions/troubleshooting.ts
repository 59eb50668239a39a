import { articleSteps } from './articleSteps.ts';
import type { ActionInput, ActionResult, SelfServiceAction } from './selfServiceAction.ts';

/**
 * Walk the customer through the matched technical article as numbered steps, then ask
 * whether it worked (so the next reply tells the attempt's outcome). Without an article
 * it asks what the customer sees.
 *
 * @example
 *   troubleshooting.run({ question: "the dashboard won't load", entities, article: appNotLoading, baseUrl }).text
 *   // "Let's try these steps for \"The app does not load\":\n1. Clear the browser cache.\n2. Disable extensions. …"
 */
export const troubleshooting: SelfServiceAction = {
  id: 'troubleshooting',
  when: {
    keywords:
      /\b(not (?:loading|working|syncing|opening|responding)|(?:won'?t|doesn'?t|does not|can'?t|cannot) (?:load|open|sync|work|connect)|broken|crash\w*|errors?|blank|stuck|spinning|fail(?:s|ed|ing)?|freez\w*|frozen)\b/i,
    categories: ['technical'],
    needsArticle: true,
  },
  run: walkThroughSteps,
};

function walkThroughSteps(input: ActionInput): ActionResult {
  const article = input.article;
  const { steps, context } = article ? articleSteps(article.body) : { steps: [], context: [] };
  if (!article || steps.length === 0) {
    return {
      action: 'troubleshooting',
      status: 'needs_input',
      text: 'Could you tell me what you see on screen, including any error message, and which browser or device you use?',
      detail: { article: article?.slug ?? null, steps: [] },
    };
  }
  const numbered = steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
  const intro = [...context, `Let's try these steps for "${article.title}":`].join(' ');
  return {
    action: 'troubleshooting',
    status: 'offered',
    text: `${intro}\n${numbered}\nDid that fix it?`,
    detail: { article: article.slug, steps },
  };
}
