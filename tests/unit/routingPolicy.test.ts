import { describe, expect, it } from 'vitest';
import { matchRoute, type RoutableHandoff } from '../../src/routing/policy/matchRoute.ts';
import { parseRoutingPolicy } from '../../src/routing/policy/parseRoutingPolicy.ts';
import { resolveTarget } from '../../src/routing/policy/resolveTarget.ts';
import { defaultRoutingPolicy, type RoutingPolicy, type RoutingRule } from '../../src/routing/policy/routingPolicy.ts';

const rule = (over: Partial<RoutingRule> = {}): RoutingRule => ({ name: 'r', when: {}, target: { queue: 'q' }, ...over });

describe('parseRoutingPolicy accepts', () => {
  it.each<[string, unknown, Partial<RoutingPolicy>]>([
    ['nothing: the defaults', {}, defaultRoutingPolicy],
    ['one field, the rest defaulted', { maxOffers: 3 }, { ...defaultRoutingPolicy, maxOffers: 3 }],
    ['its own defaults', defaultRoutingPolicy, defaultRoutingPolicy],
    ['an overflow queue', { fallback: { kind: 'overflow_queue', queue: 'general' } }, { fallback: { kind: 'overflow_queue', queue: 'general' } }],
    [
      'a rule with every field',
      {
        rules: [
          {
            name: 'vip',
            when: { categories: ['billing'], tiers: ['platinum'], languages: ['pt-BR'], triggers: ['topic', 'sentiment'], minPriority: 10, maxPriority: 89 },
            target: { queue: 'vip', requiredSkills: { billing: 2 }, optionalSkills: { billing: 4, 'refunds.eu': 1 }, priorityBoost: -5, offerTimeoutSeconds: 45, relaxOptionalAfterSeconds: 0, simultaneousOffers: 2 },
          },
        ],
        agingPerMinute: 0.5,
      },
      { agingPerMinute: 0.5, maxOffers: 5 },
    ],
  ])('%s', (_, input, expected) => {
    const parsed = parseRoutingPolicy(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.policy).toMatchObject(expected);
  });

  it('returns a copy that shares nothing with the input or the defaults', () => {
    const input = { rules: [rule()] };
    const parsed = parseRoutingPolicy(input);
    if (!parsed.ok) throw new Error('expected ok');
    parsed.policy.rules[0]!.target.queue = 'changed';
    parsed.policy.defaultTarget.queue = 'changed';
    expect(input.rules[0]!.target.queue).toBe('q');
    expect(defaultRoutingPolicy.defaultTarget.queue).toBe('general');
  });
});

