import type { ConversationStatus, Message } from './types.ts';

/** What the server sends an agent's console over `/v1/ws`. */
export type ServerFrame =
  | { type: 'ready'; role: 'agent'; agentId: string }
  | { type: 'pong' }
  | { type: 'offer'; offerId: string; handoffId: string; conversationId: string; expiresAt: string }
  | { type: 'offer_ended'; offerId: string; handoffId: string; status: 'accepted' | 'declined' | 'timed_out' | 'rescinded' }
  | { type: 'queue'; event: string; conversationId: string; handoffId?: string }
  | { type: 'subscribed'; conversationId: string; after: number }
  | { type: 'message'; conversationId: string; message: Message }
  | { type: 'status'; conversationId: string; status: ConversationStatus }
  | { type: 'error'; error: { id: string; message: string } };

const known = new Set(['ready', 'pong', 'offer', 'offer_ended', 'queue', 'subscribed', 'message', 'status', 'error']);

/**
 * Read one frame; `undefined` for anything that is not JSON or not a frame this console knows
 * (a newer server may send more kinds; they are ignored, not fatal).
 *
 * @example
 *   const frame = readFrame(event.data); // { type: 'queue', … }
 */
export function readFrame(data: unknown): ServerFrame | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const frame: unknown = JSON.parse(data);
    if (typeof frame !== 'object' || frame === null) return undefined;
    const type = (frame as { type?: unknown }).type;
    return typeof type === 'string' && known.has(type) ? (frame as ServerFrame) : undefined;
  } catch {
    return undefined;
  }
}
