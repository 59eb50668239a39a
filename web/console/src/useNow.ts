import { useEffect, useState } from 'react';
import { serverNow } from './serverClock.ts';

/**
 * The current time on the server's clock, refreshed every `everyMs`; for countdowns and
 * "waiting 3 min" labels.
 *
 * @example
 *   const now = useNow(1000);
 *   const secondsLeft = Math.ceil((Date.parse(offer.expiresAt) - now) / 1000);
 */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
