import { chooseAgent, isSkillMatch, type AgentView, type FallbackMs } from './chooseAgent.ts';
import { eventQueue } from './eventQueue.ts';
import type { RandomSource } from './randomSource.ts';
import type { Scenario } from './scenario.ts';
import type { ShiftWindow } from './shiftWindows.ts';
import type { Arrival, HandoffOutcome, RoutingMode, SimEvent } from './types.ts';
import { waitEstimators, type WaitEstimator } from './waitEstimators.ts';

/** One routing mode played over the shared arrivals, a step at a time. */
export interface RoutingRun {
  mode: RoutingMode;
  /** Play every event before `until` (epoch ms). */
  advanceTo(until: number): void;
  /** Play on until every handoff is answered and resolved or abandoned; then agents sign off. */
  finish(): void;
  /** The history so far, in time order. */
  events: SimEvent[];
  /** One per arrival, in arrival order; filled in as the run goes. */
  outcomes: HandoffOutcome[];
  /** Running counts of handoffs so far, for progress lines. */
  tally: { arrived: number; answered: number; abandoned: number };
  /** Conversation-seconds handled, and capacity-seconds online (capacity × time online). */
  load: { busySeconds: number; capacitySeconds: number };
  estimators: WaitEstimator[];
}

type Step =
  | { at: number; kind: 'arrival'; index: number }
  | { at: number; kind: 'abandon'; index: number }
  | { at: number; kind: 'fallback'; index: number }
  | { at: number; kind: 'answer'; index: number; agent: number; offer: number; answer: 'accept' | 'decline' | 'timeout' }
  | { at: number; kind: 'finish'; index: number; agent: number }
  | { at: number; kind: 'shift_start'; agent: number }
  | { at: number; kind: 'shift_end'; agent: number }
  | { at: number; kind: 'back'; agent: number };

interface AgentState extends AgentView {
  index: number;
  onShift: boolean;
  online: boolean;
  onlineSince: number;
  awayUntil: number;
  /** Accepted conversations plus pending offers. */
  used: number;
}

interface HandoffState {
  arrival: Arrival;
  index: number;
  status: 'waiting' | 'offered' | 'accepted' | 'done';
  /** Bumped at each offer, so an answer to a rescinded offer is ignored. */
  offer: number;
  offeredTo?: number;
  excluded?: Set<string>;
}

/**
 * Start a run of one routing mode over `arrivals` (shared by both modes) and the agents'
 * shift windows. Skills-based: waiting handoffs are served by priority plus one point per
 * minute waited, each offered to the longest-idle eligible agent (see chooseAgent). General
 * queue: first come, first served, to any available agent. An offer holds a slot until the
 * agent accepts, declines (not offered that handoff again) or lets it time out (away for a
 * while); a customer who runs out of patience leaves, rescinding a pending offer. At each
 * arrival every estimator quotes a wait; each acceptance feeds them the actual wait.
 *
 * @example
 *   const run = startRoutingRun(scenario, arrivals, windows, 'skills', randomSource(1).fork('offers'));
 *   run.advanceTo(calendar.dayEnds[0]!); run.finish();
 *   run.outcomes[0] // { arrival, quotes: { baton: 120, … }, waitSeconds: 14.2, skillMatch: true }
 */
