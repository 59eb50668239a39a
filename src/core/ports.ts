/**
 * Small interfaces through which the core reaches the outside world. Only the composition
 * root (`src/main.ts`) chooses real adapters; tests pass their own.
 */

/** Wall-clock time, for decisions made in the core (stored timestamps use the database's now()). */
export interface Clock {
  now(): Date;
}

/** Identifier and secret generation. */
export interface Ids {
  /** A new UUID for a row. */
  uuid(): string;
  /** A new unguessable token (URL-safe, at least 256 bits). */
  token(): string;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };
