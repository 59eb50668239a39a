import { knownTimeZone } from '../schedule/zonedClock.ts';
import { defaultScenario, type Scenario, type Spread, type Weekday } from './scenario.ts';

const fields = Object.keys(defaultScenario) as (keyof Scenario)[];
const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const timePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * Read a scenario file's JSON. Each top-level field given replaces the default scenario's
 * (so `{"agents": [...]}` restaffs the default desk); the result is checked as a whole and
 * every problem is listed with its path.
 *
 * @example
 *   parseScenario({ days: 3 })                  // { ok: false, problems: ['/days is not a field of a scenario (name, startDate, …)'] }
 *   parseScenario({ timeZone: 'america/new_york' }) // { ok: true, scenario: { …defaultScenario, timeZone: 'America/New_York' } }
 */
export function parseScenario(input: unknown): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problems: ['(scenario) must be a JSON object with some of the fields ' + fields.join(', ')] };
  const problems: string[] = [];
  for (const key of Object.keys(input)) if (!fields.includes(key as keyof Scenario)) problems.push(`/${key} is not a field of a scenario (${fields.join(', ')})`);
  const s = { ...defaultScenario, ...(input as Partial<Scenario>) } as Record<keyof Scenario, unknown>;
  const check = checker(problems);

  if (typeof s.name !== 'string' || s.name.trim() === '') problems.push('/name must be a non-empty string');
  if (typeof s.startDate !== 'string' || !isDate(s.startDate)) problems.push(`/startDate must be a date YYYY-MM-DD, got ${JSON.stringify(s.startDate)}`);
  const timeZone = typeof s.timeZone === 'string' ? knownTimeZone(s.timeZone) : undefined;
  if (!timeZone) problems.push(`/timeZone must be an IANA time zone such as Europe/Berlin, got ${JSON.stringify(s.timeZone)}`);
  if (check.object('/arrivalsPerHour', s.arrivalsPerHour)) {
    for (const kind of ['weekday', 'weekend'] as const) {
      const curve = (s.arrivalsPerHour as Record<string, unknown>)[kind];
      if (!Array.isArray(curve) || curve.length !== 24 || !curve.every((n) => isNumber(n) && n >= 0)) problems.push(`/arrivalsPerHour/${kind} must be 24 numbers ≥ 0 (handoffs per hour, local hours 0–23)`);
    }
  }
  const categories = check.weights('/categories', s.categories);
  check.weights('/languages', s.languages);
  const tiers = check.weights('/tiers', s.tiers);
  if (check.object('/priority', s.priority)) {
    const priority = s.priority as Record<string, unknown>;
    check.numbersFor('/priority/byCategory', priority.byCategory, categories, 0, 100);
    check.numbersFor('/priority/byTier', priority.byTier, tiers, 0, 100);
  }
  check.spread('/patience', s.patience);
  if (check.object('/handling', s.handling)) {
    const handling = s.handling as Record<string, unknown>;
    for (const category of categories) check.spread(`/handling/${category}`, handling[category]);
    for (const key of Object.keys(handling)) if (!categories.includes(key)) problems.push(`/handling/${key} is not a category (${categories.join(', ')})`);
  }
  if (!Array.isArray(s.handlingFactorByLevel) || s.handlingFactorByLevel.length !== 4 || !s.handlingFactorByLevel.every((n) => isNumber(n) && n > 0)) {
    problems.push('/handlingFactorByLevel must be 4 numbers > 0: without the skill, then levels 1, 2 and 3');
  }
  if (!isNumber(s.languageMismatchFactor) || s.languageMismatchFactor <= 0) problems.push('/languageMismatchFactor must be a number > 0');
  if (check.object('/offers', s.offers)) {
    const offers = s.offers as Record<string, unknown>;
    check.spread('/offers/answer', offers.answer);
    check.number('/offers/declineShare', offers.declineShare, 0, 0.99);
    check.number('/offers/timeoutSeconds', offers.timeoutSeconds, 1, 3600);
    check.number('/offers/awayAfterTimeoutSeconds', offers.awayAfterTimeoutSeconds, 0, 86_400);
  }
  if (check.object('/fallback', s.fallback)) {
    const fallback = s.fallback as Record<string, unknown>;
    for (const key of ['anyCategoryAfterSeconds', 'anyAgentAfterSeconds']) if (fallback[key] !== null) check.number(`/fallback/${key}`, fallback[key], 0, 86_400, ' or null');
  }
  checkAgents(s.agents, categories, problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: { ...(s as unknown as Scenario), timeZone: timeZone! } };
}

