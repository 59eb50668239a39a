import type { SimAgent } from './scenario.ts';
import type { RoutingMode } from './types.ts';

/** An agent as the router sees them at one instant. */
export interface AgentView {
  agent: SimAgent;
  /** When the agent last received an offer, or came online: the longest idle go first. */
  lastOfferAt: number;
}

/** The handoff being placed. */
export interface HandoffView {
  category: string;
  language: string;
  at: number;
  /** Agents who declined or missed it: not offered it again. */
  excluded?: ReadonlySet<string>;
}

/**
 * Whether the agent has the handoff's category as a skill and speaks its language.
 *
 * @example
 *   isSkillMatch(defaultScenario.agents[1]!, 'technical', 'fr') // true (Lucas: technical 3, en and fr)
 */
export function isSkillMatch(agent: SimAgent, category: string, language: string): boolean {
  return (agent.skills[category] ?? 0) >= 1 && agent.languages.includes(language);
}

/** Skills-based routing's fallbacks, in milliseconds waited; null: never. */
export interface FallbackMs {
  anyCategory: number | null;
  anyAgent: number | null;
}

/**
 * The agent to offer a handoff to, among those available now (on shift, not away, under
 * capacity), or undefined. Skills-based: the agent must speak the language and have the
 * category skill; once the handoff has waited `fallback.anyCategory` the skill is waived, and
 * after `fallback.anyAgent` the language too. General queue: anyone. Either way the longest
 * idle is chosen (ties: scenario order).
 *
 * @example
 *   chooseAgent(available, { category: 'billing', language: 'de', at }, 'skills', now, { anyCategory: 180_000, anyAgent: 600_000 })
 *   // the German-speaking billing agent idle longest
 */
export function chooseAgent<A extends AgentView>(available: readonly A[], handoff: HandoffView, mode: RoutingMode, now: number, fallback: FallbackMs): A | undefined {
  const waited = now - handoff.at;
  const anyCategory = fallback.anyCategory !== null && waited >= fallback.anyCategory;
  const anyAgent = fallback.anyAgent !== null && waited >= fallback.anyAgent;
  let best: A | undefined;
  for (const view of available) {
    if (handoff.excluded?.has(view.agent.id)) continue;
    if (mode === 'skills' && !anyAgent) {
      if (!view.agent.languages.includes(handoff.language)) continue;
      if (!anyCategory && (view.agent.skills[handoff.category] ?? 0) < 1) continue;
    }
    if (best === undefined || view.lastOfferAt < best.lastOfferAt) best = view;
  }
  return best;
}
