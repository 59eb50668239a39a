import { noteServerDate } from './serverClock.ts';

/** An error answered by the API: its stable id and a message fit to show a person. */
export class ApiError extends Error {
  constructor(
    readonly id: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const signedOutListeners = new Set<() => void>();

/**
 * Be told when any call answers 401: the session ended (signed out elsewhere, expired).
 * Returns the function that stops listening.
 *
 * @example
 *   useEffect(() => onSignedOut(() => setAgent(null)), []);
 */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/**
 * Call Baton's API on the same origin with the session cookie. JSON in and out; a 4xx/5xx
 * answer becomes an `ApiError` carrying the server's `{error:{id,message}}`, a network
 * failure an `ApiError` with id `network`.
 *
 * @example
 *   const { agent } = await request<{ agent: Agent }>('GET', '/v1/agent/me');
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('network', 'Baton cannot be reached. Check your connection and try again.', 0);
  }
  noteServerDate(response.headers.get('date'));
  if (response.status === 401 && path !== '/v1/agent/session') for (const listener of signedOutListeners) listener();
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (data as { error?: { id?: unknown; message?: unknown } } | undefined)?.error;
    throw new ApiError(
      typeof error?.id === 'string' ? error.id : 'http_' + response.status,
      typeof error?.message === 'string' ? error.message : `The request failed (HTTP ${response.status}).`,
      response.status,
    );
  }
  return data as T;
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
