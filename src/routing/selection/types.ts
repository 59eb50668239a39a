import type { RoutingTarget } from '../policy/routingPolicy.ts';

/**
 * An agent as routing sees them at one instant (TaskRouter's worker), loaded by the caller.
 *
 * @example
 *   const ana: AgentCandidate = { id: 'ana', skills: { billing: 3 }, languages: ['en', 'es'], seniority: 2, capacity: 3, load: 1, presence: 'online', idleSinceMs: 0 };
 */
export interface AgentCandidate {
  id: string;
  /** Skill → level 1–5. */
  skills: Record<string, number>;
  languages: string[];
  /** Their team; null: no team (they may take any queue's handoffs). */
  teamId?: string | null;
  /** The customer tiers they may serve; absent serves all. */
  tiers?: string[];
  /** Carried for the explanation and the agent list; no filter reads it. */
  seniority: number;
  /** Conversations they can hold at once on this channel. */
  capacity: number;
  /** Conversations they hold now on this channel. */
  load: number;
  presence: 'online' | 'away' | 'offline';
  /** Since when they have had nothing new (epoch ms): the earlier, the longer idle. */
  idleSinceMs: number;
  /** When they were last given a handoff (epoch ms); absent: never. */
  lastAssignedAtMs?: number;
}

/**
 * What selection knows about the handoff being offered.
 *
 * @example
 *   const context: SelectionContext = { target: { queue: 'billing', requiredSkills: { billing: 1 } }, language: 'en', tier: 'standard', declinedAgentIds: [], alreadyOfferedAgentIds: [], waitedSeconds: 12, nowMs };
 */
export interface SelectionContext {
  target: Pick<RoutingTarget, 'requiredSkills' | 'optionalSkills' | 'relaxOptionalAfterSeconds'>;
  /** The conversation's language. */
  language: string;
  /** The customer's tier. */
  tier: string;
  /** Agents who declined an offer of this handoff: never offered it again. */
  declinedAgentIds: readonly string[];
  /** Agents holding a live offer of this handoff now. */
  alreadyOfferedAgentIds: readonly string[];
  /** Agents who let an offer of this handoff lapse (timed out, or lost their connection): ranked last. */
  lapsedAgentIds?: readonly string[];
  /** The team of the target's queue; absent or null: no team has that queue's name. */
  queueTeamId?: string | null;
  /** The customer's last agent, when they return within 24 hours (see `knownAgentFor`). */
  knownAgentId?: string | null;
  /** How long the handoff has waited, for relaxing optional skills. */
  waitedSeconds: number;
  /** The instant of selection (epoch ms); an `idleSinceMs` after it counts as idle since now. */
  nowMs: number;
}

/**
 * The filters of the pipeline, in order.
 *
 * @example
 *   const name: FilterName = 'underCapacity';
 */
export type FilterName = 'eligible' | 'inQueue' | 'optionalUntilRelaxed' | 'available' | 'underCapacity' | 'notDeclined' | 'notAlreadyOffered';

/**
 * One step of the pipeline: a pure `(candidates, context) => candidates` that also says why
 * it removes an agent (`why` returns null for an agent who passes).
 *
 * @example
 *   available(agents, context).map((a) => a.id) // the online ones
 *   available.why(awayAgent, context)          // 'presence is away'
 */
export interface AgentFilter {
  (candidates: readonly AgentCandidate[], context: SelectionContext): AgentCandidate[];
  readonly filterName: FilterName;
  why(agent: AgentCandidate, context: SelectionContext): string | null;
}

/**
 * An agent a filter removed, and why: the routing explanation.
 *
 * @example
 *   const removal: Removal = { agentId: 'bo', filter: 'available', reason: 'presence is away' };
 */
export interface Removal {
  agentId: string;
  filter: FilterName;
  reason: string;
}

/**
 * The agents to offer the handoff to, best first, and whom each filter removed.
 *
 * @example
 *   const { chosen, removed } = selectAgents(agents, context);
 */
export interface Selection {
  chosen: AgentCandidate[];
  removed: Removal[];
}

/**
 * How agents who passed every filter are ordered (after optional skills).
 * `longest_idle`: idle the longest first. `least_busy`: lowest load per capacity first.
 *
 * @example
 *   selectAgents(agents, context, 'least_busy')
 */
export type SelectionStrategy = 'longest_idle' | 'least_busy';
