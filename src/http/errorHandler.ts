import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError, errorIds, type ErrorId } from '../core/errors.ts';

/** The one place that turns an error id into an HTTP status. */
export const statusOf: Record<ErrorId, number> = {
  invalid_request: 400,
  offer_not_pending: 409,
  over_capacity: 409,
  join_failed: 409,
  invalid_templates: 400,
  invalid_business_hours: 400,
  consent_required: 422,
  contact_unavailable: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  identity_unverified: 401,
  forbidden: 403,
  origin_refused: 403,
  not_found: 404,
  conversation_resolved: 409,
  conversation_not_with_agent: 409,
  handoff_not_pending: 409,
  invalid_transition: 409,
  conflict: 409,
  conversation_not_resolved: 409,
  csat_already_given: 409,
  rate_limited: 429,
  internal: 500,
};

/** The body of every error response: `{ error: { id, message, details? } }`. */
export function errorBody(id: ErrorId, message: string = errorIds[id], details?: unknown) {
  return { error: { id, message, ...(details === undefined ? {} : { details }) } };
}

/**
 * Install the error and not-found handlers: domain errors keep their id, schema failures
 * become `invalid_request` with the failing paths, body-size and media-type failures keep
 * their own ids, and anything unexpected is logged and answered as `internal`.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(errorBody('not_found', 'No such route.')));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return reply.code(statusOf[error.id]).send(errorBody(error.id, error.message, error.details));
    }
    if (error.validation) {
      const details = error.validation.map((v) => ({
        path: `${error.validationContext}${v.instancePath}`,
        rule: v.keyword,
        message: v.message,
        ...(v.params && Object.keys(v.params).length > 0 && { params: v.params }),
      }));
      return reply.code(400).send(errorBody('invalid_request', error.message, details));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorBody('payload_too_large'));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send(errorBody('unsupported_media_type'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, prototype-poisoned bodies, empty bodies with a JSON content type.
      return reply.code(400).send(errorBody('invalid_request', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(errorBody('internal'));
  });
}
