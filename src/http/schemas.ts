import { packetSchema } from './packetSchema.ts';
/**
 * JSON schemas shared by the routes. Objects are closed (`additionalProperties: false`) and
 * types are never coerced, so unknown fields, arrays for strings and `{"$ne": null}` are 400.
 */

export const uuid = { type: 'string', format: 'uuid' } as const;
export const seqParam = { type: 'string', pattern: '^[0-9]{1,9}$', description: 'A sequence number.' } as const;
/** A message body: 1 to 4,000 characters, not only whitespace. */
export const messageBody = { type: 'string', minLength: 1, maxLength: 4000, pattern: '\\S' } as const;
export const clientMessageId = {
  type: 'string',
  minLength: 1,
  maxLength: 100,
  description: "The sender's own id for this message; a retried send with the same id is stored once.",
} as const;

/** An escalation policy as answered (every field listed: the serializer drops what a schema does not). */
export const escalationPolicyView = {
  type: 'object',
  properties: {
    confidenceThreshold: { type: 'number' },
    disputeAmountThreshold: { type: 'number' },
    topics: { type: 'array', items: { type: 'string' } },
    sentimentSensitivity: { type: 'string' },
    sentimentEscalatesAt: { type: 'string' },
  },
} as const;

export const errorResponse = {
  $id: 'Error',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['id', 'message'],
      properties: { id: { type: 'string' }, message: { type: 'string' }, details: {} },
    },
  },
} as const;

export const messageSchema = {
  $id: 'Message',
  type: 'object',
  required: ['id', 'conversationId', 'seq', 'authorKind', 'body', 'createdAt'],
  properties: {
    id: uuid,
    conversationId: uuid,
    seq: { type: 'integer' },
    authorKind: { type: 'string', enum: ['customer', 'assistant', 'agent', 'system'] },
    authorAgentId: { type: ['string', 'null'], description: 'The agent who wrote it (agent messages).' },
    body: { type: 'string' },
    clientMessageId: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const conversationSchema = {
  $id: 'Conversation',
  type: 'object',
  required: ['id', 'status', 'channel', 'lastSeq', 'createdAt'],
  properties: {
    id: uuid,
    status: { type: 'string', enum: ['with_assistant', 'waiting_for_agent', 'with_agent', 'resolved'] },
    channel: { type: 'string', enum: ['chat', 'email', 'voice'] },
    lastSeq: { type: 'integer' },
    customerId: uuid,
    assignedAgentId: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
    resolvedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

export const handoffSchema = {
  $id: 'Handoff',
  type: 'object',
  required: ['id', 'conversationId', 'status', 'priority', 'decision', 'createdAt'],
  properties: {
    id: uuid,
    conversationId: uuid,
    status: { type: 'string', enum: ['pending', 'offered', 'assigned', 'completed', 'cancelled'] },
    priority: { type: 'integer' },
    decision: {
      type: 'object',
      properties: {
        escalate: { type: 'boolean' },
        priority: { type: 'integer' },
        explanation: { type: 'string' },
        sentiment: { type: 'string', enum: ['neutral', 'frustrated', 'upset'] },
        topic: { type: ['string', 'null'], enum: ['billing_dispute', 'legal', 'accessibility', 'safety', null] },
        language: { type: 'string' },
        intent: { type: 'string' },
        triggers: {
          type: 'array',
          items: {
            type: 'object',
            properties: { type: { type: 'string' }, turn: { type: 'integer' }, evidence: { type: 'string' } },
          },
        },
      },
    },
    assignedAgentId: { type: ['string', 'null'] },
    closeReason: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
    assignedAt: { type: ['string', 'null'], format: 'date-time' },
    teamId: { type: ['string', 'null'] },
    quotedWaitSeconds: { type: ['integer', 'null'], description: 'The wait the customer was told to expect.' },
    path: { type: 'string', enum: ['warm', 'off_hours', 'no_agent'], description: 'What the customer heard at escalation.' },
  },
} as const;

export const agentSchema = {
  $id: 'Agent',
  type: 'object',
  required: ['id', 'email', 'displayName', 'role'],
  properties: {
    id: uuid,
    email: { type: 'string' },
    displayName: { type: 'string' },
    role: { type: 'string' },
    teamId: { type: ['string', 'null'] },
    skills: { type: 'object', additionalProperties: { type: 'integer' } },
    languages: { type: 'array', items: { type: 'string' } },
    capacity: { type: 'integer' },
    presence: { type: 'string' },
  },
} as const;

/** The shared schemas, registered once with `app.addSchema`. */
export const sharedSchemas = [errorResponse, messageSchema, conversationSchema, handoffSchema, agentSchema, packetSchema];

/** Standard error responses for a route, by status code. */
export function errors(...codes: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries(codes.map((code) => [code, { $ref: 'Error#' }]));
}
