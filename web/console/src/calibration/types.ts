/**
 * The calibration list as `GET /v1/agent/calibration` answers it. Types only, from the
 * server's own definitions (the console never bundles the server's code): on the wire a
 * review's `updatedAt` is an ISO string.
 */
import type { Review, ReviewItem, ReviewKind, ReviewMark } from '../../../../src/metrics/calibration/types.ts';

export type { ReviewKind, ReviewMark };

/** A reviewer's mark and note, as JSON. */
export type CalibrationReview = Omit<Review, 'updatedAt'> & { updatedAt: string };

/** One item of the list, as JSON: a handoff listed for one reason, with its review or null. */
export type CalibrationItem = Omit<ReviewItem, 'review'> & { review: CalibrationReview | null };

/** Which items to show by review state. */
export type ReviewFilter = 'all' | 'open' | 'reviewed';
