import { accountLinks } from './accountLinks.ts';
import type { ActionInput, ActionResult, SelfServiceAction } from './selfServiceAction.ts';

/**
 * Offer the password-reset page.
 *
 * @example
 *   passwordReset.run({ question: 'I forgot my password', entities, baseUrl: 'https://example.com' }).detail.url
 *   // 'https://example.com/account/password-reset'
 */
export const passwordReset: SelfServiceAction = {
  id: 'password_reset',
  when: {
    keywords: /\b(passwords?|pass ?word|log ?in|logging in|sign ?in|signing in|locked out|reset link|forgot(?:ten)?)\b/i,
    articleSlugs: ['reset-password'],
  },
  run: offerPasswordReset,
};

function offerPasswordReset(input: ActionInput): ActionResult {
  const url = accountLinks(input.baseUrl, input.paths).passwordReset;
  return {
    action: 'password_reset',
    status: 'offered',
    text: `You can reset your password here: ${url}. We'll email you a link; if it doesn't arrive within a few minutes, check your spam folder.`,
    detail: { url },
  };
}
