import { describe, expect, it } from 'vitest';
import { effectivePriority, orderQueue, type QueuedHandoff } from '../../src/routing/selection/queueOrder.ts';

const nowMs = Date.UTC(2026, 10, 23, 10, 0, 0);
const minute = 60_000;
const waiting = (id: string, priority: number, minutesAgo: number): QueuedHandoff => ({ id, priority, createdAtMs: nowMs - minutesAgo * minute });

describe('orderQueue', () => {
  it.each<[string, QueuedHandoff[], number, number | undefined, string[]]>([
    [
      'a priority-10 handoff waiting 40 min beats a fresh priority-35 one; safety stays first',
      [waiting('fresh35', 35, 0), waiting('old10', 10, 40), waiting('safety', 90, 0)],
      1, undefined, ['safety', 'old10', 'fresh35'],
    ],
    ['priority first when nobody has waited', [waiting('low', 20, 0), waiting('high', 60, 0)], 1, undefined, ['high', 'low']],
    ['aging is capped: 10 + 30 loses to a fresh 41', [waiting('old10', 10, 600), waiting('fresh41', 41, 0)], 1, undefined, ['fresh41', 'old10']],
    ['a custom cap', [waiting('old10', 10, 600), waiting('fresh41', 41, 0)], 1, 60, ['old10', 'fresh41']],
    ['no aging: priority only', [waiting('old10', 10, 600), waiting('fresh11', 11, 0)], 0, undefined, ['fresh11', 'old10']],
    ['half a point per minute', [waiting('old10', 10, 20), waiting('fresh19', 19, 0)], 0.5, undefined, ['old10', 'fresh19']],
    ['only whole minutes count', [waiting('p50', 50, 0.99), waiting('p51', 51, 0)], 1, undefined, ['p51', 'p50']],
    ['equal effective priority: the longer wait first', [waiting('b', 55, 0), waiting('a', 50, 5)], 1, undefined, ['a', 'b']],
    ['equal in everything: by id', [waiting('b', 50, 3), waiting('c', 50, 3), waiting('a', 50, 3)], 1, undefined, ['a', 'b', 'c']],
    ['safety stays ahead of a maximally aged 89', [waiting('aged89', 89, 120), waiting('safety', 90, 0)], 1, undefined, ['safety', 'aged89']],
    ['among safety handoffs, aging and priority still order', [waiting('s90', 90, 10), waiting('s95', 95, 0), waiting('s100', 100, 0)], 1, undefined, ['s90', 's100', 's95']],
    ['a creation time in the future does not age backwards', [waiting('future', 50, -10), waiting('now', 49, 0)], 1, undefined, ['future', 'now']],
    ['an empty queue', [], 1, undefined, []],
  ])('%s', (_, handoffs, agingPerMinute, maxAging, expected) => {
    expect(orderQueue(handoffs, nowMs, agingPerMinute, maxAging)).toEqual(expected);
  });
});

describe('effectivePriority', () => {
  it.each<[QueuedHandoff, number, number]>([
    [waiting('h', 10, 40), 1, 40],
    [waiting('h', 10, 5), 1, 15],
    [waiting('h', 10, 5.5), 2, 20],
    [waiting('h', 10, 0), 1, 10],
    [waiting('h', 10, -3), 1, 10],
  ])('%o at %d per minute is %d', (handoff, perMinute, expected) => {
    expect(effectivePriority(handoff, nowMs, perMinute)).toBe(expected);
  });
});
