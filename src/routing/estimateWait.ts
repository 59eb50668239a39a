/** With fewer accepted handoffs than this, the estimate is the documented default. */
const minSamples = 5;
/** The default quote, before a workspace has history: "under 2 minutes". */
export const defaultWaitSeconds = 120;

/** A wait quote and what it rests on. */
export interface WaitEstimate {
  /** Whole minutes, at least one, in seconds. */
  seconds: number;
  basis: 'recent_acceptances' | 'default';
}

/**
 * The wait to quote a customer, conservatively: the 75th percentile of the newest acceptance
 * times (escalation → an agent took it), scaled by the handoffs waiting ahead per online agent,
 * rounded up to a whole minute. With fewer than five accepted handoffs, two minutes.
 * Routing (offers and capacity) will refine this; every quote is stored beside the actual wait.
 *
 * @example
 *   estimateWait([30, 45, 50, 80, 200], 0, 2) // { seconds: 120, basis: 'recent_acceptances' }
 */
export function estimateWait(recentSeconds: readonly number[], waitingAhead: number, onlineAgents: number): WaitEstimate {
  const samples = recentSeconds.filter((s) => Number.isFinite(s) && s >= 0);
  if (samples.length < minSamples) return { seconds: defaultWaitSeconds, basis: 'default' };
  const sorted = [...samples].sort((a, b) => a - b);
  const p75 = sorted[Math.min(sorted.length - 1, Math.ceil(0.75 * sorted.length) - 1)]!;
  const load = Math.max(1, (waitingAhead + 1) / Math.max(1, onlineAgents));
  return { seconds: Math.max(60, Math.ceil((p75 * load) / 60) * 60), basis: 'recent_acceptances' };
}