function checkAgents(agents: unknown, categories: readonly string[], problems: string[]): void {
  if (!Array.isArray(agents) || agents.length === 0) {
    problems.push('/agents must be a non-empty list of agents');
    return;
  }
  const check = checker(problems);
  const ids = new Set<string>();
  agents.forEach((agent: unknown, i) => {
    const at = `/agents/${i}`;
    if (!check.object(at, agent)) return;
    const a = agent as Record<string, unknown>;
    if (typeof a.id !== 'string' || a.id === '') problems.push(`${at}/id must be a non-empty string`);
    else if (ids.has(a.id)) problems.push(`${at}/id repeats "${a.id}"`);
    else ids.add(a.id);
    if (typeof a.name !== 'string' || a.name === '') problems.push(`${at}/name must be a non-empty string`);
    if (check.object(`${at}/skills`, a.skills)) {
      for (const [category, level] of Object.entries(a.skills as Record<string, unknown>)) {
        if (!categories.includes(category)) problems.push(`${at}/skills/${category} is not a category (${categories.join(', ')})`);
        else if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > 3) problems.push(`${at}/skills/${category} must be a level 1, 2 or 3, got ${JSON.stringify(level)}`);
      }
    }
    if (!Array.isArray(a.languages) || a.languages.length === 0 || !a.languages.every((l) => typeof l === 'string' && l !== '')) problems.push(`${at}/languages must be a non-empty list of language codes`);
    if (!Number.isInteger(a.capacity) || (a.capacity as number) < 1 || (a.capacity as number) > 10) problems.push(`${at}/capacity must be a whole number from 1 to 10, got ${JSON.stringify(a.capacity)}`);
    if (!Array.isArray(a.shifts)) {
      problems.push(`${at}/shifts must be a list of {days, start, end}`);
      return;
    }
    a.shifts.forEach((shift: unknown, j) => {
      const where = `${at}/shifts/${j}`;
      if (!check.object(where, shift)) return;
      const sh = shift as Record<string, unknown>;
      if (!Array.isArray(sh.days) || sh.days.length === 0 || !sh.days.every((d) => weekdays.includes(d as Weekday))) problems.push(`${where}/days must be a non-empty list of ${weekdays.join(', ')}`);
      for (const key of ['start', 'end']) if (typeof sh[key] !== 'string' || !timePattern.test(sh[key] as string)) problems.push(`${where}/${key} must be a time HH:MM from 00:00 to 24:00, got ${JSON.stringify(sh[key])}`);
      if (sh.start === sh.end) problems.push(`${where} starts and ends at the same time`);
    });
  });
}

/** Small checks that push a problem and say whether the value passed. */
function checker(problems: string[]) {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const number = (at: string, v: unknown, min: number, max: number, orElse = '') => {
    const ok = isNumber(v) && v >= min && v <= max;
    if (!ok) problems.push(`${at} must be a number from ${min} to ${max}${orElse}, got ${JSON.stringify(v)}`);
    return ok;
  };
  return {
    object(at: string, v: unknown): boolean {
      if (!isObject(v)) problems.push(`${at} must be an object`);
      return isObject(v);
    },
    number,
    /** Positive weights by name; returns the names. */
    weights(at: string, v: unknown): string[] {
      if (!isObject(v) || Object.keys(v).length === 0) {
        problems.push(`${at} must be an object of shares, such as {"a": 0.7, "b": 0.3}`);
        return [];
      }
      for (const [key, weight] of Object.entries(v)) if (!isNumber(weight) || weight < 0) problems.push(`${at}/${key} must be a share ≥ 0, got ${JSON.stringify(weight)}`);
      if (Object.values(v).every((w) => !isNumber(w) || w <= 0)) problems.push(`${at} needs at least one share > 0`);
      return Object.keys(v);
    },
    numbersFor(at: string, v: unknown, keys: readonly string[], min: number, max: number): void {
      if (!isObject(v)) {
        problems.push(`${at} must be an object with a number for each of ${keys.join(', ')}`);
        return;
      }
      for (const key of keys) number(`${at}/${key}`, v[key], min, max);
    },
    spread(at: string, v: unknown): void {
      if (!isObject(v)) {
        problems.push(`${at} must be {"medianSeconds": …, "p90Seconds": …}`);
        return;
      }
      const spread = v as Partial<Spread>;
      if (number(`${at}/medianSeconds`, spread.medianSeconds, 0.001, 1e6) && number(`${at}/p90Seconds`, spread.p90Seconds, 0.001, 1e7) && spread.p90Seconds! < spread.medianSeconds!) {
        problems.push(`${at}/p90Seconds must be at least medianSeconds (${spread.medianSeconds})`);
      }
    },
  };
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === text;
}
