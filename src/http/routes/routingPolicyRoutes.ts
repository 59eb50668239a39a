import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Agent } from '../../agent/types.ts';
import type { Deps } from '../../core/deps.ts';
import { updateRoutingPolicy } from '../../routing/policy/updateRoutingPolicy.ts';
import { errors } from '../schemas.ts';

const cookie = [{ agentSession: [] }];
const me = (request: FastifyRequest): Agent => request.agent!;

// The response describes every field: the serializer drops what a schema does not list.
// Validation of a new policy is `parseRoutingPolicy`'s, not these schemas'.
const strings = { type: 'array', items: { type: 'string' } } as const;
const skills = { type: 'object', additionalProperties: { type: 'integer' } } as const;
const target = {
  type: 'object',
  properties: {
    queue: { type: 'string' },
    requiredSkills: skills,
    optionalSkills: skills,
    priorityBoost: { type: 'integer' },
    offerTimeoutSeconds: { type: 'integer' },
    relaxOptionalAfterSeconds: { type: 'integer' },
    simultaneousOffers: { type: 'integer' },
  },
} as const;
const rule = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    when: {
      type: 'object',
      properties: { categories: strings, tiers: strings, languages: strings, triggers: strings, minPriority: { type: 'integer' }, maxPriority: { type: 'integer' } },
    },
    target,
  },
} as const;

/**
 * A routing policy as answered, defaults filled in (see docs/ROUTING.md). Exported so a test
 * can check that it lists every field of `routingPolicySchema`.
 */
export const routingPolicyView = {
  type: 'object',
  properties: {
    assignment: { type: 'string', enum: ['offers', 'claim'] },
    rules: { type: 'array', items: rule },
    defaultTarget: target,
    fallback: { type: 'object', properties: { kind: { type: 'string', enum: ['overflow_queue', 'off_hours'] }, queue: { type: 'string' } } },
    maxOffers: { type: 'integer' },
    handoffTtlSeconds: { type: 'integer' },
    agingPerMinute: { type: 'number' },
    strategy: { type: 'string', enum: ['longest_idle', 'least_busy'] },
  },
} as const;

const policyResponse = { type: 'object', properties: { policy: routingPolicyView } } as const;

/**
 * The workspace's routing policy: any agent reads it; supervisors and admins replace it.
 * A change takes effect on the next routing pass. Registered in the agent scope.
 */
export function routingPolicyRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/v1/agent/routing-policy', {
    schema: {
      tags: ['agent'],
      summary: "The workspace's routing policy, defaults filled in",
      security: cookie,
      response: { 200: policyResponse, ...errors(401) },
    },
    handler: async (request) => ({ policy: await deps.store.routing.policy(me(request).workspaceId) }),
  });

  app.put<{ Body: unknown }>('/v1/agent/routing-policy', {
    schema: {
      tags: ['agent'],
      summary: 'Replace the routing policy (supervisors and admins); omitted fields take their defaults',
      security: cookie,
      body: { type: 'object', description: 'See docs/ROUTING.md; validated in full by parseRoutingPolicy, every problem listed.' },
      response: { 200: policyResponse, ...errors(400, 401, 403) },
    },
    handler: async (request) => ({ policy: await updateRoutingPolicy(deps, me(request), request.body) }),
  });
}
