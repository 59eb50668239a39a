import type { EscalationPolicy, Topic } from './types.ts';

/** The policy fields the editor changes; each has its own input and its own error. */
export type PolicyField = 'confidenceThreshold' | 'disputeAmountThreshold' | 'topics' | 'sentimentSensitivity' | 'sentimentEscalatesAt';

/** The form's state: numbers as typed, the rest as chosen. */
export interface PolicyDraft {
  confidenceThreshold: string;
  disputeAmountThreshold: string;
  topics: Topic[];
  sentimentSensitivity: EscalationPolicy['sentimentSensitivity'];
  sentimentEscalatesAt: EscalationPolicy['sentimentEscalatesAt'];
}

/**
 * The topics that can always go to a person, with what each covers. A `Record` over the
 * server's `Topic` type: a topic added there fails the typecheck here until it is described.
 */
export const topicLabels: Record<Topic, { label: string; hint: string }> = {
  billing_dispute: { label: 'Billing dispute', hint: 'a contested charge above the dispute amount, or with no amount stated' },
  legal: { label: 'Legal', hint: 'a lawyer, a lawsuit, a court, a regulator' },
  accessibility: { label: 'Accessibility', hint: 'a screen reader, low vision, deafness, a captcha the customer cannot pass' },
  safety: { label: 'Safety', hint: 'fire, a gas smell, an injury, threats, self-harm (priority 90 or more)' },
};

/** The topics in a stable order. */
export const knownTopics = Object.keys(topicLabels) as Topic[];

/** The policy's fields the form knows; a problem about any other is shown at the top. */
const fields: readonly PolicyField[] = ['confidenceThreshold', 'disputeAmountThreshold', 'topics', 'sentimentSensitivity', 'sentimentEscalatesAt'];

/**
 * The form's starting state from a stored policy.
 *
 * @example
 *   draftOf(policy).confidenceThreshold // '0.65'
 */
export function draftOf(policy: EscalationPolicy): PolicyDraft {
  return {
    confidenceThreshold: String(policy.confidenceThreshold),
    disputeAmountThreshold: String(policy.disputeAmountThreshold),
    topics: knownTopics.filter((t) => policy.topics.includes(t)),
    sentimentSensitivity: policy.sentimentSensitivity,
    sentimentEscalatesAt: policy.sentimentEscalatesAt,
  };
}

/** A typed number, or null when it is not one. */
function numberOf(text: string): number | null {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}

/**
 * The whole policy to send: the stored one with the form's fields over it, so fields the form
 * does not edit go back as they were. Checks the ranges the server checks (`parsePolicy`).
 *
 * @example
 *   policyOf({ ...draft, confidenceThreshold: '2' }, stored)
 *   // { ok: false, problems: { confidenceThreshold: 'Enter a number from 0 to 1.' } }
 */
export function policyOf(draft: PolicyDraft, stored: EscalationPolicy): { ok: true; policy: EscalationPolicy } | { ok: false; problems: Partial<Record<PolicyField, string>> } {
  const problems: Partial<Record<PolicyField, string>> = {};
  const confidence = numberOf(draft.confidenceThreshold);
  if (confidence === null || confidence < 0 || confidence > 1) problems.confidenceThreshold = 'Enter a number from 0 to 1.';
  const amount = numberOf(draft.disputeAmountThreshold);
  if (amount === null || amount < 0) problems.disputeAmountThreshold = 'Enter an amount of 0 or more.';
  if (!['low', 'normal', 'high'].includes(draft.sentimentSensitivity)) problems.sentimentSensitivity = 'Choose low, normal or high.';
  if (!['frustrated', 'upset'].includes(draft.sentimentEscalatesAt)) problems.sentimentEscalatesAt = 'Choose frustrated or upset.';
  if (Object.keys(problems).length > 0 || confidence === null || amount === null) return { ok: false, problems };
  return {
    ok: true,
    policy: { ...stored, ...draft, confidenceThreshold: confidence, disputeAmountThreshold: amount, topics: [...new Set(draft.topics)] },
  };
}

/**
 * The field a server problem is about, from its JSON path (`/topics/0 must be …` → `topics`).
 *
 * @example
 *   policyFieldOf('/confidenceThreshold must be <= 1') // 'confidenceThreshold'
 */
export function policyFieldOf(problem: string): PolicyField | null {
  const name = /^\/([A-Za-z]+)/.exec(problem)?.[1];
  return fields.find((f) => f === name) ?? null;
}
