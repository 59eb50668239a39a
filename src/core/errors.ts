/**
 * The one catalogue of domain errors. Every failure a client can see has a stable id from
 * this list; the HTTP edge (`src/http/errorHandler.ts`) maps ids to status codes in one place.
 *
 * @example
 *   throw new DomainError('handoff_not_pending', 'This handoff was already taken.');
 */
export const errorIds = {
  invalid_request: 'The request does not match the schema.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'Send JSON (Content-Type: application/json).',
  unauthenticated: 'Sign in first.',
  invalid_credentials: 'Email, workspace or password is wrong.',
  identity_unverified: 'The customer identity signature does not match.',
  forbidden: 'You may not do this.',
  origin_refused: 'This origin may not open an agent connection.',
  not_found: 'No such resource.',
  conversation_resolved: 'The conversation is resolved; start a new one.',
  conversation_not_with_agent: 'The conversation is not assigned to you.',
  handoff_not_pending: 'The handoff is no longer waiting for an agent.',
  offer_not_pending: 'The offer was already answered, timed out or withdrawn.',
  over_capacity: 'You already hold as many conversations as your capacity allows.',
  join_failed: 'Joining the conversation failed; the offer was withdrawn and the customer is back in the queue.',
  invalid_transition: 'That change is not allowed from the current state.',
  conflict: 'Someone else changed this at the same time; try again.',
  invalid_templates: 'The message templates are not valid.',
  consent_required: 'The customer must say yes explicitly before Baton contacts them another way.',
  contact_unavailable: 'This way of continuing is not offered here.',
  invalid_business_hours: 'The business hours are not valid.',
  conversation_not_resolved: 'The conversation is not resolved yet; ask for feedback after it is.',
  csat_already_given: 'This conversation already has the customer\'s rating.',
  rate_limited: 'Too many requests; slow down.',
  internal: 'Something went wrong on our side.',
} as const;

/** A stable, documented error id. */
export type ErrorId = keyof typeof errorIds;

/** An error the core raises on purpose; its `id` is part of the public API. */
export class DomainError extends Error {
  constructor(
    readonly id: ErrorId,
    message: string = errorIds[id],
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
