/** An error answered by the API: its stable id, a message fit to show, and any details. */
export class SupervisorHttpError extends Error {
  constructor(
    readonly id: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'SupervisorHttpError';
  }
}

/**
 * Call Baton's API on the same origin with the session cookie, JSON in and out. A 4xx/5xx
 * answer throws a `SupervisorHttpError` carrying the server's `{error:{id,message,details}}`;
 * a network failure one with id `network`.
 *
 * @example
 *   const { policy } = await supervisorFetch<{ policy: EscalationPolicy }>('GET', '/v1/agent/policy');
 */
export async function supervisorFetch<T>(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new SupervisorHttpError('network', 'Baton cannot be reached. Check your connection and try again.', 0);
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (data as { error?: { id?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
    throw new SupervisorHttpError(
      typeof error?.id === 'string' ? error.id : `http_${response.status}`,
      typeof error?.message === 'string' ? error.message : `The request failed (HTTP ${response.status}).`,
      response.status,
      error?.details,
    );
  }
  return data as T;
}

/** The message to show for any thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
