/**
 * A wait as `mm:ss` (minutes keep counting past an hour), or an em dash when nobody waits.
 *
 * @example
 *   formatWait(65)   // '01:05'
 *   formatWait(3725) // '62:05'
 *   formatWait(null) // '—'
 */
export function formatWait(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  const whole = Math.max(0, Math.floor(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

/**
 * The same wait as an ISO 8601 duration, for `<time dateTime>`.
 *
 * @example
 *   waitDuration(65) // 'PT65S'
 */
export function waitDuration(seconds: number | null): string | undefined {
  return seconds === null ? undefined : `PT${Math.max(0, Math.floor(seconds))}S`;
}
