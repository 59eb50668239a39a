import { describe, expect, it } from 'vitest';
import { chooseAgent, type AgentView } from '../../src/simulate/chooseAgent.ts';
import { eventQueue } from '../../src/simulate/eventQueue.ts';
import { randomSource } from '../../src/simulate/randomSource.ts';
import { defaultScenario, type SimAgent } from '../../src/simulate/scenario.ts';
import { shiftWindows } from '../../src/simulate/shiftWindows.ts';
import { simulationCalendar } from '../../src/simulate/simulationCalendar.ts';

describe('randomSource', () => {
  it('repeats the same draws for the same seed, and differs for another', () => {
    const draws = (seed: number) => {
      const random = randomSource(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
    for (const x of draws(7)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('forks streams that are repeatable and independent of each other', () => {
    const a = randomSource(1).fork('arrivals');
    const b = randomSource(1).fork('arrivals');
    const c = randomSource(1).fork('offers');
    const first = [a.next(), a.next()];
    expect([b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next()]).not.toEqual(first);
  });

  it('draws lognormals with the asked median and p90, exponentials with the asked mean, and weighted picks', () => {
    const random = randomSource(3);
    const n = 20_000;
    const sorted = Array.from({ length: n }, () => random.lognormal(420, 1080)).sort((x, y) => x - y);
    expect(sorted[n / 2]! / 420).toBeCloseTo(1, 1);
    expect(sorted[n * 0.9]! / 1080).toBeCloseTo(1, 1);
    const mean = Array.from({ length: n }, () => random.exponential(60)).reduce((s, x) => s + x, 0) / n;
    expect(mean / 60).toBeCloseTo(1, 1);
    const counts: Record<string, number> = { en: 0, fr: 0 };
    for (let i = 0; i < n; i++) counts[random.pick({ en: 0.75, fr: 0.25 })]!++;
    expect(counts.fr! / n).toBeCloseTo(0.25, 1);
    expect(random.pick({ never: 0, always: 1 })).toBe('always');
  });
});

describe('eventQueue', () => {
  it('pops the earliest first and keeps push order among equal times', () => {
    const queue = eventQueue<{ at: number; id: number }>();
    const random = randomSource(5);
    const pushed = Array.from({ length: 500 }, (_, id) => ({ at: Math.floor(random.next() * 40), id }));
    for (const event of pushed) queue.push(event);
    expect(queue.size).toBe(500);
    expect(queue.peekAt()).toBe(Math.min(...pushed.map((e) => e.at)));
    const popped = [];
    for (let e = queue.pop(); e; e = queue.pop()) popped.push(e);
    expect(popped).toEqual([...pushed].sort((a, b) => a.at - b.at || a.id - b.id));
    expect(queue.pop()).toBeUndefined();
    expect(queue.peekAt()).toBeUndefined();
  });

  it('accepts pushes while popping, as a simulation does', () => {
    const queue = eventQueue<{ at: number; name: string }>();
    queue.push({ at: 10, name: 'arrival' });
    queue.push({ at: 30, name: 'shift end' });
    const order: string[] = [];
    for (let e = queue.pop(); e; e = queue.pop()) {
      order.push(e.name);
      if (e.name === 'arrival') {
        queue.push({ at: 30, name: 'abandon' });
        queue.push({ at: 20, name: 'offer answered' });
      }
    }
    expect(order).toEqual(['arrival', 'offer answered', 'shift end', 'abandon']);
  });
});

describe('simulationCalendar and shiftWindows', () => {
  it('follows local days across a daylight-saving change', () => {
    const calendar = simulationCalendar('Europe/Berlin', '2026-03-28', 2);
    expect(new Date(calendar.startsAt).toISOString()).toBe('2026-03-27T23:00:00.000Z');
    expect(calendar.dayEnds.map((t) => new Date(t).toISOString())).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    expect(calendar.localHour(Date.parse('2026-03-29T07:00:00Z'))).toEqual({ hour: 9, weekend: true });
  });

  it('places shifts in local time, merges touching ones and clips those begun before the start', () => {
    const agent = (id: string, shifts: SimAgent['shifts']): SimAgent => ({ id, name: id, skills: { billing: 2 }, languages: ['en'], capacity: 1, shifts });
    const scenario = {
      ...defaultScenario,
      agents: [
        agent('day', [{ days: ['sun'], start: '09:00', end: '17:00' }]),
        agent('night', [{ days: ['fri', 'sat', 'sun'], start: '22:00', end: '06:00' }]),
        agent('double', [
          { days: ['sat'], start: '08:00', end: '12:00' },
          { days: ['sat'], start: '12:00', end: '16:00' },
        ]),
      ],
    };
    const iso = (t: number) => new Date(t).toISOString();
    const windows = shiftWindows(scenario, simulationCalendar('Europe/Berlin', '2026-03-28', 2)).map((w) => [w.agentId, iso(w.from), iso(w.until)]);
    expect(windows).toEqual([
      ['day', '2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z'],
      ['night', '2026-03-27T23:00:00.000Z', '2026-03-28T05:00:00.000Z'],
      ['night', '2026-03-28T21:00:00.000Z', '2026-03-29T04:00:00.000Z'],
      ['night', '2026-03-29T20:00:00.000Z', '2026-03-30T04:00:00.000Z'],
      ['double', '2026-03-28T07:00:00.000Z', '2026-03-28T15:00:00.000Z'],
    ]);
  });
});

describe('chooseAgent', () => {
  const view = (id: string, skills: Record<string, number>, languages: string[], lastOfferAt: number): AgentView & { id: string } => ({
    id,
    agent: { id, name: id, skills, languages, capacity: 2, shifts: [] },
    lastOfferAt,
  });
  const billingDe = view('billing-de', { billing: 3 }, ['de', 'en'], 500);
  const billingEn = view('billing-en', { billing: 2 }, ['en'], 100);
  const techDe = view('tech-de', { technical: 2 }, ['de'], 0);
  const agents = [billingDe, billingEn, techDe];
  const fallback = { anyCategory: 120_000, anyAgent: 300_000 };
  const handoff = { category: 'billing', language: 'de', at: 0 };

  it('skills-based: needs the category skill and the language, then takes the longest idle', () => {
    expect(chooseAgent(agents, handoff, 'skills', 0, fallback)?.id).toBe('billing-de');
    expect(chooseAgent(agents, { ...handoff, language: 'en' }, 'skills', 0, fallback)?.id).toBe('billing-en');
    expect(chooseAgent([billingEn, techDe], handoff, 'skills', 0, fallback)).toBeUndefined();
    expect(chooseAgent(agents, { ...handoff, excluded: new Set(['billing-de']) }, 'skills', 0, fallback)).toBeUndefined();
  });

  it('skills-based fallbacks: the category after a while, then the language too', () => {
    expect(chooseAgent([billingEn, techDe], handoff, 'skills', 120_000, fallback)?.id).toBe('tech-de');
    expect(chooseAgent([billingEn], handoff, 'skills', 299_999, fallback)).toBeUndefined();
    expect(chooseAgent([billingEn], handoff, 'skills', 300_000, fallback)?.id).toBe('billing-en');
    expect(chooseAgent([billingEn], handoff, 'skills', 9e9, { anyCategory: null, anyAgent: null })).toBeUndefined();
  });

  it('general queue: anyone, longest idle first', () => {
    expect(chooseAgent(agents, handoff, 'general', 0, fallback)?.id).toBe('tech-de');
  });
});
