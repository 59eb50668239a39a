/**
 * One warm handoff's promise: the wait quoted in the warm message and the wait it had.
 *
 * @example
 *   const promise: WaitPromise = { handoffId, teamId, createdAt, quotedWaitSeconds: 120, actualWaitSeconds: 45, kept: true, requotes: 1 };
 */
export interface WaitPromise {
  handoffId: string;
  teamId: string | null;
  createdAt: Date;
  quotedWaitSeconds: number;
  /** Escalation to accept; for a handoff closed unassigned, to its close; null while it waits. */
  actualWaitSeconds: number | null;
  /** Accepted within the quote; false when accepted later or closed unassigned; null while it waits. */
  kept: boolean | null;
  /** Changed estimates pushed to the customer while they waited. */
  requotes: number;
}

/** How well the quoted waits held over a set of handoffs. */
export interface WaitPromiseSummary {
  quoted: number;
  /** Handoffs with an outcome (accepted or closed). */
  settled: number;
  kept: number;
  /** kept / settled, 0–1; null with nothing settled. */
  keptShare: number | null;
  /** Median of quote / actual over settled handoffs (above 1: quotes too long; below 1: too short). */
  quoteToActualP50: number | null;
  stillWaiting: number;
}

/**
 * Summarise quotes against actual waits: the share of promises kept and how long the quotes
 * ran against the real waits. Pure.
 *
 * @example
 *   summarizeWaitPromises([{ quotedWaitSeconds: 120, actualWaitSeconds: 60, kept: true, … }])
 *   // { quoted: 1, settled: 1, kept: 1, keptShare: 1, quoteToActualP50: 2, stillWaiting: 0 }
 */
export function summarizeWaitPromises(promises: readonly WaitPromise[]): WaitPromiseSummary {
  const settled = promises.filter((p) => p.kept !== null);
  const kept = settled.filter((p) => p.kept).length;
  const ratios = promises
    .filter((p) => p.kept !== null && p.actualWaitSeconds !== null && p.actualWaitSeconds > 0)
    .map((p) => p.quotedWaitSeconds / p.actualWaitSeconds!)
    .sort((a, b) => a - b);
  return {
    quoted: promises.length,
    settled: settled.length,
    kept,
    keptShare: settled.length ? kept / settled.length : null,
    quoteToActualP50: ratios.length ? median(ratios) : null,
    stillWaiting: promises.length - settled.length,
  };
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
