import type { Session } from './types.ts';

const keyOf = (workspace: string) => `baton:${workspace}`;

/**
 * The stored way back into this browser's conversation, if any. Storage that is blocked or
 * holds something else reads as nothing.
 *
 * @example
 *   loadSession('demo') // { conversationId: '…', customerToken: '…' } or undefined
 */
export function loadSession(workspace: string): Session | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(keyOf(workspace)) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { conversationId, customerToken } = value as Record<string, unknown>;
    return typeof conversationId === 'string' && typeof customerToken === 'string' ? { conversationId, customerToken } : undefined;
  } catch {
    return undefined;
  }
}

/** Remember the conversation id and its token (and nothing else) under `baton:<workspace>`. */
export function saveSession(workspace: string, session: Session): void {
  try {
    localStorage.setItem(keyOf(workspace), JSON.stringify({ conversationId: session.conversationId, customerToken: session.customerToken }));
  } catch {
    // Storage blocked (private mode, sandbox): the conversation lasts as long as the page.
  }
}

/** Forget the stored conversation (it ended, or its token no longer opens it). */
export function forgetSession(workspace: string): void {
  try {
    localStorage.removeItem(keyOf(workspace));
  } catch {
    // Nothing stored, or storage blocked.
  }
}
