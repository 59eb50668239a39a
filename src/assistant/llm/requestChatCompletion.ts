import type { LlmConfig } from '../../core/config.ts';
import type { ChatMessage } from './phrasingPrompts.ts';

/** The model's text, or why there is none (a short reason without secrets or prompt text). */
export type ChatCompletionResult = { ok: true; content: string } | { ok: false; reason: string; retryAfterMs?: number };

// A reply is a few hundred tokens; anything far bigger is not a chat completion we asked for.
const maxResponseBytes = 256 * 1024;
const maxRetryAfterMs = 300_000;

/**
 * One `POST {baseUrl}/chat/completions` (OpenAI protocol), bounded by `config.timeoutMs` for
 * the whole exchange, body included. Never throws: timeouts, refused connections, non-2xx
 * answers, bad JSON and missing `choices[0].message.content` come back as a reason.
 *
 * @example
 *   const result = await requestChatCompletion(config, [{ role: 'user', content: 'Hi' }], 60, fetch);
 *   if (result.ok) console.log(result.content);
 */
export async function requestChatCompletion(config: LlmConfig, messages: ChatMessage[], maxTokens: number, fetchFn: typeof fetch): Promise<ChatCompletionResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  try {
    const response = await fetchFn(`${config.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: config.model, messages, temperature: 0.2, max_tokens: maxTokens }),
      signal: AbortSignal.timeout(config.timeoutMs),
      redirect: 'error',
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: `http_${response.status}`, retryAfterMs: retryAfter(response) };
    }
    if (Number(response.headers.get('content-length') ?? 0) > maxResponseBytes) return { ok: false, reason: 'response_too_large' };
    const body = await response.text();
    if (body.length > maxResponseBytes) return { ok: false, reason: 'response_too_large' };
    return contentOf(body);
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

function contentOf(body: string): ChatCompletionResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'bad_json' };
  }
  const content = (parsed as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
  return typeof content === 'string' ? { ok: true, content } : { ok: false, reason: 'no_content' };
}

// Only the delay-seconds form of Retry-After; an HTTP date falls back to the usual cool-down.
function retryAfter(response: Response): number | undefined {
  if (response.status !== 429 && response.status !== 503) return undefined;
  const seconds = Number(response.headers.get('retry-after'));
  return seconds > 0 ? Math.min(seconds * 1000, maxRetryAfterMs) : undefined;
}

function failureOf(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  const code = ((error as { cause?: { code?: unknown } } | null)?.cause?.code ?? '') as string;
  if (code === 'ECONNREFUSED') return 'connection_refused';
  return code ? `network_${String(code).toLowerCase()}` : 'network_error';
}
