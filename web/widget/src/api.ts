import type { Conversation, Csat, CustomerIdentity, Message, Session, WaitingState } from './types.ts';

/**
 * A failed call. `status` 0 means the request never got an answer (offline, server down):
 * worth retrying with the same client message id. Otherwise `id` and `message` are the
 * server's `{ error: { id, message } }`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True when trying again later may succeed (no answer, a server fault, too many requests). */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/** A way to continue the customer agreed to, as the continuation route takes it. */
export type ContinuationRequest = { kind: 'email'; consent: true; email?: string } | { kind: 'callback'; consent: true; phone: string; preferredTime?: string };

/** What starting (or resuming) a conversation answers. */
export interface Started {
  conversation: Conversation;
  customerToken: string;
  resumed: boolean;
}

/**
 * The customer's HTTP API against one Baton origin. Every call but `start` carries the
 * conversation's bearer token; no cookies are sent.
 *
 * @example
 *   const api = customerApi('https://baton.example');
 *   const { messages } = await api.messages(session, 0);
 */
export function customerApi(origin: string) {
  const call = async <T>(method: string, path: string, session?: Session, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = {};
    if (session) headers.authorization = `Bearer ${session.customerToken}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(origin + path, { method, headers, credentials: 'omit', ...(body !== undefined && { body: JSON.stringify(body) }) });
    } catch {
      throw new ApiError(0, 'network', 'No connection.');
    }
    const data: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (data as { error?: { id?: unknown; message?: unknown } } | undefined)?.error;
      throw new ApiError(response.status, typeof error?.id === 'string' ? error.id : 'http_' + response.status, typeof error?.message === 'string' ? error.message : 'Something went wrong.');
    }
    return data as T;
  };
  const of = (session: Session, rest = '') => `/v1/conversations/${encodeURIComponent(session.conversationId)}${rest}`;

  return {
    start: (workspace: string, customer?: CustomerIdentity) => call<Started>('POST', '/v1/conversations', undefined, { workspace, channel: 'chat', ...(customer && { customer }) }),
    conversation: (session: Session) => call<Conversation>('GET', of(session), session),
    messages: (session: Session, after: number) => call<{ messages: Message[] }>('GET', of(session, `/messages?after=${after}&limit=100`), session),
    send: (session: Session, body: string, clientMessageId: string) =>
      call<{ message: Message; created: boolean; replies: Message[] }>('POST', of(session, '/messages'), session, { body, clientMessageId }),
    waiting: (session: Session) => call<{ waiting: WaitingState | null }>('GET', of(session, '/waiting'), session),
    continueBy: (session: Session, request: ContinuationRequest) => call<unknown>('POST', of(session, '/continuation'), session, request),
    csat: (session: Session) => call<{ csat: Csat | null }>('GET', of(session, '/csat'), session),
    end: (session: Session) => call<{ conversation: Conversation }>('POST', of(session, '/end'), session, {}),
    rate: (session: Session, score: number, comment?: string) => call<{ csat: Csat }>('POST', of(session, '/csat'), session, { score, ...(comment && { comment }) }),
  };
}

/** The customer API bound to one origin. */
export type CustomerApi = ReturnType<typeof customerApi>;
