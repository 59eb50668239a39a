import { describe, expect, it } from 'vitest';
import { available } from '../../src/routing/selection/available.ts';
import { eligible } from '../../src/routing/selection/eligible.ts';
import { inQueue } from '../../src/routing/selection/inQueue.ts';
import { knownAgentFor } from '../../src/routing/selection/knownAgentFor.ts';
import { notAlreadyOffered } from '../../src/routing/selection/notAlreadyOffered.ts';
import { notDeclined } from '../../src/routing/selection/notDeclined.ts';
import { optionalUntilRelaxed } from '../../src/routing/selection/optionalUntilRelaxed.ts';
import { selectAgents, selectionFilters } from '../../src/routing/selection/selectAgents.ts';
import type { AgentCandidate, AgentFilter, SelectionContext, SelectionStrategy } from '../../src/routing/selection/types.ts';
import { underCapacity } from '../../src/routing/selection/underCapacity.ts';

const nowMs = Date.UTC(2026, 10, 23, 10, 0, 0);
const minute = 60_000;
const agent = (id: string, over: Partial<AgentCandidate> = {}): AgentCandidate => ({
  id,
  skills: { billing: 3 },
  languages: ['en'],
  seniority: 1,
  capacity: 3,
  load: 0,
  presence: 'online',
  idleSinceMs: nowMs - 10 * minute,
  ...over,
});
const context = (over: Partial<SelectionContext> = {}): SelectionContext => ({
  target: { requiredSkills: { billing: 2 } },
  language: 'en',
  tier: 'standard',
  declinedAgentIds: [],
  alreadyOfferedAgentIds: [],
  waitedSeconds: 0,
  nowMs,
  ...over,
});

describe('each filter says why it removes an agent (null: kept)', () => {
  it.each<[string, AgentFilter, Partial<AgentCandidate>, Partial<SelectionContext>, string | null]>([
    ['eligible: required skill at the level', eligible, {}, {}, null],
    ['eligible: required skill exactly at the level', eligible, { skills: { billing: 2 } }, {}, null],
    ['eligible: required skill below the level', eligible, { skills: { billing: 1 } }, {}, 'skill billing 1 < 2'],
    ['eligible: required skill missing', eligible, { skills: { technical: 5 } }, {}, 'lacks skill billing'],
    ['eligible: every required skill counts', eligible, {}, { target: { requiredSkills: { billing: 1, refunds: 1 } } }, 'lacks skill refunds'],
    ['eligible: no required skills', eligible, { skills: {} }, { target: {} }, null],
    ['eligible: wrong language', eligible, { languages: ['en', 'de'] }, { language: 'es' }, 'does not speak es'],
    ['eligible: a regional code matches its language', eligible, { languages: ['PT'] }, { language: 'pt-BR' }, null],
    ['eligible: a tier they do not serve', eligible, { tiers: ['gold', 'platinum'] }, {}, 'does not serve tier standard'],
    ['eligible: a tier they serve', eligible, { tiers: ['gold', 'standard'] }, {}, null],
    ['eligible: no tier list serves every tier', eligible, {}, { tier: 'platinum' }, null],
    ['inQueue: a member of the queue\'s team', inQueue, { teamId: 'billing-team' }, { queueTeamId: 'billing-team' }, null],
    ['inQueue: a member of another team', inQueue, { teamId: 'tech-team' }, { queueTeamId: 'billing-team' }, "not in the queue's team"],
    ['inQueue: an agent of no team takes any queue', inQueue, { teamId: null }, { queueTeamId: 'billing-team' }, null],
    ['inQueue: a queue no team is named after takes anyone', inQueue, { teamId: 'tech-team' }, { queueTeamId: null }, null],
    [
      'optionalUntilRelaxed: holds back an agent without the optional skill before the time',
      optionalUntilRelaxed, {}, { target: { optionalSkills: { billing: 4 }, relaxOptionalAfterSeconds: 60 }, waitedSeconds: 59 },
      'lacks optional skill billing 4 until 60 s (waited 59 s)',
    ],
    ['optionalUntilRelaxed: lets everyone through at the time', optionalUntilRelaxed, {}, { target: { optionalSkills: { billing: 4 }, relaxOptionalAfterSeconds: 60 }, waitedSeconds: 60 }, null],
    ['optionalUntilRelaxed: keeps an agent with every optional skill', optionalUntilRelaxed, { skills: { billing: 5 } }, { target: { optionalSkills: { billing: 4 }, relaxOptionalAfterSeconds: 60 } }, null],
    ['optionalUntilRelaxed: without a relaxation time, optional skills never hold back', optionalUntilRelaxed, {}, { target: { optionalSkills: { billing: 4 } } }, null],
    ['available: online', available, {}, {}, null],
    ['available: away', available, { presence: 'away' }, {}, 'presence is away'],
    ['available: offline', available, { presence: 'offline' }, {}, 'presence is offline'],
    ['underCapacity: room left', underCapacity, { load: 2, capacity: 3 }, {}, null],
    ['underCapacity: full', underCapacity, { load: 3, capacity: 3 }, {}, 'at capacity 3/3'],
    ['underCapacity: over (capacity lowered)', underCapacity, { load: 4, capacity: 2 }, {}, 'at capacity 4/2'],
    ['underCapacity: capacity zero', underCapacity, { load: 0, capacity: 0 }, {}, 'at capacity 0/0'],
    ['notDeclined: declined before', notDeclined, {}, { declinedAgentIds: ['x', 'ana'] }, 'declined this handoff'],
    ['notDeclined: someone else declined', notDeclined, {}, { declinedAgentIds: ['bo'] }, null],
    ['notAlreadyOffered: holds a live offer', notAlreadyOffered, {}, { alreadyOfferedAgentIds: ['ana'] }, 'already holds an offer of this handoff'],
    ['notAlreadyOffered: no offer yet', notAlreadyOffered, {}, { alreadyOfferedAgentIds: ['bo'] }, null],
  ])('%s', (_, filter, agentOver, contextOver, reason) => {
    const ana = agent('ana', agentOver);
    const ctx = context(contextOver);
    expect(filter.why(ana, ctx)).toBe(reason);
    // The filter itself is the pure (candidates, context) => candidates step.
    expect(filter([ana], ctx)).toEqual(reason === null ? [ana] : []);
  });

  it('runs in the documented order', () => {
    expect(selectionFilters.map((f) => f.filterName)).toEqual(['eligible', 'inQueue', 'optionalUntilRelaxed', 'available', 'underCapacity', 'notDeclined', 'notAlreadyOffered']);
  });
});

