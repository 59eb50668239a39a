import { defaultWaitSeconds, estimateWait } from '../routing/estimateWait.ts';

/** What is known when a customer is quoted a wait. */
export interface QuoteContext {
  now: number;
  /** Handoffs already waiting (not yet accepted) in the workspace. */
  waitingAhead: number;
  /** Agents on shift who serve the handoff's category (Baton's team). */
  onlineAgents: number;
}

/** A wait estimator fed, like a live system, with each acceptance as it happens. */
export interface WaitEstimator {
  id: string;
  label: string;
  /** The wait to promise now, in seconds. */
  quote(context: QuoteContext): number;
  /** A handoff was accepted at `at` after waiting `waitSeconds`. */
  record(at: number, waitSeconds: number): void;
}

/**
 * Baton's own estimator, `estimateWait` from src/routing, fed as runAssistantTurn feeds it:
 * the newest 50 acceptance times, the workspace's waiting handoffs, the team's online agents.
 *
 * @example
 *   const baton = batonEstimator();
 *   for (const wait of [30, 45, 50, 80, 200]) baton.record(0, wait);
 *   baton.quote({ now: 0, waitingAhead: 0, onlineAgents: 2 }) // 120 (p75 = 80 s, rounded up to a minute)
 */
export function batonEstimator(): WaitEstimator {
  const recent: number[] = [];
  return {
    id: 'baton',
    label: 'Baton (p75 of last 50 × load)',
    quote: (c) => estimateWait(recent, c.waitingAhead, c.onlineAgents).seconds,
    record(_at, wait) {
      recent.push(wait);
      if (recent.length > 50) recent.shift();
    },
  };
}

/**
 * Rocket.Chat's published estimate: the mean of the last 100 waits. Before any, Baton's default.
 *
 * @example
 *   const rc = rocketChatEstimator();
 *   rc.record(0, 60); rc.record(0, 120);
 *   rc.quote({ now: 0, waitingAhead: 9, onlineAgents: 1 }) // 90
 */
export function rocketChatEstimator(): WaitEstimator {
  const last: number[] = [];
  let sum = 0;
  return {
    id: 'rocketchat',
    label: 'Rocket.Chat (mean of last 100)',
    quote: () => (last.length === 0 ? defaultWaitSeconds : Math.round(sum / last.length)),
    record(_at, wait) {
      last.push(wait);
      sum += wait;
      if (last.length > 100) sum -= last.shift()!;
    },
  };
}

const fourHoursMs = 4 * 3_600_000;

/**
 * Tiledesk's published estimate: the mean wait of the handoffs accepted in the last four
 * hours. With none in that window (a quiet night), Baton's default.
 *
 * @example
 *   const td = tiledeskEstimator();
 *   td.record(0, 600); td.record(5 * 3_600_000, 60);
 *   td.quote({ now: 5 * 3_600_000, waitingAhead: 0, onlineAgents: 1 }) // 60 (the 600 s wait is older than 4 h)
 */
export function tiledeskEstimator(): WaitEstimator {
  const window: { at: number; wait: number }[] = [];
  let first = 0;
  let sum = 0;
  return {
    id: 'tiledesk',
    label: 'Tiledesk (mean of last 4 h)',
    quote({ now }) {
      while (first < window.length && window[first]!.at < now - fourHoursMs) sum -= window[first++]!.wait;
      const count = window.length - first;
      return count === 0 ? defaultWaitSeconds : Math.round(sum / count);
    },
    record(at, wait) {
      window.push({ at, wait });
      sum += wait;
      if (first > 4096) {
        window.splice(0, first);
        first = 0;
      }
    },
  };
}

/**
 * Salesforce's published estimate (Chat API): A = 0.9·A′ + 0.1·W, recomputed at each
 * acceptance, where W is that wait and A′ starts as the first W. Before any, Baton's default.
 *
 * @example
 *   const sf = salesforceEstimator();
 *   sf.record(0, 100); sf.record(0, 200);
 *   sf.quote({ now: 0, waitingAhead: 0, onlineAgents: 1 }) // 110
 */
export function salesforceEstimator(): WaitEstimator {
  let average: number | undefined;
  return {
    id: 'salesforce',
    label: 'Salesforce (A = 0.9·A′ + 0.1·W)',
    quote: () => (average === undefined ? defaultWaitSeconds : Math.round(average)),
    record(_at, wait) {
      average = average === undefined ? wait : 0.9 * average + 0.1 * wait;
    },
  };
}

/**
 * A fresh set of the four estimators compared by `baton simulate`, Baton's first.
 *
 * @example
 *   waitEstimators().map((e) => e.id) // ['baton', 'rocketchat', 'tiledesk', 'salesforce']
 */
export function waitEstimators(): WaitEstimator[] {
  return [batonEstimator(), rocketChatEstimator(), tiledeskEstimator(), salesforceEstimator()];
}
