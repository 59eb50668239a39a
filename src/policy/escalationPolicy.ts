import { Ajv } from 'ajv';
import type { Sensitivity } from '../analysis/sentiment/assessSentiment.ts';
import type { Topic } from '../analysis/types.ts';

/**
 * A workspace's escalation policy: data a support team tunes, validated, with documented
 * defaults (docs/POLICY.md).
 */
export interface EscalationPolicy {
  /** A bot turn whose confidence is strictly below this escalates (0.65 does not). */
  confidenceThreshold: number;
  /** A billing dispute escalates when the contested amount is strictly above this (or unstated). */
  disputeAmountThreshold: number;
  /** Topics that always go to a person. */
  topics: Topic[];
  /** How readily frustration is called. */
  sentimentSensitivity: Sensitivity;
  /** The sentiment tag from which the sentiment trigger fires. */
  sentimentEscalatesAt: 'frustrated' | 'upset';
}

/** The defaults (BRIEF.md section 1). */
export const defaultPolicy: EscalationPolicy = {
  confidenceThreshold: 0.65,
  disputeAmountThreshold: 100,
  topics: ['billing_dispute', 'legal', 'accessibility', 'safety'],
  sentimentSensitivity: 'normal',
  sentimentEscalatesAt: 'frustrated',
};

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    confidenceThreshold: { type: 'number', minimum: 0, maximum: 1 },
    disputeAmountThreshold: { type: 'number', minimum: 0 },
    topics: { type: 'array', uniqueItems: true, items: { enum: ['billing_dispute', 'legal', 'accessibility', 'safety'] } },
    sentimentSensitivity: { enum: ['low', 'normal', 'high'] },
    sentimentEscalatesAt: { enum: ['frustrated', 'upset'] },
  },
};
const validate = new Ajv({ allErrors: true, coerceTypes: false }).compile(schema);

/**
 * Read a policy: every field optional (defaults fill the gaps), unknown fields and wrong
 * values refused with one message per problem.
 *
 * @example
 *   parsePolicy({ confidenceThreshold: 0.6 }) // { ok: true, policy: { ...defaultPolicy, confidenceThreshold: 0.6 } }
 *   parsePolicy({ confidenceThreshold: 2 })   // { ok: false, problems: ['/confidenceThreshold must be <= 1'] }
 */
export function parsePolicy(input: unknown): { ok: true; policy: EscalationPolicy } | { ok: false; problems: string[] } {
  if (!validate(input)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(policy)'} ${e.message}${e.keyword === 'additionalProperties' ? `: ${(e.params as { additionalProperty: string }).additionalProperty}` : ''}`);
    return { ok: false, problems };
  }
  return { ok: true, policy: { ...defaultPolicy, ...(input as Partial<EscalationPolicy>) } };
}
