import type { Session, Unsent } from './types.ts';

type Area = 'localStorage' | 'sessionStorage';
const keyOf = (workspace: string) => `baton:${workspace}`;
const unsentKeyOf = (workspace: string) => `baton:${workspace}:unsent`;

/** Storage that is blocked or holds something unreadable reads as undefined. */
function read(area: Area, key: string): unknown {
  try {
    return JSON.parse(globalThis[area].getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Store `value` as JSON, or remove the key when it is undefined; blocked storage is ignored. */
function write(area: Area, key: string, value: unknown): void {
  try {
    if (value === undefined) globalThis[area].removeItem(key);
    else globalThis[area].setItem(key, JSON.stringify(value));
  } catch {
    // Storage blocked (private mode, sandbox): it lasts as long as the page.
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The stored way back into this browser's conversation, if any.
 *
 * @example
 *   loadSession('demo') // { conversationId: '…', customerToken: '…', verified: false } or undefined
 */
export function loadSession(workspace: string): Session | undefined {
  const { conversationId, customerToken, verified } = (read('localStorage', keyOf(workspace)) ?? {}) as Record<string, unknown>;
  return isText(conversationId) && isText(customerToken) ? { conversationId, customerToken, verified: verified === true } : undefined;
}

/**
 * Remember the conversation id, its token and whether a signed-in customer started it (nothing
 * else) under `baton:<workspace>`. `verified` is written only when true; absent reads as false.
 */
export function saveSession(workspace: string, { conversationId, customerToken, verified }: Session): void {
  write('localStorage', keyOf(workspace), { conversationId, customerToken, ...(verified && { verified }) });
}

/** Forget the stored conversation (it ended, or its token no longer opens it) and this tab's unsent messages. */
export function forgetSession(workspace: string): void {
  write('localStorage', keyOf(workspace), undefined);
  write('sessionStorage', unsentKeyOf(workspace), undefined);
}

/** This tab's messages not yet confirmed by the server, oldest first (`baton:<workspace>:unsent`). */
export function loadUnsent(workspace: string): Unsent[] {
  const value = read('sessionStorage', unsentKeyOf(workspace));
  return Array.isArray(value) ? value.filter((m: Partial<Unsent>) => isText(m?.clientMessageId) && isText(m.body)) : [];
}

/** Keep exactly these unsent messages (id and text only) for this tab; none removes the key. */
export function saveUnsent(workspace: string, messages: readonly Unsent[]): void {
  write('sessionStorage', unsentKeyOf(workspace), messages.length ? messages.map(({ clientMessageId, body }) => ({ clientMessageId, body })) : undefined);
}
