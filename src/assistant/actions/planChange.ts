import { accountLinks } from './accountLinks.ts';
import type { ActionInput, ActionResult, SelfServiceAction } from './selfServiceAction.ts';

/**
 * Offer the plan page, with the customer's current plan from the account (and a word when
 * its payment is past due, since that blocks a change).
 *
 * @example
 *   planChange.run({ question: 'I want to upgrade', entities, account, baseUrl: 'https://example.com' }).text
 *   // "You're on the Basic monthly plan. You can upgrade or downgrade on your plan page: https://example.com/account/plan."
 */
export const planChange: SelfServiceAction = {
  id: 'plan_change',
  when: {
    keywords: /\b(plans?|upgrad\w*|downgrad\w*|subscriptions?|tier|switch (?:to|plans?)|cancel (?:my|the) subscription)\b/i,
    articleSlugs: ['change-plan'],
  },
  run: offerPlanChange,
};

function offerPlanChange(input: ActionInput): ActionResult {
  const url = accountLinks(input.baseUrl, input.paths).plan;
  const subscriptions = input.account?.subscriptions ?? [];
  const current = subscriptions.find((s) => s.status === 'active') ?? subscriptions[0];
  const lines: string[] = [];
  if (current) lines.push(`You're on the ${current.plan} plan.`);
  if (current?.status === 'past_due') lines.push('Its last payment is past due, so please update your payment method first.');
  lines.push(`You can upgrade or downgrade on your plan page: ${url}.`);
  return {
    action: 'plan_change',
    status: 'offered',
    text: lines.join(' '),
    detail: { url, currentPlan: current?.plan ?? null, subscriptionStatus: current?.status ?? null },
  };
}
