import { targetDefaults } from '../../routing/policy/resolveTarget.ts';
import { defaultScenario, type Scenario, type Shift, type SimAgent, type Weekday } from '../scenario.ts';

/** An agent of the workspace, as the simulation needs them. */
export interface DeskAgent {
  id: string;
  displayName: string;
  teamId: string | null;
  skills: Record<string, number>;
  languages: string[];
  capacity: number;
}

/** A team of the workspace: the category it handles first. */
export interface DeskTeam {
  id: string;
  name: string;
  category: string;
}

const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * Shifts by an agent's place in their team: the first covers office hours, the second the
 * early shift and Saturdays, the third the late shift and Sundays, any further one the middle
 * of the day. Nobody works nights, so a night handoff meets no agent (the `no_agent` path).
 */
const shiftsByPlace: Shift[][] = [
  [{ days: weekdays, start: '08:00', end: '16:00' }],
  [
    { days: weekdays, start: '07:00', end: '15:00' },
    { days: ['sat'], start: '09:00', end: '17:00' },
  ],
  [
    { days: weekdays, start: '14:00', end: '22:00' },
    { days: ['sun'], start: '09:00', end: '17:00' },
  ],
  [{ days: weekdays, start: '10:00', end: '18:00' }],
];

/** Handoffs on a weekday for each agent of the workspace (a third of that at weekends). */
export const handoffsPerAgentDay = 8;

/**
 * The simulator's scenario for a real workspace: its agents (skills, languages, capacity) on
 * the shifts above, its teams' categories as the handoff categories, and the default
 * scenario's daily curve scaled to about `handoffsPerAgentDay` handoffs per agent on a
 * weekday. Offers time out after Baton's default 30 s. Everything else (languages, tiers,
 * patience, handling, offer answers, fallbacks) is the default scenario's. Pure.
 *
 * @example
 *   workspaceScenario({ agents, teams }, { startDate: '2026-03-02' }).agents.length // 6 for the demo
 */
export function workspaceScenario(desk: { agents: readonly DeskAgent[]; teams: readonly DeskTeam[] }, options: { startDate: string; timeZone?: string }): Scenario {
  const categories = [...new Set(desk.teams.map((t) => t.category))];
  if (categories.length === 0) categories.push('billing', 'technical');
  const weight = (c: string) => defaultScenario.categories[c] ?? 0.25;
  const place = new Map<string, number>();
  const agents: SimAgent[] = desk.agents.map((agent, index) => {
    const team = agent.teamId ?? `#${index}`;
    const position = place.get(team) ?? 0;
    place.set(team, position + 1);
    return {
      id: agent.id,
      name: agent.displayName,
      skills: Object.fromEntries(Object.entries(agent.skills).filter(([c, level]) => categories.includes(c) && level >= 1)),
      languages: agent.languages,
      capacity: agent.capacity,
      shifts: shiftsByPlace[position % shiftsByPlace.length]!,
    };
  });
  const weekdayTotal = defaultScenario.arrivalsPerHour.weekday.reduce((a, b) => a + b, 0);
  const scale = (handoffsPerAgentDay * Math.max(1, agents.length)) / weekdayTotal;
  const scaled = (hours: number[]) => hours.map((perHour) => Math.round(perHour * scale * 1000) / 1000);
  return {
    ...defaultScenario,
    name: 'workspace',
    startDate: options.startDate,
    timeZone: options.timeZone ?? defaultScenario.timeZone,
    arrivalsPerHour: { weekday: scaled(defaultScenario.arrivalsPerHour.weekday), weekend: scaled(defaultScenario.arrivalsPerHour.weekend) },
    categories: Object.fromEntries(categories.map((c) => [c, weight(c)])),
    priority: { ...defaultScenario.priority, byCategory: Object.fromEntries(categories.map((c) => [c, defaultScenario.priority.byCategory[c] ?? 40])) },
    offers: { ...defaultScenario.offers, timeoutSeconds: targetDefaults.offerTimeoutSeconds },
    handling: Object.fromEntries(categories.map((c) => [c, defaultScenario.handling[c] ?? defaultScenario.handling.account!])),
    agents,
  };
}
