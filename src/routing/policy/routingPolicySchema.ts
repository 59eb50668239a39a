/** A skill name: letters, digits, `_`, `.`, `-`, up to 64 characters. */
const skillName = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
/** A language code, as analysis gives it (`en`, `pt-BR`). */
const languageCode = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

const skills = {
  type: 'object',
  maxProperties: 50,
  propertyNames: { pattern: skillName },
  additionalProperties: { type: 'integer', minimum: 1, maximum: 5 },
};
const names = (pattern?: string) => ({
  type: 'array',
  minItems: 1,
  maxItems: 100,
  uniqueItems: true,
  items: { type: 'string', minLength: 1, maxLength: 64, ...(pattern ? { pattern } : {}) },
});
const queue = { type: 'string', minLength: 1, maxLength: 100 };

const target = {
  type: 'object',
  additionalProperties: false,
  required: ['queue'],
  properties: {
    queue,
    requiredSkills: skills,
    optionalSkills: skills,
    priorityBoost: { type: 'integer', minimum: -50, maximum: 50 },
    offerTimeoutSeconds: { type: 'integer', minimum: 5, maximum: 600 },
    relaxOptionalAfterSeconds: { type: 'integer', minimum: 0, maximum: 86_400 },
    simultaneousOffers: { type: 'integer', minimum: 1, maximum: 10 },
  },
};

const rule = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'when', 'target'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    when: {
      type: 'object',
      additionalProperties: false,
      properties: {
        categories: names(),
        tiers: names(),
        languages: names(languageCode),
        triggers: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['confidence', 'sentiment', 'explicit_request', 'topic'] } },
        minPriority: { type: 'integer', minimum: 0, maximum: 100 },
        maxPriority: { type: 'integer', minimum: 0, maximum: 100 },
      },
    },
    target,
  },
};

/**
 * The JSON Schema of a stored routing policy (every top-level field optional; defaults fill
 * the gaps). Relations between fields are checked by `parseRoutingPolicy` after it.
 *
 * @example
 *   new Ajv({ allErrors: true, discriminator: true }).compile(routingPolicySchema)
 */
export const routingPolicySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: { type: 'array', maxItems: 200, items: rule },
    defaultTarget: target,
    fallback: {
      type: 'object',
      discriminator: { propertyName: 'kind' },
      required: ['kind'],
      oneOf: [
        { properties: { kind: { const: 'overflow_queue' }, queue }, required: ['kind', 'queue'], additionalProperties: false },
        { properties: { kind: { const: 'off_hours' } }, required: ['kind'], additionalProperties: false },
      ],
    },
    assignment: { type: 'string', enum: ['offers', 'claim'] },
    maxOffers: { type: 'integer', minimum: 1, maximum: 100 },
    handoffTtlSeconds: { type: 'integer', minimum: 60, maximum: 604_800 },
    agingPerMinute: { type: 'number', minimum: 0, maximum: 10 },
    strategy: { type: 'string', enum: ['longest_idle', 'least_busy'] },
  },
} as const;