describe('selectAgents', () => {
  const ids = (agents: AgentCandidate[]) => agents.map((a) => a.id);

  it.each<[string, AgentCandidate[], Partial<SelectionContext>, SelectionStrategy | undefined, string[]]>([
    [
      'longest idle by default',
      [agent('ana', { idleSinceMs: nowMs - 2 * minute }), agent('bo', { idleSinceMs: nowMs - 9 * minute }), agent('cy', { idleSinceMs: nowMs - 5 * minute })],
      {}, undefined, ['bo', 'cy', 'ana'],
    ],
    [
      'longest idle: a future idle time counts as now',
      [agent('ana', { idleSinceMs: nowMs + 5 * minute }), agent('bo', { idleSinceMs: nowMs + minute })],
      {}, 'longest_idle', ['ana', 'bo'],
    ],
    [
      'longest idle tie: given a handoff least recently (never first), then id',
      [agent('cy', { lastAssignedAtMs: nowMs - minute }), agent('bo', { lastAssignedAtMs: nowMs - 3 * minute }), agent('dee'), agent('ana')],
      {}, 'longest_idle', ['ana', 'dee', 'bo', 'cy'],
    ],
    [
      'least busy: lowest share of capacity first',
      [agent('ana', { load: 1, capacity: 2 }), agent('bo', { load: 1, capacity: 4 }), agent('cy', { load: 0, capacity: 1 })],
      {}, 'least_busy', ['cy', 'bo', 'ana'],
    ],
    [
      'least busy tie (1/2 and 2/4): longest idle, then id',
      [agent('ana', { load: 2, capacity: 4 }), agent('bo', { load: 1, capacity: 2, idleSinceMs: nowMs - 30 * minute }), agent('cy', { load: 1, capacity: 2 })],
      {}, 'least_busy', ['bo', 'ana', 'cy'],
    ],
    [
      'more optional skills rank before the strategy',
      [agent('ana', { idleSinceMs: nowMs - 60 * minute }), agent('bo', { skills: { billing: 4, refunds: 2 } }), agent('cy', { skills: { billing: 4 } })],
      { target: { requiredSkills: { billing: 2 }, optionalSkills: { billing: 4, refunds: 1 } } }, 'longest_idle', ['bo', 'cy', 'ana'],
    ],
    [
      'before relaxation only agents with the optional skills are offered it',
      [agent('ana', { idleSinceMs: nowMs - 60 * minute }), agent('bo', { skills: { billing: 4 } })],
      { target: { requiredSkills: { billing: 2 }, optionalSkills: { billing: 4 }, relaxOptionalAfterSeconds: 60 }, waitedSeconds: 59 }, 'longest_idle', ['bo'],
    ],
    [
      'after relaxation everyone eligible is, the senior one still first',
      [agent('ana', { idleSinceMs: nowMs - 60 * minute }), agent('bo', { skills: { billing: 4 } })],
      { target: { requiredSkills: { billing: 2 }, optionalSkills: { billing: 4 }, relaxOptionalAfterSeconds: 60 }, waitedSeconds: 60 }, 'longest_idle', ['bo', 'ana'],
    ],
    [
      'the known agent goes first when they pass every filter',
      [agent('ana', { idleSinceMs: nowMs - 60 * minute }), agent('bo', { load: 2 }), agent('cy')],
      { knownAgentId: 'bo' }, 'least_busy', ['bo', 'ana', 'cy'],
    ],
    [
      'the known agent goes first even over more optional skills',
      [agent('ana', { skills: { billing: 5 } }), agent('bo')],
      { knownAgentId: 'bo', target: { optionalSkills: { billing: 5 } } }, undefined, ['bo', 'ana'],
    ],
    [
      'a known agent at capacity is not offered it',
      [agent('ana'), agent('bo', { load: 3 })],
      { knownAgentId: 'bo' }, undefined, ['ana'],
    ],
    [
      'a known agent who is away is not offered it',
      [agent('ana'), agent('bo', { presence: 'away' })],
      { knownAgentId: 'bo' }, undefined, ['ana'],
    ],
    [
      'declined and already offered agents are left out',
      [agent('ana'), agent('bo'), agent('cy')],
      { declinedAgentIds: ['ana'], alreadyOfferedAgentIds: ['cy'] }, undefined, ['bo'],
    ],
    ['an agent who let this offer lapse comes after the others', [agent('ana', { idleSinceMs: nowMs - 60 * minute }), agent('bo')], { lapsedAgentIds: ['ana'] }, undefined, ['bo', 'ana']],
    ['no one eligible: an empty list (the fallback applies)', [agent('ana', { languages: ['de'] })], {}, undefined, []],
    ['no agents at all', [], {}, undefined, []],
  ])('%s', (_, agents, contextOver, strategy, expected) => {
    expect(ids(selectAgents(agents, context(contextOver), strategy).chosen)).toEqual(expected);
  });

  it('names, for each removed agent, the first filter that removed them and why', () => {
    const agents = [
      agent('ana', { skills: {}, presence: 'offline' }),
      agent('bo', { presence: 'away', load: 3 }),
      agent('cy', { load: 3 }),
      agent('dee'),
      agent('eve'),
      agent('fay'),
    ];
    const { chosen, removed } = selectAgents(agents, context({ declinedAgentIds: ['dee'], alreadyOfferedAgentIds: ['eve'] }));
    expect(ids(chosen)).toEqual(['fay']);
    expect(removed).toEqual([
      { agentId: 'ana', filter: 'eligible', reason: 'lacks skill billing' },
      { agentId: 'bo', filter: 'available', reason: 'presence is away' },
      { agentId: 'cy', filter: 'underCapacity', reason: 'at capacity 3/3' },
      { agentId: 'dee', filter: 'notDeclined', reason: 'declined this handoff' },
      { agentId: 'eve', filter: 'notAlreadyOffered', reason: 'already holds an offer of this handoff' },
    ]);
  });

  it('does not change its input', () => {
    const agents = [agent('bo'), agent('ana')];
    selectAgents(agents, context());
    expect(ids(agents)).toEqual(['bo', 'ana']);
  });
});

describe('knownAgentFor', () => {
  it.each<[string, { agentId: string; atMs: number } | null, string | null]>([
    ['an hour ago', { agentId: 'ana', atMs: nowMs - 60 * minute }, 'ana'],
    ['exactly 24 hours ago', { agentId: 'ana', atMs: nowMs - 24 * 60 * minute }, 'ana'],
    ['25 hours ago', { agentId: 'ana', atMs: nowMs - 25 * 60 * minute }, null],
    ['no earlier conversation', null, null],
  ])('%s', (_, last, expected) => {
    expect(knownAgentFor(last, nowMs)).toBe(expected);
  });
});
