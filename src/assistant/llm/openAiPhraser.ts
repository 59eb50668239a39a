import type { LlmConfig } from '../../core/config.ts';
import { circuitBreaker } from './circuitBreaker.ts';
import { answerPrompt, intentPrompt, maxAnswerLength, maxIntentLength, type PhrasingPrompt } from './phrasingPrompts.ts';
import { restorePlaceholders } from './redactForPrompt.ts';
import { requestChatCompletion } from './requestChatCompletion.ts';
import type { Phraser } from './types.ts';
import { vetPhrasing } from './vetPhrasing.ts';

/** Adapters and tuning for `openAiPhraser`; every field has a default. */
export interface OpenAiPhraserOptions {
  fetch?: typeof fetch;
  /**
   * Told why a draft was kept: 'timeout', 'connection_refused', 'http_429', 'bad_json',
   * 'no_content', 'invented_number', 'markup', 'circuit_open'… Never secrets or prompt text.
   */
  onError?: (reason: string) => void;
  /** Milliseconds, for the circuit breaker (default `performance.now`). */
  now?: () => number;
  /** Consecutive provider failures that open the circuit (default 3). */
  failureThreshold?: number;
  /** How long an open circuit skips the provider (default 30 s). */
  coolDownMs?: number;
}

/**
 * A `Phraser` over any OpenAI-compatible chat-completions endpoint. Every prompt is redacted
 * (P2); every reply is vetted as untrusted text (S4) and replaced by the draft when it fails.
 * Provider failures (timeout, network, non-2xx, bad JSON, no content) count towards a circuit
 * breaker; a refused reply does not, since the provider did answer.
 *
 * @example
 *   const phraser = config.llm ? openAiPhraser(config.llm, { onError: (reason) => log.warn({ reason }, 'llm draft kept') }) : builtInPhraser;
 */
export function openAiPhraser(config: LlmConfig, options: OpenAiPhraserOptions = {}): Phraser {
  const fetchFn = options.fetch ?? fetch;
  const breaker = circuitBreaker({
    failureThreshold: options.failureThreshold ?? 3,
    coolDownMs: options.coolDownMs ?? 30_000,
    now: options.now ?? (() => performance.now()),
  });
  const report = (reason: string): void => {
    try {
      options.onError?.(reason);
    } catch {
      // A failing logger must not turn a kept draft into a failed turn.
    }
  };
  const phrase = async (draft: string, prompt: PhrasingPrompt, maxTokens: number, maxLength: number, oneLine: boolean): Promise<string> => {
    if (!breaker.allow()) {
      report('circuit_open');
      return draft;
    }
    const result = await requestChatCompletion(config, prompt.messages, maxTokens, fetchFn);
    if (!result.ok) {
      breaker.failed(result.retryAfterMs);
      report(result.reason);
      return draft;
    }
    breaker.succeeded();
    const vetted = vetPhrasing(result.content, { sources: prompt.sources, vault: prompt.vault, maxLength, oneLine });
    const phrased = vetted.ok ? restorePlaceholders(vetted.text, prompt.vault) : undefined;
    if (phrased === undefined || phrased.length > maxLength) {
      report(vetted.ok ? 'too_long' : vetted.reason);
      return draft;
    }
    return phrased;
  };
  const safely = async (draft: string, run: () => Promise<string>): Promise<string> => {
    try {
      return await run();
    } catch {
      report('internal_error');
      return draft;
    }
  };
  return {
    phraseAnswer: (input) => safely(input.draft, () => phrase(input.draft, answerPrompt(input), 400, maxAnswerLength, false)),
    phraseIntent: (input) => safely(input.draft, () => phrase(input.draft, intentPrompt(input), 80, maxIntentLength, true)),
  };
}
