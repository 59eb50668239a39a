import { describe, expect, it } from 'vitest';
import { scoreEstimates } from '../../src/simulate/scoreEstimates.ts';
import type { Arrival, HandoffOutcome } from '../../src/simulate/types.ts';
import { batonEstimator, rocketChatEstimator, salesforceEstimator, tiledeskEstimator, waitEstimators, type WaitEstimator } from '../../src/simulate/waitEstimators.ts';

const hour = 3_600_000;
const at = (now: number, waitingAhead = 0, onlineAgents = 1) => ({ now, waitingAhead, onlineAgents });
const feed = (estimator: WaitEstimator, waits: number[], when = 0) => {
  for (const wait of waits) estimator.record(when, wait);
  return estimator;
};

describe('wait estimators on hand-made waits', () => {
  it("Baton's: two minutes before five acceptances, then p75 of the newest 50 × (waiting + 1) / online, up to a whole minute", () => {
    expect(feed(batonEstimator(), [30, 45, 50, 80]).quote(at(0))).toBe(120);
    const baton = feed(batonEstimator(), [30, 45, 50, 80, 200]);
    expect(baton.quote(at(0, 0, 2))).toBe(120); // p75 = 80 s
    expect(baton.quote(at(0, 3, 2))).toBe(180); // 80 × 4/2 = 160 s
    expect(baton.quote(at(0, 0, 0))).toBe(120); // no one online counts as one
    // Only the newest 50 count: ten old 1,000 s waits drop out.
    expect(feed(batonEstimator(), [...Array(10).fill(1000), ...Array(50).fill(30)]).quote(at(0))).toBe(60);
  });

  it('Rocket.Chat: the mean of the last 100 waits, whatever the queue', () => {
    expect(rocketChatEstimator().quote(at(0))).toBe(120);
    expect(feed(rocketChatEstimator(), [60, 120]).quote(at(0, 9, 1))).toBe(90);
    expect(feed(rocketChatEstimator(), [...Array(50).fill(1000), ...Array(100).fill(60)]).quote(at(0))).toBe(60);
  });

  it('Tiledesk: the mean of the waits accepted in the last four hours', () => {
    const tiledesk = tiledeskEstimator();
    expect(tiledesk.quote(at(0))).toBe(120);
    tiledesk.record(0, 600);
    tiledesk.record(2 * hour, 300);
    expect(tiledesk.quote(at(3 * hour))).toBe(450);
    tiledesk.record(5 * hour, 60);
    expect(tiledesk.quote(at(5 * hour))).toBe(180); // 600 s at 0 h is out of the window
    expect(tiledesk.quote(at(10 * hour))).toBe(120); // none in the last 4 h: the default
  });

  it('Salesforce: A = 0.9·A′ + 0.1·W, starting from the first wait', () => {
    expect(salesforceEstimator().quote(at(0))).toBe(120);
    expect(feed(salesforceEstimator(), [100]).quote(at(0))).toBe(100);
    expect(feed(salesforceEstimator(), [100, 200, 300]).quote(at(0))).toBe(129); // 100 → 110 → 129
  });

  it('come as a fresh set, Baton first', () => {
    expect(waitEstimators().map((e) => e.id)).toEqual(['baton', 'rocketchat', 'tiledesk', 'salesforce']);
  });
});

describe('scoreEstimates', () => {
  const arrival = { handoffId: 'h', at: 0, category: 'billing', language: 'en', tier: 'standard', priority: 45, patienceSeconds: 600, workSeconds: 300 } satisfies Arrival;
  const outcome = (quote: number | null, result: { wait?: number; leftAfter?: number }): HandoffOutcome => ({
    arrival,
    quotes: quote === null ? null : { baton: quote },
    waitSeconds: result.wait,
    abandonedAfterSeconds: result.leftAfter,
  });

  it('keeps a promise answered in time, breaks one answered late or abandoned after the quote, and does not judge an early leaver', () => {
    const outcomes = [
      outcome(120, { wait: 100 }), // kept
      outcome(120, { wait: 150 }), // broken
      outcome(120, { leftAfter: 60 }), // left before the quote: not judged
      outcome(120, { leftAfter: 200 }), // left after the quote: broken
      outcome(null, { wait: 500 }), // no promise made (no agent online)
    ];
    const [score] = scoreEstimates(outcomes, [{ id: 'baton', label: 'Baton' }]);
    expect(score).toEqual({
      estimator: 'baton',
      label: 'Baton',
      quoted: 4,
      judged: 3,
      keptShare: 1 / 3,
      ratioP50: 0.8,
      ratioP90: 1.2,
      meanAbsoluteErrorSeconds: 25,
      meanQuoteSeconds: 120,
    });
  });

  it('reports nothing to judge as null, and an instant answer as a one-second wait in the ratio', () => {
    const [empty] = scoreEstimates([], [{ id: 'baton', label: 'Baton' }]);
    expect(empty).toMatchObject({ quoted: 0, judged: 0, keptShare: null, ratioP50: null, meanAbsoluteErrorSeconds: null });
    const [instant] = scoreEstimates([outcome(60, { wait: 0 })], [{ id: 'baton', label: 'Baton' }]);
    expect(instant).toMatchObject({ keptShare: 1, ratioP50: 60 });
  });
});
