import type { EscalationDecision } from '../policy/decideEscalation.ts';
import type { AttemptedResolution, VerifyItem } from './types.ts';

/**
 * The step an agent should take first, from the topic, the triggers, what the assistant
 * already tried and what the record confirms. Never suggests what already failed.
 *
 * @example
 *   suggestNextStep(decision, attempts, verify)
 *   // 'Manual billing review: confirm the charge on order 8821 (89.99 USD) and refund if confirmed.'
 */
export function suggestNextStep(decision: EscalationDecision, attempts: readonly AttemptedResolution[], verify: readonly VerifyItem[]): string {
  const order = verify.find((v) => v.kind === 'order' && v.mentionedBy === 'customer');
  const amount = verify.find((v) => v.kind === 'amount' && v.mentionedBy === 'customer');
  const about = [order && `order ${order.value}`, amount && `(${amount.value})`].filter(Boolean).join(' ');
  const tried = attempts.filter((a) => a.outcome === 'failed' || a.outcome === 'declined');
  const avoid = tried.length > 0 ? ` Do not repeat: ${[...new Set(tried.map((a) => a.label))].join('; ')}.` : '';
  switch (decision.topic) {
    case 'billing_dispute':
      return `Manual billing review: confirm the charge${about ? ` on ${about}` : ''} and refund if confirmed.${avoid}`;
    case 'legal':
      return `Acknowledge and log the complaint, admit nothing, and pass it to the legal contact today.${avoid}`;
    case 'accessibility':
      return `Offer an accessible route (phone, email or doing it for them) and complete the task with the customer.${avoid}`;
    case 'safety':
      return 'Safety first: if anyone is in danger, tell them to leave the area and call emergency services; then log the incident.';
  }
  if (decision.triggers.some((t) => t.type === 'confidence')) return `Answer what the assistant could not: ${decision.intent}.${avoid}`;
  if (order && order.status === 'not_found') return `Ask which account placed order ${order.value}: it is not on this customer's record.${avoid}`;
  return `Greet the customer, confirm the issue (${decision.intent}) and take it from there.${avoid}`;
}
