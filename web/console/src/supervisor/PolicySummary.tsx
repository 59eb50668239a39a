import { topicLabels } from './policyDraft.ts';
import type { EscalationPolicy } from './types.ts';

/**
 * The stored escalation policy in words: what the next customer message is judged by. Shown
 * beside the editor (read back after each save) and alone to agents, who may not change it.
 *
 * @example
 *   <PolicySummary policy={stored} />
 */
export function PolicySummary({ policy }: { policy: EscalationPolicy }) {
  return (
    <dl className="sv-summary" data-testid="policy-stored">
      <dt>Confidence threshold</dt>
      <dd data-testid="policy-stored-confidenceThreshold">{policy.confidenceThreshold}</dd>
      <dt>Dispute amount</dt>
      <dd data-testid="policy-stored-disputeAmountThreshold">{policy.disputeAmountThreshold}</dd>
      <dt>Always to a person</dt>
      <dd data-testid="policy-stored-topics">{policy.topics.length ? policy.topics.map((t) => topicLabels[t]?.label ?? t).join(', ') : 'No topic'}</dd>
      <dt>Sentiment sensitivity</dt>
      <dd data-testid="policy-stored-sentimentSensitivity">{policy.sentimentSensitivity}</dd>
      <dt>Sentiment escalates at</dt>
      <dd data-testid="policy-stored-sentimentEscalatesAt">{policy.sentimentEscalatesAt}</dd>
    </dl>
  );
}
