/** How far the server's clock is ahead of this browser's, in milliseconds. */
let offsetMs = 0;

/**
 * Learn the server's clock from a response's `Date` header, so countdowns to server times
 * (offer expiry) are right even when this computer's clock is off. The header has whole
 * seconds, so offsets under two seconds are treated as noise.
 *
 * @example
 *   noteServerDate(response.headers.get('date'));
 */
export function noteServerDate(header: string | null): void {
  if (!header) return;
  const server = Date.parse(header);
  if (Number.isNaN(server)) return;
  const offset = server + 500 - Date.now();
  offsetMs = Math.abs(offset) > 2000 ? offset : 0;
}

/** Now, on the server's clock, in epoch milliseconds. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}
