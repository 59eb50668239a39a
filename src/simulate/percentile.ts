/**
 * The nearest-rank percentile (`p` from 0 to 1) of some numbers, or null when there are none.
 *
 * @example
 *   percentile([5, 1, 4, 2, 3], 0.5) // 3
 *   percentile([], 0.9)              // null
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
