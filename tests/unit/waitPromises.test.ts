import { describe, expect, it } from 'vitest';
import { summarizeWaitPromises, type WaitPromise } from '../../src/routing/waitPromises.ts';

const promise = (quoted: number, actual: number | null, kept: boolean | null): WaitPromise => ({
  handoffId: 'h',
  teamId: null,
  createdAt: new Date(0),
  quotedWaitSeconds: quoted,
  actualWaitSeconds: actual,
  kept,
  requotes: 0,
});

describe('summarizeWaitPromises', () => {
  it('counts kept promises among the settled ones and the median quote/actual ratio', () => {
    const summary = summarizeWaitPromises([promise(120, 60, true), promise(120, 240, false), promise(60, 30, true), promise(120, null, null)]);
    expect(summary).toEqual({ quoted: 4, settled: 3, kept: 2, keptShare: 2 / 3, quoteToActualP50: 2, stillWaiting: 1 });
  });

  it('has no share and no ratio with nothing settled', () => {
    expect(summarizeWaitPromises([promise(120, null, null)])).toEqual({ quoted: 1, settled: 0, kept: 0, keptShare: null, quoteToActualP50: null, stillWaiting: 1 });
    expect(summarizeWaitPromises([])).toMatchObject({ quoted: 0, keptShare: null });
  });

  it('takes the mean of the two middle ratios for an even count, and skips zero waits', () => {
    expect(summarizeWaitPromises([promise(100, 50, true), promise(100, 100, true), promise(100, 0, true)]).quoteToActualP50).toBe(1.5);
  });
});