describe('parseRoutingPolicy refuses, naming each problem with its path', () => {
  it.each<[string, unknown, string[]]>([
    ['not an object', 'route everything to Ana', ['(policy) must be object']],
    ['an unknown top-level field', { colour: 'red' }, ['/colour is not a known field']],
    ['maxOffers below 1', { maxOffers: 0 }, ['/maxOffers must be >= 1']],
    ['a fractional maxOffers', { maxOffers: 2.5 }, ['/maxOffers must be integer']],
    ['aging above its cap', { agingPerMinute: 11 }, ['/agingPerMinute must be <= 10']],
    ['a TTL under a minute', { handoffTtlSeconds: 30 }, ['/handoffTtlSeconds must be >= 60']],
    ['an overflow without its queue', { fallback: { kind: 'overflow_queue' } }, ['/fallback/queue is required']],
    ['an unknown fallback kind', { fallback: { kind: 'elsewhere' } }, ['/fallback/kind must be overflow_queue or off_hours']],
    ['a queue on the off-hours path', { fallback: { kind: 'off_hours', queue: 'x' } }, ['/fallback/queue is not a known field']],
    ['an unknown target field', { rules: [rule({ target: { queue: 'q', colour: 'red' } as never })] }, ['/rules/0/target/colour is not a known field']],
    ['a skill level above 5', { rules: [rule({ target: { queue: 'q', requiredSkills: { billing: 6 } } })] }, ['/rules/0/target/requiredSkills/billing must be <= 5']],
    ['a malformed skill name', { defaultTarget: { queue: 'q', optionalSkills: { 'bad name': 2 } } }, ['/defaultTarget/optionalSkills/bad name is not a valid skill name']],
    ['an unknown trigger', { rules: [rule({ when: { triggers: ['vibes'] } as never })] }, ['/rules/0/when/triggers/0 must be one of confidence, sentiment, explicit_request, topic']],
    ['an empty category list', { rules: [rule({ when: { categories: [] } })] }, ['/rules/0/when/categories must NOT have fewer than 1 items']],
    ['a language name instead of a code', { rules: [rule({ when: { languages: ['English'] } })] }, ['/rules/0/when/languages/0 must match pattern "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"']],
    ['a rule without when and target', { rules: [{ name: 'x' }] }, ['/rules/0/when is required', '/rules/0/target is required']],
    ['two rules of one name', { rules: [rule({ name: 'a' }), rule({ name: 'b' }), rule({ name: 'a' })] }, ['/rules/2/name repeats the name of /rules/0']],
    ['minPriority above maxPriority', { rules: [rule({ when: { minPriority: 50, maxPriority: 40 } })] }, ['/rules/0/when/minPriority must be <= maxPriority (40)']],
    ['relaxation with nothing to relax', { rules: [rule({ target: { queue: 'q', relaxOptionalAfterSeconds: 30 } })] }, ['/rules/0/target/relaxOptionalAfterSeconds needs optionalSkills to relax']],
    [
      'an optional level no higher than the required one',
      { defaultTarget: { queue: 'q', requiredSkills: { billing: 3 }, optionalSkills: { billing: 3 } } },
      ['/defaultTarget/optionalSkills/billing must be above the required level 3'],
    ],
    ['more simultaneous offers than offers in all', { maxOffers: 2, rules: [rule({ target: { queue: 'q', simultaneousOffers: 3 } })] }, ['/rules/0/target/simultaneousOffers must be <= maxOffers (2)']],
    [
      'several problems at once, all listed',
      { maxOffers: -1, fallback: { kind: 'overflow_queue', queue: '' }, rules: [rule({ name: '', target: { queue: 'q', priorityBoost: 80, offerTimeoutSeconds: 1 } })] },
      [
        '/rules/0/name must NOT have fewer than 1 characters',
        '/rules/0/target/priorityBoost must be <= 50',
        '/rules/0/target/offerTimeoutSeconds must be >= 5',
        '/fallback/queue must NOT have fewer than 1 characters',
        '/maxOffers must be >= 1',
      ],
    ],
  ])('%s', (_, input, problems) => {
    const parsed = parseRoutingPolicy(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect([...parsed.problems].sort()).toEqual([...problems].sort());
  });
});

describe('matchRoute', () => {
  const handoff = (over: Partial<RoutableHandoff> = {}): RoutableHandoff => ({ category: 'billing', tier: 'standard', language: 'en', triggers: ['explicit_request'], priority: 40, ...over });

  it.each<[string, Partial<RoutableHandoff>, string | null, string]>([
    ['a gold billing customer gets the high-value rule first', { tier: 'gold' }, 'high-value billing', 'billing'],
    ['a standard billing customer falls through to billing', {}, 'billing', 'billing'],
    ['a platinum technical customer', { category: 'technical', tier: 'platinum' }, 'high-value technical', 'technical'],
    ['an unknown category takes the default target', { category: null }, null, 'general'],
    ['a category no rule names takes the default target', { category: 'orders', tier: 'gold' }, null, 'general'],
  ])('default policy: %s', (_, over, rule, queue) => {
    const match = matchRoute(defaultRoutingPolicy, handoff(over));
    expect(match.rule).toBe(rule);
    expect(match.target.queue).toBe(queue);
  });

  const ordered: RoutingPolicy = {
    ...defaultRoutingPolicy,
    rules: [
      rule({ name: 'safety', when: { minPriority: 90 }, target: { queue: 'safety', priorityBoost: 10 } }),
      rule({ name: 'spanish', when: { languages: ['es', 'pt'] }, target: { queue: 'iberia' } }),
      rule({ name: 'upset billing', when: { categories: ['billing'], triggers: ['sentiment', 'topic'] }, target: { queue: 'billing-care' } }),
      rule({ name: 'low', when: { maxPriority: 20 }, target: { queue: 'backlog' } }),
    ],
  };
  it.each<[string, Partial<RoutableHandoff>, string | null]>([
    ['the first matching rule wins, even when later ones match too', { priority: 95, language: 'es', triggers: ['topic'] }, 'safety'],
    ['min priority is inclusive', { priority: 90 }, 'safety'],
    ['a language list matches any of its codes, by primary subtag', { language: 'pt-BR' }, 'spanish'],
    ['a trigger list matches any fired trigger', { triggers: ['explicit_request', 'sentiment'] }, 'upset billing'],
    ['every condition must hold (category and trigger)', { category: 'technical', triggers: ['sentiment'] }, null],
    ['max priority is inclusive', { priority: 20 }, 'low'],
    ['nothing matches: the default', { priority: 21 }, null],
  ])('ordered rules: %s', (_, over, expected) => {
    expect(matchRoute(ordered, handoff(over)).rule).toBe(expected);
  });

  it('fills the target defaults without changing the policy', () => {
    expect(matchRoute(ordered, handoff({ priority: 99 })).target).toEqual({
      queue: 'safety', requiredSkills: {}, optionalSkills: {}, priorityBoost: 10, offerTimeoutSeconds: 30, simultaneousOffers: 1,
    });
    expect(resolveTarget({ queue: 'q', relaxOptionalAfterSeconds: 5, optionalSkills: { a: 2 } })).toMatchObject({ relaxOptionalAfterSeconds: 5, optionalSkills: { a: 2 } });
    expect(ordered.rules[0]!.target).toEqual({ queue: 'safety', priorityBoost: 10 });
  });

  it('takes the selection strategy from the policy, longest idle by default', () => {
    const parsed = parseRoutingPolicy({ strategy: 'least_busy' });
    expect(parsed.ok && parsed.policy.strategy).toBe('least_busy');
    const fallback = parseRoutingPolicy({});
    expect(fallback.ok && fallback.policy.strategy).toBe('longest_idle');
    expect(parseRoutingPolicy({ strategy: 'random' }).ok).toBe(false);
  });
});
