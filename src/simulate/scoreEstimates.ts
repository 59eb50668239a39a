import { percentile } from './percentile.ts';
import type { HandoffOutcome } from './types.ts';
import type { WaitEstimator } from './waitEstimators.ts';

/** How well one estimator's quotes held in one run. */
export interface EstimatorScore {
  estimator: string;
  label: string;
  /** Handoffs quoted (an agent of the category was on shift at escalation). */
  quoted: number;
  /** Promises that could be judged: answered, or abandoned after the quote elapsed. */
  judged: number;
  /** Kept ÷ judged: answered within the quote. */
  keptShare: number | null;
  /** quote ÷ actual wait of the answered: above 1 over-promises time, below 1 under-promises. */
  ratioP50: number | null;
  ratioP90: number | null;
  /** Mean |quote − actual wait| over the answered, in seconds. */
  meanAbsoluteErrorSeconds: number | null;
  meanQuoteSeconds: number | null;
}

/** Waits shorter than this count as this for the ratio: an instant answer would divide by ~0. */
const minActualSeconds = 1;

/**
 * Score each estimator's quotes against the actual waits. A promise is kept when the
 * customer was accepted within the quote. A customer who left after the quote elapsed had
 * a broken promise; one who left before it elapsed is not judged (we cannot know whether it
 * would have held). Ratios and errors are over answered handoffs only.
 *
 * @example
 *   scoreEstimates(run.outcomes, run.estimators)
 *   // [{ estimator: 'baton', quoted: 4790, judged: 4712, keptShare: 0.93, ratioP50: 6.7, ratioP90: 30, … }, …]
 */
export function scoreEstimates(outcomes: readonly HandoffOutcome[], estimators: readonly Pick<WaitEstimator, 'id' | 'label'>[]): EstimatorScore[] {
  return estimators.map(({ id, label }) => {
    let quoted = 0;
    let judged = 0;
    let kept = 0;
    let quoteSum = 0;
    let errorSum = 0;
    const ratios: number[] = [];
    for (const outcome of outcomes) {
      const quote = outcome.quotes?.[id];
      if (quote === undefined) continue;
      quoted++;
      quoteSum += quote;
      if (outcome.waitSeconds !== undefined) {
        judged++;
        if (outcome.waitSeconds <= quote) kept++;
        ratios.push(quote / Math.max(minActualSeconds, outcome.waitSeconds));
        errorSum += Math.abs(quote - outcome.waitSeconds);
      } else if (outcome.abandonedAfterSeconds !== undefined && outcome.abandonedAfterSeconds > quote) judged++;
    }
    return {
      estimator: id,
      label,
      quoted,
      judged,
      keptShare: judged === 0 ? null : kept / judged,
      ratioP50: percentile(ratios, 0.5),
      ratioP90: percentile(ratios, 0.9),
      meanAbsoluteErrorSeconds: ratios.length === 0 ? null : errorSum / ratios.length,
      meanQuoteSeconds: quoted === 0 ? null : quoteSum / quoted,
    };
  });
}
