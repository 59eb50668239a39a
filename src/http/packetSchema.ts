/**
 * The handoff packet as JSON Schema, published in OpenAPI as `HandoffPacket` (version 1;
 * `packetVersion` changes when a field changes meaning or goes away). Mirrors
 * `src/packet/types.ts`; the response serializer drops anything not listed here.
 */
const str = { type: 'string' } as const;
const optionalStr = { type: 'string' } as const;
const triggerSchema = {
  type: 'object',
  required: ['type', 'turn', 'evidence'],
  properties: { type: { type: 'string', enum: ['confidence', 'sentiment', 'explicit_request', 'topic'] }, turn: { type: 'integer' }, evidence: str },
} as const;

export const packetSchema = {
  $id: 'HandoffPacket',
  type: 'object',
  required: ['packetVersion', 'handoffId', 'conversationId', 'builtAt', 'customer', 'transcript', 'sentiment', 'intent', 'attempts', 'account', 'escalation', 'nextStep', 'verify'],
  properties: {
    packetVersion: { type: 'integer', enum: [1] },
    handoffId: { type: 'string', format: 'uuid' },
    conversationId: { type: 'string', format: 'uuid' },
    builtAt: { type: 'string', format: 'date-time' },
    customer: {
      type: 'object',
      required: ['tier', 'verified'],
      properties: { name: optionalStr, externalId: optionalStr, tier: str, verified: { type: 'boolean', description: 'Signed in through the host site (identity verified).' } },
    },
    transcript: {
      type: 'object',
      required: ['lines', 'folded', 'total'],
      properties: {
        lines: {
          type: 'array',
          items: {
            type: 'object',
            required: ['seq', 'speaker', 'at', 'text'],
            properties: { seq: { type: 'integer' }, speaker: { type: 'string', enum: ['customer', 'assistant', 'agent', 'system'] }, at: { type: 'string', format: 'date-time' }, text: str },
          },
        },
        folded: {
          anyOf: [
            { type: 'null' },
            { type: 'object', required: ['count', 'fromSeq', 'toSeq'], properties: { count: { type: 'integer' }, fromSeq: { type: 'integer' }, toSeq: { type: 'integer' } } },
          ],
          description: 'The middle of a long conversation, not shown in full here (read it with the messages endpoint).',
        },
        total: { type: 'integer' },
      },
    },
    sentiment: {
      type: 'object',
      required: ['tag', 'signals'],
      properties: {
        tag: { type: 'string', enum: ['neutral', 'frustrated', 'upset'] },
        signals: { type: 'array', items: { type: 'object', required: ['signal', 'turn', 'evidence'], properties: { signal: str, turn: { type: 'integer' }, evidence: str } } },
      },
    },
    intent: {
      type: 'object',
      required: ['line', 'orderIds', 'amounts', 'accountNumbers'],
      properties: {
        line: str,
        orderIds: { type: 'array', items: str },
        amounts: { type: 'array', items: str },
        accountNumbers: { type: 'array', items: str },
      },
    },
    attempts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'ref', 'label', 'outcome'],
        properties: {
          kind: { type: 'string', enum: ['article', 'action'] },
          ref: str,
          label: str,
          outcome: { type: 'string', enum: ['offered', 'declined', 'failed', 'succeeded'] },
          evidence: optionalStr,
          atSeq: { type: 'integer' },
        },
      },
    },
    account: {
      type: 'object',
      required: ['status', 'previousTickets', 'orders', 'subscriptions'],
      properties: {
        status: { type: 'string', enum: ['found', 'not_found', 'unavailable', 'anonymous'] },
        reason: optionalStr,
        externalId: optionalStr,
        name: optionalStr,
        tier: optionalStr,
        customerSince: optionalStr,
        tenureMonths: { type: 'integer' },
        previousTickets: {
          type: 'object',
          required: ['count', 'last'],
          properties: {
            count: { type: 'integer' },
            last: { type: 'array', items: { type: 'object', properties: { subject: str, status: str, openedAt: str } } },
          },
        },
        orders: {
          type: 'array',
          items: { type: 'object', properties: { number: str, status: str, total: str, placedAt: str, mentioned: { type: 'boolean' } } },
        },
        subscriptions: { type: 'array', items: { type: 'object', properties: { plan: str, status: str, renewsAt: str } } },
      },
    },
    escalation: {
      type: 'object',
      required: ['triggers', 'priority', 'topic', 'language', 'explanation'],
      properties: {
        triggers: { type: 'array', items: triggerSchema },
        priority: { type: 'integer' },
        topic: { type: ['string', 'null'] },
        language: str,
        explanation: str,
      },
    },
    nextStep: str,
    verify: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'value', 'mentionedBy', 'status'],
        properties: {
          kind: { type: 'string', enum: ['order', 'amount', 'account', 'email'] },
          value: str,
          mentionedBy: { type: 'string', enum: ['customer', 'assistant'] },
          status: { type: 'string', enum: ['matches_record', 'not_found', 'unverified'] },
          detail: optionalStr,
        },
      },
    },
  },
} as const;
