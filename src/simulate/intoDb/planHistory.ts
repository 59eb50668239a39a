import type { Ids } from '../../core/ports.ts';
import { dayMs, localDate, wallTime } from '../../schedule/zonedClock.ts';
import { generateArrivals } from '../generateArrivals.ts';
import { randomSource } from '../randomSource.ts';
import { defaultScenario } from '../scenario.ts';
import { shiftWindows } from '../shiftWindows.ts';
import { simulationCalendar } from '../simulationCalendar.ts';
import { startRoutingRun } from '../startRoutingRun.ts';
import type { Arrival, SimEvent } from '../types.ts';
import { CustomerPool, type CrmCustomer } from './customerPool.ts';
import { addPart, draws, emptyHistory, type SimulatedHistory } from './history.ts';
import { planAssistantConversation } from './planAssistantConversation.ts';
import { planHandoffConversation, type Desk, type HandoffStory } from './planHandoffConversation.ts';
import { workspaceScenario, type DeskAgent, type DeskTeam } from './workspaceScenario.ts';

/** Conversations the assistant handles alone, per handoff: a handoff rate of about 22 %. */
export const selfServedPerHandoff = 3.5;

/** Share of the customers who meet no agent on shift and ask for a callback rather than leave. */
const callbackShare = 0.5;

/** What a simulated history is planned from. */
export interface HistoryInput {
  workspaceId: string;
  agents: readonly DeskAgent[];
  teams: readonly DeskTeam[];
  /** The workspace's CRM customers, who now and then write in. */
  crmCustomers: readonly CrmCustomer[];
  /** Order numbers already used in the workspace. */
  takenOrderNumbers: ReadonlySet<string>;
  days: number;
  seed: number;
  /** The history ends here: every simulated conversation started and ended in the `days` before. */
  now: Date;
  ids: Ids;
  /** The zone of the daily curve and the shifts (default Europe/Berlin, the default scenario's). */
  timeZone?: string;
}

/**
 * Plan `days` days of a workspace's history up to `now`, seeded: issue 5's simulator plays
 * the workspace's own agents on shifts (`workspaceScenario`) through skills-based routing, and
 * every handoff becomes a conversation (`planHandoffConversation`); about 3.5 times as many
 * conversations, on the same daily curve, stay with the assistant. Conversations that
 * started before the span or had not ended by `now` are left out. Pure apart from `ids`.
 *
 * @example
 *   const history = planHistory({ workspaceId, agents, teams, crmCustomers: [], takenOrderNumbers: new Set(), days: 14, seed: 1, now: new Date(), ids: cryptoIds });
 *   history.handoffs.length // about 500 for the demo workspace
 */
export function planHistory(input: HistoryInput): SimulatedHistory {
  const timeZone = input.timeZone ?? defaultScenario.timeZone;
  const now = input.now.getTime();
  const from = now - input.days * dayMs;
  const scenario = workspaceScenario(input, { startDate: localDate(wallTime(timeZone, new Date(from))), timeZone });
  // One day more than asked, from the local midnight before the span starts, so the span is covered.
  const calendar = simulationCalendar(timeZone, scenario.startDate, input.days + 1);
  const random = randomSource(input.seed);
  const windows = shiftWindows(scenario, calendar);
  const covered = (a: Arrival) =>
    windows.some((w) => w.from <= a.at && a.at < w.until && (scenario.agents.find((g) => g.id === w.agentId)?.skills[a.category] ?? 0) >= 1);
  const callbacks = new Set<string>();
  const choose = random.fork('callbacks');
  const arrivals = generateArrivals(scenario, calendar, random.fork('arrivals')).map((a) => {
    if (covered(a) || choose.next() >= callbackShare) return a;
    callbacks.add(a.handoffId);
    return { ...a, patienceSeconds: 20 * 3600 };
  });
  const run = startRoutingRun(scenario, arrivals, windows, 'skills', random.fork('offers'));
  run.advanceTo(now);
  const stories = storiesOf(run.events, new Map(arrivals.map((a) => [a.handoffId, a])), callbacks);
  const selfServed = generateArrivals(
    { ...scenario, arrivalsPerHour: { weekday: scenario.arrivalsPerHour.weekday.map((x) => x * selfServedPerHandoff), weekend: scenario.arrivalsPerHour.weekend.map((x) => x * selfServedPerHandoff) } },
    calendar,
    random.fork('self-service'),
  );

  const history = emptyHistory(new Date(from), input.now);
  const draw = draws(random.fork('conversations'));
  const desk: Desk = {
    workspaceId: input.workspaceId,
    ids: input.ids,
    draw,
    counter: { next: 0 },
    teams: input.teams,
    agentNames: new Map(input.agents.map((a) => [a.id, a.displayName])),
    offerTimeoutSeconds: scenario.offers.timeoutSeconds,
    timeZone,
    orderNumbers: { taken: new Set(input.takenOrderNumbers), next: 40_001 },
  };
  const pool = new CustomerPool(input.workspaceId, input.ids, draw, input.crmCustomers);
  const pending = [
    ...stories.filter((s) => s.arrival.at >= from + 300_000 && s.arrival.at < now).map((story) => ({ at: story.arrival.at, story })),
    ...selfServed.filter((a) => a.at >= from && a.at < now).map((arrival) => ({ at: arrival.at, arrival })),
  ].sort((a, b) => a.at - b.at);
  for (const item of pending) {
    const planned =
      'story' in item
        ? (() => {
            const who = pool.take(item.at - 300_000, item.story.arrival.tier, { handoff: true });
            return { who, ...planHandoffConversation(item.story, who, desk) };
          })()
        : (() => {
            const who = pool.take(item.at, item.arrival.tier, { handoff: false });
            return { who, ...planAssistantConversation(item.at, who, desk) };
          })();
    const kept = planned.end <= now;
    if (kept) addPart(history, planned.part);
    pool.release(planned.who, planned.end, { kept, comeBack: planned.comeBack }, history);
  }
  history.events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.order - b.order);
  return history;
}

/** Each handoff's offers and outcome, from the run's history; only handoffs whose outcome is known. */
function storiesOf(events: readonly SimEvent[], arrivals: ReadonlyMap<string, Arrival>, callbacks: ReadonlySet<string>): HandoffStory[] {
  const stories = new Map<string, HandoffStory>();
  for (const event of events) {
    if (!('handoffId' in event)) continue;
    if (event.type === 'arrived') {
      stories.set(event.handoffId, { arrival: arrivals.get(event.handoffId)!, quotes: event.quotes, offers: [], callback: callbacks.has(event.handoffId) });
      continue;
    }
    const story = stories.get(event.handoffId);
    if (!story) continue;
    if (event.type === 'offered') story.offers.push({ agentId: event.agentId, at: event.at, outcome: 'accepted', answeredAt: event.at });
    else if (event.type === 'abandoned') story.abandonedAt = event.at;
    else if (event.type === 'resolved') story.resolvedAt = event.at;
    else {
      const offer = story.offers.at(-1)!;
      offer.answeredAt = event.at;
      offer.outcome = event.type === 'accepted' ? 'accepted' : event.type === 'offer_declined' ? 'declined' : event.type === 'offer_timed_out' ? 'timed_out' : 'rescinded';
      if (event.type === 'accepted') story.accepted = { at: event.at, agentId: event.agentId };
    }
  }
  return [...stories.values()].filter((s) => s.abandonedAt !== undefined || s.resolvedAt !== undefined);
}
