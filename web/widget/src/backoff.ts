const firstDelayMs = 500;
const longestDelayMs = 10_000;

/**
 * How long to wait before reconnect attempt number `attempt` (0 first): 0.5 s doubling up to
 * 10 s, each ±20 % (never past 10 s) so that many widgets dropped at once do not return at
 * once. `random` is a number in [0, 1).
 *
 * @example
 *   reconnectDelay(0, 0.5) // 500
 *   reconnectDelay(9, 0.99) // 10000
 */
export function reconnectDelay(attempt: number, random: number): number {
  const base = Math.min(longestDelayMs, firstDelayMs * 2 ** Math.max(0, attempt));
  return Math.round(Math.min(longestDelayMs, base * (0.8 + 0.4 * random)));
}