export function startRoutingRun(scenario: Scenario, arrivals: readonly Arrival[], windows: readonly ShiftWindow[], mode: RoutingMode, random: RandomSource): RoutingRun {
  const agenda = eventQueue<Step>();
  const agentIndex = new Map(scenario.agents.map((a, i) => [a.id, i]));
  const agents: AgentState[] = scenario.agents.map((agent, index) => ({ agent, index, lastOfferAt: 0, onShift: false, online: false, onlineSince: 0, awayUntil: 0, used: 0 }));
  const handoffs: HandoffState[] = arrivals.map((arrival, index) => ({ arrival, index, status: 'waiting', offer: 0 }));
  const toMs = (seconds: number | null) => (mode === 'skills' && seconds !== null ? seconds * 1000 : null);
  const fallbackMs: FallbackMs = { anyCategory: toMs(scenario.fallback.anyCategoryAfterSeconds), anyAgent: toMs(scenario.fallback.anyAgentAfterSeconds) };
  const run: RoutingRun = { mode, advanceTo, finish, events: [], outcomes: [], tally: { arrived: 0, answered: 0, abandoned: 0 }, load: { busySeconds: 0, capacitySeconds: 0 }, estimators: waitEstimators() };
  /** Waiting handoffs, best first. */
  const waiting: HandoffState[] = [];
  /** Handoffs arrived and not yet resolved or abandoned, and of those the accepted ones. */
  let open = 0;
  let accepted = 0;
  let pendingArrivals = arrivals.length;
  let now = arrivals[0]?.at ?? 0;

  for (const window of windows) {
    const agent = agentIndex.get(window.agentId)!;
    agenda.push({ at: window.from, kind: 'shift_start', agent });
    agenda.push({ at: window.until, kind: 'shift_end', agent });
  }
  handoffs.forEach((h, index) => agenda.push({ at: h.arrival.at, kind: 'arrival', index }));

  // Skills-based order is priority + minutes waited, highest first. As every handoff ages at the
  // same rate, that is the fixed key priority·60,000 − arrival ms; the general queue is by arrival.
  const rank = (h: HandoffState) => (mode === 'skills' ? h.arrival.priority * 60_000 - h.arrival.at : -h.arrival.at);
  const enqueue = (h: HandoffState) => {
    h.status = 'waiting';
    const key = rank(h);
    let lo = 0;
    let hi = waiting.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = waiting[mid]!;
      if (rank(other) > key || (rank(other) === key && other.index < h.index)) lo = mid + 1;
      else hi = mid;
    }
    waiting.splice(lo, 0, h);
  };
  const available = (a: AgentState) => a.online && a.onShift && now >= a.awayUntil && a.used < a.agent.capacity;
  const present = (a: AgentState) => a.onShift && now >= a.awayUntil;
  const log = (event: SimEvent) => run.events.push(event);

  function step(s: Step): void {
    now = s.at;
    if (s.kind === 'shift_start') return signOn(agents[s.agent]!);
    if (s.kind === 'shift_end') {
      agents[s.agent]!.onShift = false;
      return signOffIfDone(agents[s.agent]!);
    }
    if (s.kind === 'back') return;
    const h = handoffs[s.index]!;
    if (s.kind === 'arrival') return arrive(h);
    if (s.kind === 'fallback') return;
    if (s.kind === 'abandon') return abandon(h);
    if (s.kind === 'answer') return answer(h, agents[s.agent]!, s.offer, s.answer);
    finishConversation(h, agents[s.agent]!);
  }

  function signOn(a: AgentState): void {
    a.onShift = true;
    if (a.online) return;
    a.online = true;
    a.onlineSince = now;
    a.lastOfferAt = now;
    log({ type: 'agent_online', at: now, agentId: a.agent.id });
  }

  function signOffIfDone(a: AgentState): void {
    if (a.onShift || a.used > 0 || !a.online) return;
    a.online = false;
    run.load.capacitySeconds += (a.agent.capacity * (now - a.onlineSince)) / 1000;
    log({ type: 'agent_offline', at: now, agentId: a.agent.id });
  }

  function arrive(h: HandoffState): void {
    const { arrival } = h;
    const team = agents.filter((a) => present(a) && (mode === 'general' || (a.agent.skills[arrival.category] ?? 0) >= 1)).length;
    // Baton counts the workspace's pending handoffs (waiting or offered) and the team's online
    // agents. With no agent of the team on shift it promises no time (the no-agent message).
    const context = { now, waitingAhead: open - accepted, onlineAgents: team };
    const quotes = team === 0 ? null : Object.fromEntries(run.estimators.map((e) => [e.id, e.quote(context)]));
    pendingArrivals--;
    open++;
    run.tally.arrived++;
    run.outcomes[h.index] = { arrival, quotes };
    log({ type: 'arrived', at: now, handoffId: arrival.handoffId, category: arrival.category, language: arrival.language, tier: arrival.tier, priority: arrival.priority, quotes });
    agenda.push({ at: arrival.at + Math.round(arrival.patienceSeconds * 1000), kind: 'abandon', index: h.index });
    // Wake the router when a fallback widens who may take it.
    for (const after of [fallbackMs.anyCategory, fallbackMs.anyAgent]) if (after !== null) agenda.push({ at: arrival.at + after, kind: 'fallback', index: h.index });
    enqueue(h);
  }
  function offer(h: HandoffState, a: AgentState): void {
    h.status = 'offered';
    h.offer++;
    h.offeredTo = a.index;
    a.used++;
    a.lastOfferAt = now;
    log({ type: 'offered', at: now, handoffId: h.arrival.handoffId, agentId: a.agent.id });
    const answerSeconds = random.lognormal(scenario.offers.answer.medianSeconds, scenario.offers.answer.p90Seconds);
    const declines = random.next() < scenario.offers.declineShare;
    const timedOut = answerSeconds >= scenario.offers.timeoutSeconds;
    const at = now + Math.round(1000 * (timedOut ? scenario.offers.timeoutSeconds : answerSeconds));
    agenda.push({ at, kind: 'answer', index: h.index, agent: a.index, offer: h.offer, answer: timedOut ? 'timeout' : declines ? 'decline' : 'accept' });
  }

  function answer(h: HandoffState, a: AgentState, offerNumber: number, outcome: 'accept' | 'decline' | 'timeout'): void {
    if (h.status !== 'offered' || h.offer !== offerNumber) return;
    const { arrival } = h;
    if (outcome === 'accept') {
      h.status = 'accepted';
      accepted++;
      run.tally.answered++;
      const waitSeconds = (now - arrival.at) / 1000;
      const skillMatch = isSkillMatch(a.agent, arrival.category, arrival.language);
      const outcomeOf = run.outcomes[h.index]!;
      outcomeOf.waitSeconds = waitSeconds;
      outcomeOf.skillMatch = skillMatch;
      for (const estimator of run.estimators) estimator.record(now, waitSeconds);
      log({ type: 'accepted', at: now, handoffId: arrival.handoffId, agentId: a.agent.id, waitSeconds, skillMatch });
      const level = Math.min(3, Math.max(0, Math.floor(a.agent.skills[arrival.category] ?? 0)));
      const languageFactor = a.agent.languages.includes(arrival.language) ? 1 : scenario.languageMismatchFactor;
      const handlingMs = Math.round(arrival.workSeconds * scenario.handlingFactorByLevel[level]! * languageFactor * 1000);
      agenda.push({ at: now + handlingMs, kind: 'finish', index: h.index, agent: a.index });
      return;
    }
    a.used--;
    (h.excluded ??= new Set()).add(a.agent.id);
    log({ type: outcome === 'decline' ? 'offer_declined' : 'offer_timed_out', at: now, handoffId: arrival.handoffId, agentId: a.agent.id });
    if (outcome === 'timeout') {
      a.awayUntil = now + scenario.offers.awayAfterTimeoutSeconds * 1000;
      agenda.push({ at: a.awayUntil, kind: 'back', agent: a.index });
    }
    enqueue(h);
    signOffIfDone(a);
  }

  function abandon(h: HandoffState): void {
    if (h.status === 'accepted' || h.status === 'done') return;
    const { arrival } = h;
    if (h.status === 'offered') {
      const a = agents[h.offeredTo!]!;
      a.used--;
      log({ type: 'offer_rescinded', at: now, handoffId: arrival.handoffId, agentId: a.agent.id });
      signOffIfDone(a);
    } else waiting.splice(waiting.indexOf(h), 1);
    h.status = 'done';
    open--;
    run.tally.abandoned++;
    const waitSeconds = (now - arrival.at) / 1000;
    run.outcomes[h.index]!.abandonedAfterSeconds = waitSeconds;
    log({ type: 'abandoned', at: now, handoffId: arrival.handoffId, waitSeconds });
  }

  function finishConversation(h: HandoffState, a: AgentState): void {
    h.status = 'done';
    open--;
    accepted--;
    a.used--;
    const handlingSeconds = (now - run.outcomes[h.index]!.arrival.at) / 1000 - run.outcomes[h.index]!.waitSeconds!;
    run.load.busySeconds += handlingSeconds;
    log({ type: 'resolved', at: now, handoffId: h.arrival.handoffId, agentId: a.agent.id, handlingSeconds });
    signOffIfDone(a);
  }

  /** Offer waiting handoffs, best first, to the agents free now. */
  function dispatch(): void {
    let free = agents.filter(available);
    for (let i = 0; i < waiting.length && free.length > 0; ) {
      const h = waiting[i]!;
      const a = chooseAgent(free, { category: h.arrival.category, language: h.arrival.language, at: h.arrival.at, excluded: h.excluded }, mode, now, fallbackMs);
      if (!a) {
        i++;
        continue;
      }
      waiting.splice(i, 1);
      offer(h, a);
      if (!available(a)) free = free.filter((f) => f !== a);
    }
  }

  function advanceTo(until: number): void {
    while ((agenda.peekAt() ?? Infinity) < until) {
      step(agenda.pop()!);
      // Several events at one instant are all applied before anyone is offered work.
      if ((agenda.peekAt() ?? Infinity) !== now) dispatch();
    }
  }

  function finish(): void {
    while (agenda.size > 0 && (pendingArrivals > 0 || open > 0)) {
      step(agenda.pop()!);
      if ((agenda.peekAt() ?? Infinity) !== now) dispatch();
    }
    for (const a of agents) {
      a.onShift = false;
      signOffIfDone(a);
    }
  }

  return run;
}
