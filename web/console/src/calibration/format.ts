import type { ReviewFilter, ReviewKind, ReviewMark } from './types.ts';

/** Why an item is listed, in the support team's words. */
export const kindLabels: Record<ReviewKind, string> = {
  assistant_could_have_handled: 'Assistant could have handled',
  missed_sentiment: 'Sentiment missed',
  ignored_context: 'Context ignored',
};

/** A reviewer's mark, as a word. */
export const markLabels: Record<ReviewMark, string> = {
  agree: 'Agree',
  disagree: 'Disagree',
  unsure: 'Unsure',
};

/** The review-state filter's choices. */
export const reviewFilterLabels: Record<ReviewFilter, string> = {
  all: 'All',
  open: 'Not reviewed',
  reviewed: 'Reviewed',
};

/** The longest note a reviewer may write (the API refuses more). */
export const noteLimit = 2000;

const whenFormat = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * A handoff's local date and time, short: "Nov 17, 14:05".
 *
 * @example
 *   when(item.at)
 */
export function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : whenFormat.format(date);
}
