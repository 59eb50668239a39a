import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Ids } from './ports.ts';

/** Ids from the operating system's random source. */
export const cryptoIds: Ids = {
  uuid: () => randomUUID(),
  token: () => randomBytes(32).toString('base64url'),
};

/** The form in which a bearer token is stored: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The signature a host site sends with a customer's external id (HMAC-SHA256, hex), so a
 * visitor cannot claim to be another customer.
 *
 * @example
 *   signExternalId(workspaceSecret, 'CUST-29441') // '5f1c…'
 */
export function signExternalId(secret: string, externalId: string): string {
  return createHmac('sha256', secret).update(externalId).digest('hex');
}

/** Compare two strings in time independent of where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
