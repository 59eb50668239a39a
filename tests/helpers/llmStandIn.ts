import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The body of a chat-completions request, as the stand-in parsed it. */
export interface ChatCompletionRequest {
  model: string;
  /** Content is a string, or an array of parts in the newer form. */
  messages: { role: string; content: string | unknown[] }[];
  temperature?: number;
  max_tokens?: number;
  [field: string]: unknown;
}

/** One request as it arrived: the raw body is what a PII test should search. */
export interface RecordedLlmRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The parsed body when it was valid JSON. */
  json?: unknown;
}

/**
 * How the stand-in answers. `delayMs` waits before answering (any kind).
 * - `reply`: a chat completion whose content is the text, or a function of the request.
 * - `status`: that HTTP status with an OpenAI error body (500, 401, 429 with `retryAfterSeconds`…).
 * - `raw`: status 200 (or `status`) with exactly this body, e.g. a completion without choices.
 * - `bad_json`: 200 with a body that is not JSON.
 * - `hang`: never answers; `drop`: destroys the connection without answering.
 */
export type LlmStandInBehaviour = { delayMs?: number } & (
  | { kind: 'reply'; content: string | ((request: ChatCompletionRequest) => string) }
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'raw'; body: string; status?: number }
  | { kind: 'bad_json' }
  | { kind: 'hang' }
  | { kind: 'drop' }
);

/** A running stand-in. */
export interface LlmStandIn {
  /** Base URL ending in /v1, as `BATON_LLM_URL` takes it. */
  url: string;
  /** The behaviour for every request from now on (after any queued ones). */
  setBehaviour(behaviour: LlmStandInBehaviour): void;
  /** One-shot behaviours, used in order by the next requests before the default one. */
  enqueue(...behaviours: LlmStandInBehaviour[]): void;
  /** Every request received, in order, including refused ones. */
  requests: RecordedLlmRequest[];
  close(): Promise<void>;
}

/** Options: `apiKey` makes the stand-in answer 401 unless `Authorization: Bearer <apiKey>`. */
export interface LlmStandInOptions {
  apiKey?: string;
  behaviour?: LlmStandInBehaviour;
}

/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) speaking OpenAI's `POST /v1/chat/completions`:
 * validates `model` and `messages` (400 otherwise), records each request, and answers as told.
 * For tests only; the default behaviour replies "OK".
 *
 * @example
 *   const llm = await startLlmStandIn();
 *   llm.setBehaviour({ kind: 'reply', content: (request) => request.messages.at(-1)!.content });
 *   const phraser = openAiPhraser({ baseUrl: llm.url, model: 'stand-in', timeoutMs: 200 });
 *   await llm.close();
 */
export async function startLlmStandIn(options: LlmStandInOptions = {}): Promise<LlmStandIn> {
  let behaviour: LlmStandInBehaviour = options.behaviour ?? { kind: 'reply', content: 'OK' };
  const queue: LlmStandInBehaviour[] = [];
  const requests: RecordedLlmRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let served = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedLlmRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json: parseJson(body) };
      requests.push(recorded);
      const current = queue.shift() ?? behaviour;
      const answer = (): void => respond(req, res, recorded, current, options.apiKey, ++served);
      if (!current.delayMs) return answer();
      const timer = setTimeout(() => (timers.delete(timer), answer()), current.delayMs);
      timers.add(timer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    setBehaviour: (next) => void (behaviour = next),
    enqueue: (...next) => void queue.push(...next),
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function respond(req: IncomingMessage, res: ServerResponse, recorded: RecordedLlmRequest, behaviour: LlmStandInBehaviour, apiKey: string | undefined, served: number): void {
  if (res.destroyed || res.writableEnded) return;
  if (behaviour.kind === 'hang') return;
  if (behaviour.kind === 'drop') return void req.socket.destroy();
  if (req.method !== 'POST' || recorded.path.split('?')[0] !== '/v1/chat/completions') return sendError(res, 404, 'Unknown route', 'not_found');
  if (apiKey !== undefined && req.headers.authorization !== `Bearer ${apiKey}`) return sendError(res, 401, 'Incorrect API key provided', 'invalid_api_key');
  const problem = invalidRequest(recorded.json);
  if (problem) return sendError(res, 400, problem, 'invalid_request_error');
  const request = recorded.json as ChatCompletionRequest;
  switch (behaviour.kind) {
    case 'status':
      if (behaviour.retryAfterSeconds !== undefined) res.setHeader('retry-after', String(behaviour.retryAfterSeconds));
      return sendError(res, behaviour.status, `Stand-in answered ${behaviour.status}`, behaviour.status === 429 ? 'rate_limit_exceeded' : 'server_error');
    case 'raw':
      return send(res, behaviour.status ?? 200, behaviour.body);
    case 'bad_json':
      return send(res, 200, '{"id": "chatcmpl-broken", "choices": [');
    case 'reply': {
      let content: string;
      try {
        content = typeof behaviour.content === 'function' ? behaviour.content(request) : behaviour.content;
      } catch {
        return sendError(res, 500, 'The reply function threw', 'server_error');
      }
      const promptChars = request.messages.reduce((sum, m) => sum + JSON.stringify(m.content).length, 0);
      return send(res, 200, JSON.stringify({
        id: `chatcmpl-standin-${served}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: request.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: Math.ceil(promptChars / 4), completion_tokens: Math.ceil(content.length / 4), total_tokens: Math.ceil(promptChars / 4) + Math.ceil(content.length / 4) },
      }));
    }
  }
}

/** What is wrong with a chat-completions body, as OpenAI would refuse it; undefined when fine. */
function invalidRequest(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'The body must be a JSON object.';
  const { model, messages } = json as { model?: unknown; messages?: unknown };
  if (typeof model !== 'string' || model === '') return "'model' must be a non-empty string.";
  if (!Array.isArray(messages) || messages.length === 0) return "'messages' must be a non-empty array.";
  const roles = ['system', 'developer', 'user', 'assistant', 'tool'];
  for (const [i, m] of messages.entries()) {
    const { role, content } = (m ?? {}) as { role?: unknown; content?: unknown };
    if (typeof role !== 'string' || !roles.includes(role)) return `'messages.${i}.role' must be one of ${roles.join(', ')}.`;
    if (typeof content !== 'string' && !Array.isArray(content)) return `'messages.${i}.content' must be a string or an array of parts.`;
  }
  return undefined;
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  send(res, status, JSON.stringify({ error: { message, type: code === 'invalid_request_error' ? code : 'api_error', param: null, code } }));
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(body);
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
