import { describe, expect, it } from 'vitest';
import { formatSimulationReport } from '../../src/simulate/formatSimulationReport.ts';
import { defaultScenario } from '../../src/simulate/scenario.ts';
import { simulate, type DayProgress } from '../../src/simulate/simulate.ts';
import type { SimEvent } from '../../src/simulate/types.ts';

describe('simulate', () => {
  const days: DayProgress[] = [];
  const first = simulate(defaultScenario, { days: 14, seed: 1, onDay: (p) => days.push(p) });

  it('gives the same report and history for the same seed, and another for another seed', () => {
    const again = simulate(defaultScenario, { days: 14, seed: 1 });
    expect(again.report).toEqual(first.report);
    expect(again.history).toEqual(first.history);
    expect(simulate(defaultScenario, { days: 14, seed: 2 }).report).not.toEqual(first.report);
  });

  it('routes to a skill match far more often skills-based than through one general queue, on the same arrivals', () => {
    const { skills, general } = first.report.routing;
    expect(skills.handoffs).toBe(general.handoffs);
    expect(skills.skillMatchShare!).toBeGreaterThan(0.85);
    expect(general.skillMatchShare!).toBeLessThan(skills.skillMatchShare! - 0.2);
    const arrived = (events: SimEvent[]) => events.filter((e) => e.type === 'arrived').map((e) => [e.at, e.handoffId]);
    expect(arrived(first.history.skills)).toEqual(arrived(first.history.general));
  });

  it('reports a plausible desk: most answered, waits and utilization in range, four estimators scored', () => {
    for (const mode of ['skills', 'general'] as const) {
      const r = first.report.routing[mode];
      expect(r.answered + r.abandoned).toBe(r.handoffs);
      expect(r.abandonedShare).toBeLessThan(0.15);
      expect(r.waitP50Seconds!).toBeLessThanOrEqual(r.waitP90Seconds!);
      expect(r.utilization!).toBeGreaterThan(0.2);
      expect(r.utilization!).toBeLessThan(1);
      expect(first.report.estimates[mode].map((s) => s.estimator)).toEqual(['baton', 'rocketchat', 'tiledesk', 'salesforce']);
      for (const score of first.report.estimates[mode]) expect(score.quoted).toBeGreaterThan(r.handoffs * 0.95);
    }
    expect(first.report.handoffs).toBeGreaterThan(4000);
    expect(days.map((d) => d.day)).toEqual([...Array(14).keys()].map((d) => d + 1));
    expect(days[0]!.date).toBe('2026-03-02');
    expect(days.at(-1)!.handoffs).toBe(first.report.handoffs);
  });

  it('keeps a consistent history: in time order, each handoff offered before accepted and ended exactly once', () => {
    for (const events of Object.values(first.history)) {
      for (let i = 1; i < events.length; i++) expect(events[i]!.at).toBeGreaterThanOrEqual(events[i - 1]!.at);
      const state = new Map<string, string>();
      const online = new Set<string>();
      for (const e of events) {
        if (e.type === 'agent_online' || e.type === 'agent_offline') {
          expect(online.has(e.agentId)).toBe(e.type === 'agent_offline');
          if (e.type === 'agent_online') online.add(e.agentId);
          else online.delete(e.agentId);
          continue;
        }
        const before = state.get(e.handoffId);
        if (e.type === 'arrived') expect(before).toBeUndefined();
        if (e.type === 'offered') expect(['arrived', 'offer_declined', 'offer_timed_out']).toContain(before);
        if (e.type === 'accepted' || e.type === 'offer_declined' || e.type === 'offer_timed_out' || e.type === 'offer_rescinded') expect(before).toBe('offered');
        if (e.type === 'offered' || e.type === 'accepted' || e.type === 'resolved') expect(online.has(e.agentId)).toBe(true);
        if (e.type === 'resolved') expect(before).toBe('accepted');
        if (e.type === 'abandoned') expect(['arrived', 'offer_declined', 'offer_timed_out', 'offer_rescinded']).toContain(before);
        state.set(e.handoffId, e.type);
      }
      expect(online.size).toBe(0);
      expect([...state.values()].every((s) => s === 'resolved' || s === 'abandoned')).toBe(true);
      expect(state.size).toBe(first.report.handoffs);
    }
  });

  it('formats the report as tables', () => {
    const text = formatSimulationReport(first.report);
    expect(text).toContain('scenario "default", 14 days from 2026-03-02 (Europe/Berlin), seed 1');
    expect(text).toMatch(/^skills-based\s+[\d,]+\s+[\d,]+\s+[\d.]+%/m);
    expect(text).toMatch(/^general queue\s+/m);
    for (const label of ['Baton (p75 of last 50 × load)', 'Rocket.Chat (mean of last 100)', 'Tiledesk (mean of last 4 h)', 'Salesforce (A = 0.9·A′ + 0.1·W)']) expect(text).toContain(label);
  });
});
