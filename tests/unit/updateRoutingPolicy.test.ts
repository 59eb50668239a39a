import { describe, expect, it } from 'vitest';
import type { Agent } from '../../src/agent/types.ts';
import type { Deps } from '../../src/core/deps.ts';
import { DomainError } from '../../src/core/errors.ts';
import type { DomainEvent } from '../../src/core/events.ts';
import { routingPolicyView } from '../../src/http/routes/routingPolicyRoutes.ts';
import { defaultRoutingPolicy, type RoutingPolicy } from '../../src/routing/policy/routingPolicy.ts';
import { routingPolicySchema } from '../../src/routing/policy/routingPolicySchema.ts';
import { updateRoutingPolicy } from '../../src/routing/policy/updateRoutingPolicy.ts';

const agentOf = (role: Agent['role']): Agent => ({
  workspaceId: 'ws-1',
  id: `${role}-1`,
  email: `${role}@example.test`,
  displayName: role,
  role,
  teamId: null,
  skills: {},
  languages: ['en'],
  capacity: 3,
  presence: 'online',
});

/** Just the ports the use case touches: one transaction with the routing store and the event log. */
function fakeDeps() {
  const stored: { workspaceId: string; policy: RoutingPolicy }[] = [];
  const appended: DomainEvent[] = [];
  const published: DomainEvent[] = [];
  const tx = {
    routing: { setPolicy: async (workspaceId: string, policy: RoutingPolicy) => void stored.push({ workspaceId, policy }) },
    events: { append: async (_workspaceId: string, events: readonly DomainEvent[]) => void appended.push(...events) },
  };
  const deps = {
    store: { transaction: async <T>(work: (t: typeof tx) => Promise<T>) => work(tx) },
    events: { publish: (_workspaceId: string, events: readonly DomainEvent[]) => void published.push(...events) },
  } as unknown as Deps;
  return { deps, stored, appended, published };
}

async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('updateRoutingPolicy', () => {
  it('refuses a plain agent before looking at the policy, and stores nothing', async () => {
    const { deps, stored, appended } = fakeDeps();
    for (const input of [{ assignment: 'claim' }, { assignment: 'push' }]) {
      expect((await domainError(updateRoutingPolicy(deps, agentOf('agent'), input))).id).toBe('forbidden');
    }
    expect([stored, appended]).toEqual([[], []]);
  });

  it('refuses an invalid policy with every problem listed, and stores nothing', async () => {
    const { deps, stored, appended, published } = fakeDeps();
    const error = await domainError(updateRoutingPolicy(deps, agentOf('supervisor'), { maxOffers: 0, strategy: 'random', colour: 'red' }));
    expect(error.id).toBe('invalid_request');
    expect(error.details).toEqual(['/colour is not a known field', '/maxOffers must be >= 1', '/strategy must be one of longest_idle, least_busy']);
    expect([stored, appended, published]).toEqual([[], [], []]);
  });

  it.each(['supervisor', 'admin'] as const)('a %s stores the policy with its defaults filled in and records the change', async (role) => {
    const { deps, stored, appended, published } = fakeDeps();
    const policy = await updateRoutingPolicy(deps, agentOf(role), { assignment: 'claim' });
    const expected = { ...defaultRoutingPolicy, assignment: 'claim' };
    expect(policy).toEqual(expected);
    expect(stored).toEqual([{ workspaceId: 'ws-1', policy: expected }]);
    const event = { type: 'routing_policy.changed', agentId: `${role}-1`, payload: { policy: expected } };
    expect(appended).toEqual([event]);
    expect(published).toEqual([event]);
  });
});

describe('the routing policy response schema', () => {
  // The serializer drops any field a response schema does not list: it must list them all.
  const keys = (schema: { properties?: object }) => Object.keys(schema.properties ?? {}).sort();
  const rule = routingPolicySchema.properties.rules.items;

  it('lists every field of routingPolicySchema, at every level', () => {
    const view = routingPolicyView.properties;
    expect(keys(routingPolicyView)).toEqual(keys(routingPolicySchema));
    expect(keys(view.defaultTarget)).toEqual(keys(routingPolicySchema.properties.defaultTarget));
    expect(keys(view.rules.items)).toEqual(keys(rule));
    expect(keys(view.rules.items.properties.when)).toEqual(keys(rule.properties.when));
    expect(keys(view.rules.items.properties.target)).toEqual(keys(rule.properties.target));
    const fallbackKeys = [...new Set(routingPolicySchema.properties.fallback.oneOf.flatMap((branch) => Object.keys(branch.properties)))].sort();
    expect(keys(view.fallback)).toEqual(fallbackKeys);
  });
});
