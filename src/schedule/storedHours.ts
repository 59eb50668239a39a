import { alwaysOpen, type BusinessHours } from './businessHours.ts';
import { parseBusinessHours } from './parseBusinessHours.ts';

/**
 * A team's hours as stored: none (null) is always open, and hours that no longer parse (an
 * older shape) count as always open rather than closing the team.
 *
 * @example
 *   storedHours(null) // alwaysOpen
 */
export function storedHours(stored: unknown): BusinessHours {
  if (stored === null || stored === undefined) return alwaysOpen;
  const parsed = parseBusinessHours(stored);
  return parsed.ok ? parsed.hours : alwaysOpen;
}
