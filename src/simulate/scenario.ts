/** A weekday as Baton's business hours spell it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A median and a 90th percentile, in seconds: the two numbers that fix a lognormal. */
export interface Spread {
  medianSeconds: number;
  p90Seconds: number;
}

/** One working pattern of an agent: on these local days, from start to end (end ≤ start runs past midnight). */
export interface Shift {
  days: Weekday[];
  /** HH:MM, local time in the scenario's zone. */
  start: string;
  end: string;
}

/** A simulated agent. */
export interface SimAgent {
  id: string;
  name: string;
  /** Category → level 1 (basic) to 3 (senior). A category not listed is not a skill. */
  skills: Record<string, number>;
  /** Languages the agent serves customers in. */
  languages: string[];
  /** Conversations at once. */
  capacity: number;
  shifts: Shift[];
}

/**
 * The world a simulation runs in, as plain data: who arrives when, asking what, in which
 * language and tier, how patient they are, how long the work takes, and who is on shift.
 * `baton simulate --scenario FILE.json` replaces any of these top-level fields.
 */
export interface Scenario {
  name: string;
  /** First simulated local day, YYYY-MM-DD. */
  startDate: string;
  /** IANA zone of the arrival curve and of the shifts. */
  timeZone: string;
  /** Handoffs per hour, for each local hour 0–23. */
  arrivalsPerHour: { weekday: number[]; weekend: number[] };
  /** Shares of the handoff categories (any positive weights). */
  categories: Record<string, number>;
  languages: Record<string, number>;
  tiers: Record<string, number>;
  /** Priority = byCategory + byTier; waiting handoffs gain 1 point a minute in skills-based routing. */
  priority: { byCategory: Record<string, number>; byTier: Record<string, number> };
  /** How long a customer waits before leaving. */
  patience: Spread;
  /** Handling time by category, for a level-2 agent who speaks the language. */
  handling: Record<string, Spread>;
  /** Handling time factor by skill level: index 0 is an agent without the skill, then levels 1–3. */
  handlingFactorByLevel: [number, number, number, number];
  /** Handling time factor when the agent does not speak the customer's language (general queue). */
  languageMismatchFactor: number;
  /**
   * Offers (reservations): how fast an agent answers one, how often the answer is a decline,
   * and when an unanswered offer times out (the agent is then away for a while).
   */
  offers: { answer: Spread; declineShare: number; timeoutSeconds: number; awayAfterTimeoutSeconds: number };
  /**
   * Skills-based routing's fallbacks, in seconds waited (null: never): first the category
   * skill is waived (any agent who speaks the language), then the language too (anyone).
   */
  fallback: { anyCategoryAfterSeconds: number | null; anyAgentAfterSeconds: number | null };
  agents: SimAgent[];
}

const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const everyDay: Weekday[] = [...weekdays, 'sat', 'sun'];
const weekend: Weekday[] = ['sat', 'sun'];

/**
 * The default scenario: a European software company's support desk (Europe/Berlin), two
 * weeks from Monday 2 March 2026. About 420 handoffs on a weekday with a late-morning and an
 * afternoon peak, a third of that at weekends; billing 40 %, technical 35 %, account 25 %;
 * English 60 %, Spanish and German 15 % each, French 10 %; 5 % platinum and 15 % gold
 * customers. Twelve agents in early, middle, late, night and weekend shifts, capacity 1–3.
 *
 * @example
 *   defaultScenario.agents.length // 12
 */
export const defaultScenario: Scenario = {
  name: 'default',
  startDate: '2026-03-02',
  timeZone: 'Europe/Berlin',
  arrivalsPerHour: {
    weekday: [2, 1.5, 1, 1, 1, 2, 5, 11, 28, 43, 53, 56, 48, 50, 55, 52, 46, 36, 27, 21, 17, 12, 7, 4],
    weekend: [1, 0.7, 0.5, 0.5, 0.5, 0.7, 1.5, 3, 6, 10, 13, 15, 14, 13, 13, 12, 11, 10, 9, 8, 6, 4, 3, 1.5],
  },
  categories: { billing: 0.4, technical: 0.35, account: 0.25 },
  languages: { en: 0.6, es: 0.15, de: 0.15, fr: 0.1 },
  tiers: { standard: 0.8, gold: 0.15, platinum: 0.05 },
  // The bases echo the policy's (an explicit request is 40); the tier boosts are priorityOf's.
  priority: { byCategory: { billing: 45, technical: 40, account: 35 }, byTier: { standard: 0, gold: 8, platinum: 12 } },
  patience: { medianSeconds: 480, p90Seconds: 1500 },
  handling: {
    billing: { medianSeconds: 420, p90Seconds: 1080 },
    technical: { medianSeconds: 720, p90Seconds: 1800 },
    account: { medianSeconds: 300, p90Seconds: 720 },
  },
  handlingFactorByLevel: [1.6, 1.25, 1, 0.85],
  languageMismatchFactor: 1.3,
  offers: { answer: { medianSeconds: 6, p90Seconds: 20 }, declineShare: 0.03, timeoutSeconds: 45, awayAfterTimeoutSeconds: 120 },
  fallback: { anyCategoryAfterSeconds: 120, anyAgentAfterSeconds: 300 },
  agents: [
    agent('a01', 'Maya Fischer', { billing: 3, account: 2 }, ['en', 'de'], 3, [{ days: weekdays, start: '07:00', end: '15:00' }]),
    agent('a02', 'Lucas Martin', { technical: 3 }, ['en', 'fr'], 2, [{ days: weekdays, start: '07:00', end: '15:00' }]),
    agent('a03', 'Sofía García', { billing: 2, account: 3 }, ['en', 'es'], 3, [{ days: weekdays, start: '07:00', end: '15:00' }]),
    agent('a04', 'Jonas Weber', { technical: 2, billing: 1 }, ['en', 'de', 'es'], 2, [{ days: weekdays, start: '07:00', end: '15:00' }]),
    agent('a05', 'Chloé Bernard', { billing: 2, account: 2, technical: 1 }, ['fr', 'en', 'es'], 2, [{ days: weekdays, start: '10:00', end: '18:00' }]),
    agent('a06', 'Noah Brown', { technical: 1, account: 1 }, ['en'], 1, [{ days: weekdays, start: '10:00', end: '18:00' }]),
    agent('a07', 'Elena Ruiz', { technical: 3, account: 1 }, ['es', 'en'], 2, [{ days: weekdays, start: '14:00', end: '22:00' }]),
    agent('a08', 'Felix Braun', { billing: 3, account: 2 }, ['de', 'en', 'fr'], 3, [{ days: weekdays, start: '14:00', end: '22:00' }]),
    agent('a09', 'Amelia Clark', { account: 3, billing: 2, technical: 2 }, ['en', 'es'], 3, [{ days: weekdays, start: '14:00', end: '22:00' }]),
    agent('a10', 'Omar Haddad', { billing: 2, technical: 2, account: 2 }, ['en', 'de', 'fr'], 2, [{ days: everyDay, start: '22:00', end: '07:00' }]),
    agent('a11', 'Lena Schmidt', { billing: 2, technical: 2, account: 2 }, ['en', 'de', 'fr'], 3, [{ days: weekend, start: '07:00', end: '15:00' }]),
    agent('a12', 'Diego Torres', { technical: 2, billing: 2, account: 2 }, ['en', 'es'], 3, [{ days: weekend, start: '13:00', end: '22:00' }]),
  ],
};

function agent(id: string, name: string, skills: Record<string, number>, languages: string[], capacity: number, shifts: Shift[]): SimAgent {
  return { id, name, skills, languages, capacity, shifts };
}
