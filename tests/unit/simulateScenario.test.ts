import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/simulate/parseScenario.ts';
import { defaultScenario } from '../../src/simulate/scenario.ts';

const problemsOf = (input: unknown) => {
  const parsed = parseScenario(input);
  return parsed.ok ? [] : parsed.problems;
};

describe('parseScenario', () => {
  it('accepts the default and fills what a file leaves out from it, spelling the zone canonically', () => {
    expect(parseScenario(defaultScenario)).toEqual({ ok: true, scenario: defaultScenario });
    expect(parseScenario(JSON.parse(JSON.stringify(defaultScenario)))).toEqual({ ok: true, scenario: defaultScenario });
    const parsed = parseScenario({ name: 'new york', timeZone: 'america/new_york' });
    expect(parsed).toEqual({ ok: true, scenario: { ...defaultScenario, name: 'new york', timeZone: 'America/New_York' } });
  });

  it('lists every problem with its path', () => {
    expect(
      problemsOf({
        days: 3,
        startDate: '2026-02-30',
        timeZone: 'Mars/Olympus',
        arrivalsPerHour: { weekday: [1, 2, 3], weekend: defaultScenario.arrivalsPerHour.weekend },
        languages: { en: -1 },
        patience: { medianSeconds: 600, p90Seconds: 60 },
        offers: { ...defaultScenario.offers, declineShare: 1.5 },
        fallback: { anyCategoryAfterSeconds: null, anyAgentAfterSeconds: 'soon' },
      }),
    ).toEqual([
      '/days is not a field of a scenario (name, startDate, timeZone, arrivalsPerHour, categories, languages, tiers, priority, patience, handling, handlingFactorByLevel, languageMismatchFactor, offers, fallback, agents)',
      '/startDate must be a date YYYY-MM-DD, got "2026-02-30"',
      '/timeZone must be an IANA time zone such as Europe/Berlin, got "Mars/Olympus"',
      '/arrivalsPerHour/weekday must be 24 numbers ≥ 0 (handoffs per hour, local hours 0–23)',
      '/languages/en must be a share ≥ 0, got -1',
      '/languages needs at least one share > 0',
      '/patience/p90Seconds must be at least medianSeconds (600)',
      '/offers/declineShare must be a number from 0 to 0.99, got 1.5',
      '/fallback/anyAgentAfterSeconds must be a number from 0 to 86400 or null, got "soon"',
    ]);
  });

  it('checks that categories and tiers have priorities and handling times, and skills name categories', () => {
    const agent = { ...defaultScenario.agents[0]!, skills: { billing: 2, shipping: 1, legal: 1 } };
    const handling = { billing: defaultScenario.handling.billing!, technical: defaultScenario.handling.technical! };
    expect(problemsOf({ categories: { billing: 1, shipping: 1 }, tiers: { vip: 1 }, handling, agents: [agent] })).toEqual([
      '/priority/byCategory/shipping must be a number from 0 to 100, got undefined',
      '/priority/byTier/vip must be a number from 0 to 100, got undefined',
      '/handling/shipping must be {"medianSeconds": …, "p90Seconds": …}',
      '/handling/technical is not a category (billing, shipping)',
      '/agents/0/skills/legal is not a category (billing, shipping)',
    ]);
  });

  it('checks each agent: id, skills, languages, capacity and shifts', () => {
    const good = defaultScenario.agents[0]!;
    expect(
      problemsOf({
        agents: [
          good,
          { ...good, skills: { billing: 4 }, languages: [], capacity: 0 },
          { ...good, id: 'a02', shifts: [{ days: ['monday'], start: '9:00', end: '24:00' }, { days: ['sat'], start: '10:00', end: '10:00' }] },
        ],
      }),
    ).toEqual([
      '/agents/1/id repeats "a01"',
      '/agents/1/skills/billing must be a level 1, 2 or 3, got 4',
      '/agents/1/languages must be a non-empty list of language codes',
      '/agents/1/capacity must be a whole number from 1 to 10, got 0',
      '/agents/2/shifts/0/days must be a non-empty list of mon, tue, wed, thu, fri, sat, sun',
      '/agents/2/shifts/0/start must be a time HH:MM from 00:00 to 24:00, got "9:00"',
      '/agents/2/shifts/1 starts and ends at the same time',
    ]);
    expect(problemsOf({ agents: [] })).toEqual(['/agents must be a non-empty list of agents']);
  });

  it('refuses what is not an object', () => {
    expect(problemsOf([1, 2])).toEqual([expect.stringMatching(/^\(scenario\) must be a JSON object/)]);
    expect(problemsOf(null)).toHaveLength(1);
  });
});
