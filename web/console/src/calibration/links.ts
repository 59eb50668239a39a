import type { ReviewKind } from './types.ts';

export type { ReviewKind };

/** The reasons an item is listed, in the order the page shows them. */
export const reviewKinds: readonly ReviewKind[] = ['assistant_could_have_handled', 'missed_sentiment', 'ignored_context'];

/** A UUID, the only kind of id that reaches an address. */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a word is one of the reasons an item is listed.
 *
 * @example
 *   isReviewKind('missed_sentiment') // true
 */
export function isReviewKind(word: string): word is ReviewKind {
  return (reviewKinds as readonly string[]).includes(word);
}

/**
 * The console address of one calibration item, only for a handoff id that is a UUID and a
 * known reason (nothing else reaches an href), or undefined.
 *
 * @example
 *   calibrationHash('0b6c…', 'missed_sentiment') // '#/calibration/0b6c…/missed_sentiment'
 */
export function calibrationHash(handoffId: string, kind: string): string | undefined {
  return uuidPattern.test(handoffId) && isReviewKind(kind) ? `#/calibration/${handoffId}/${kind}` : undefined;
}
