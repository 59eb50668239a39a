import { softmax } from './softmaxRegression.ts';

/**
 * The softmax temperature that minimises the negative log-likelihood of held-out examples
 * (Guo et al., 2017, "On Calibration of Modern Neural Networks"). A golden-section search on
 * log-temperature between 0.5 and 20; one number, so it cannot change which intent wins. The
 * floor keeps a small held-out set that happens to be all right from sharpening every answer,
 * out-of-scope ones included, to certainty.
 *
 * @example
 *   fitTemperature([Float64Array.of(9, 0), Float64Array.of(9, 0)], [0, 1]) // > 1: the scores were overconfident
 */
export function fitTemperature(scores: readonly Float64Array[], labels: readonly number[]): number {
  if (scores.length === 0) return 1;
  const loss = (logTemperature: number) => {
    const temperature = Math.exp(logTemperature);
    let total = 0;
    scores.forEach((row, i) => {
      total -= Math.log(Math.max(softmax(row, temperature)[labels[i]!]!, 1e-12));
    });
    return total;
  };
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(0.5);
  let high = Math.log(20);
  for (let i = 0; i < 40; i++) {
    const left = high - ratio * (high - low);
    const right = low + ratio * (high - low);
    if (loss(left) < loss(right)) high = right;
    else low = left;
  }
  return Math.exp((low + high) / 2);
}
