/** When the breaker opens and for how long. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker skips calls before letting one trial call through. */
  coolDownMs: number;
  /** Milliseconds on any monotonic or wall clock; injected so tests need no timers. */
  now: () => number;
}

/** A breaker in front of one outside service. */
export interface CircuitBreaker {
  /** May a call go out now? While half-open, only one trial call at a time is allowed. */
  allow(): boolean;
  succeeded(): void;
  /** A failed call; `pauseMs` (a Retry-After) opens the breaker at once for at least that long. */
  failed(pauseMs?: number): void;
  state(): 'closed' | 'open' | 'half_open';
}

/**
 * A consecutive-failure circuit breaker: after `failureThreshold` failures in a row, calls are
 * skipped for `coolDownMs`, so a dead provider costs nothing per turn; then one trial call
 * decides whether it closes again or stays open for another cool-down.
 *
 * @example
 *   const breaker = circuitBreaker({ failureThreshold: 3, coolDownMs: 30_000, now: () => performance.now() });
 *   if (breaker.allow()) { try { await call(); breaker.succeeded(); } catch { breaker.failed(); } }
 */
export function circuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  let failures = 0;
  let openUntil: number | undefined;
  let trialInFlight = false;
  const state = (): 'closed' | 'open' | 'half_open' =>
    openUntil === undefined ? 'closed' : options.now() < openUntil || trialInFlight ? 'open' : 'half_open';
  return {
    allow() {
      const current = state();
      if (current === 'half_open') trialInFlight = true;
      return current !== 'open';
    },
    succeeded() {
      failures = 0;
      openUntil = undefined;
      trialInFlight = false;
    },
    failed(pauseMs = 0) {
      failures += 1;
      trialInFlight = false;
      if (failures >= options.failureThreshold || pauseMs > 0) {
        openUntil = options.now() + Math.max(pauseMs, failures >= options.failureThreshold ? options.coolDownMs : 0);
      }
    },
    state,
  };
}
