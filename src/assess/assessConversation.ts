import { Ajv } from 'ajv';
import type { Analyzers } from '../analysis/analyzeConversation.ts';
import type { EscalationDecision } from '../policy/decideEscalation.ts';
import type { EscalationPolicy } from '../policy/escalationPolicy.ts';
import { replayConversation } from './replayConversation.ts';

/** One line of `baton assess` output. */
export type AssessResult =
  | {
      id: string | number;
      escalate: boolean;
      turn: number | null;
      triggers: string[];
      sentiment: string;
      topic: string | null;
      language: string;
      priority: number;
      intent: string;
    }
  | { id?: string | number; error: string };

interface ConversationLine {
  id: string | number;
  channel?: string;
  customer?: { name?: string; tier?: 'free' | 'standard' | 'gold' | 'platinum' };
  turns: { role: 'customer' | 'bot'; text: string; confidence?: number }[];
}

const validate = new Ajv({ allErrors: false, coerceTypes: false, allowUnionTypes: true }).compile<ConversationLine>({
  type: 'object',
  required: ['id', 'turns'],
  properties: {
    id: { type: ['string', 'number'] },
    channel: { type: 'string' },
    customer: {
      type: 'object',
      properties: { name: { type: 'string' }, tier: { enum: ['free', 'standard', 'gold', 'platinum'] } },
    },
    turns: {
      type: 'array',
      items: {
        type: 'object',
        required: ['role', 'text'],
        properties: {
          role: { enum: ['customer', 'bot'] },
          text: { type: 'string' },
          confidence: { type: 'number', minimum: 0, maximum: 1 },
        },
      },
    },
  },
});

/**
 * Assess one line of a JSONL file: read its turns in order as if live and stop at the first
 * escalation. Never throws: a malformed line becomes `{ id?, error }`.
 *
 * @example
 *   assessConversation('{"id":"c1","turns":[{"role":"customer","text":"I want a human"}]}', analyzers, defaultPolicy)
 *   // { id: 'c1', escalate: true, turn: 0, triggers: ['explicit_request'], ... }
 */
export function assessConversation(line: string, analyzers: Analyzers, policy: EscalationPolicy): AssessResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not JSON: ${(error as Error).message}` };
  }
  const id = readableId(value);
  if (!validate(value)) {
    const problem = validate.errors?.[0];
    return { ...(id !== undefined && { id }), error: `${problem?.instancePath || 'line'} ${problem?.message ?? 'is not a conversation'}` };
  }
  try {
    return decide(value, analyzers, policy);
  } catch (error) {
    return { id: value.id, error: `analysis failed: ${(error as Error).message}` };
  }
}

function decide(conversation: ConversationLine, analyzers: Analyzers, policy: EscalationPolicy): AssessResult {
  const { turn, decision } = replayConversation(conversation.turns, { tier: conversation.customer?.tier }, analyzers, policy);
  if (!decision) return { id: conversation.id, escalate: false, turn: null, triggers: [], sentiment: 'neutral', topic: null, language: 'en', priority: 0, intent: 'Unknown request' };
  return present(conversation.id, turn, decision);
}

function present(id: string | number, turn: number | null, decision: EscalationDecision): AssessResult {
  return {
    id,
    escalate: decision.escalate,
    turn,
    triggers: decision.triggers.map((t) => t.type),
    sentiment: decision.sentiment,
    topic: decision.topic,
    language: decision.language,
    priority: decision.priority,
    intent: decision.intent,
  };
}

function readableId(value: unknown): string | number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}
