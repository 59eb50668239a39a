import { Ajv } from 'ajv';

/** What a client may send over the WebSocket. */
export type ClientFrame =
  | { type: 'auth'; customerToken: string; conversationId: string }
  | { type: 'subscribe'; conversationId: string; after?: number }
  | { type: 'unsubscribe'; conversationId: string }
  | { type: 'ping' };

const uuid = { type: 'string', pattern: '^[0-9a-fA-F-]{36}$' };
const frameSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['type', 'customerToken', 'conversationId'],
      additionalProperties: false,
      properties: { type: { const: 'auth' }, customerToken: { type: 'string', minLength: 1, maxLength: 200 }, conversationId: uuid },
    },
    {
      type: 'object',
      required: ['type', 'conversationId'],
      additionalProperties: false,
      properties: { type: { const: 'subscribe' }, conversationId: uuid, after: { type: 'integer', minimum: 0 } },
    },
    {
      type: 'object',
      required: ['type', 'conversationId'],
      additionalProperties: false,
      properties: { type: { const: 'unsubscribe' }, conversationId: uuid },
    },
    { type: 'object', required: ['type'], additionalProperties: false, properties: { type: { const: 'ping' } } },
  ],
};

const validate = new Ajv({ coerceTypes: false, removeAdditional: false }).compile<ClientFrame>(frameSchema);

/**
 * Parse and validate one client frame; `undefined` when it is not valid JSON or not a frame.
 *
 * @example
 *   parseFrame('{"type":"subscribe","conversationId":"…","after":12}')
 */
export function parseFrame(raw: string): ClientFrame | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return validate(value) ? value : undefined;
}
