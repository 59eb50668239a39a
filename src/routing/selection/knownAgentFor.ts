/**
 * How long after their last conversation a returning customer goes back to the same agent.
 *
 * @example
 *   knownAgentWindowMs // 86_400_000
 */
export const knownAgentWindowMs = 24 * 60 * 60 * 1000;

/**
 * The customer's known agent for `SelectionContext.knownAgentId`: the agent of their last
 * conversation if it ended (or was last active) within the past 24 hours, else null.
 *
 * @example
 *   knownAgentFor({ agentId: 'ana', atMs: nowMs - 3_600_000 }, nowMs) // 'ana'
 *   knownAgentFor({ agentId: 'ana', atMs: nowMs - 25 * 3_600_000 }, nowMs) // null
 */
export function knownAgentFor(last: { agentId: string; atMs: number } | null | undefined, nowMs: number): string | null {
  return last && nowMs - last.atMs <= knownAgentWindowMs ? last.agentId : null;
}
