import type { AttemptKind } from './attempt.ts';

/** What each built-in action did, in the agent's words. */
const actionLabels: Record<string, string> = {
  order_lookup: 'confirmed order history',
  refund_portal: 'offered self-service refund portal',
  password_reset: 'sent a password reset link',
  plan_change: 'offered the plan change page',
  troubleshooting: 'walked through troubleshooting steps',
};

/**
 * The short, agent-facing label of an attempt, as it reads in the handoff packet's "AI
 * tried" list. An article is named by its title when known, else by its slug; an unknown
 * action by its id.
 *
 * @example
 *   labelFor('article', 'refund-policy') // 'directed to the refund policy article'
 *   labelFor('article', 'refund-policy', 'Refunds') // 'directed to the "Refunds" article'
 *   labelFor('action', 'refund_portal') // 'offered self-service refund portal'
 *   labelFor('action', 'troubleshooting', 'Sync errors') // 'walked through troubleshooting steps for "Sync errors"'
 */
export function labelFor(kind: AttemptKind, ref: string, articleTitle?: string): string {
  const title = articleTitle?.replace(/\s+/g, ' ').trim();
  if (kind === 'article') return title ? `directed to the "${title}" article` : `directed to the ${words(ref)} article`;
  const label = actionLabels[ref] ?? `ran ${words(ref)}`;
  return ref === 'troubleshooting' && title ? `${label} for "${title}"` : label;
}

function words(ref: string): string {
  return ref.replace(/[-_]+/g, ' ').trim().toLowerCase();
}
