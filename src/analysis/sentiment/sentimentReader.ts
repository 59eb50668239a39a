import { readText, type TextReading } from './turnSignals.ts';
import type { SentimentScorer } from './types.ts';

/** Reads a customer text's lexicon score and text-only frustration signals. */
export type SentimentReader = (text: string) => TextReading;

/**
 * A reader that reads each distinct text once (lexicon score, content words, text-only
 * signals) and remembers it, for one conversation: every turn re-judges the recent window, and
 * without it each earlier turn would be scored and tokenised again. Holds at most `capacity`
 * texts; past that it starts again, which costs one re-read of the window.
 *
 * @example
 *   const read = sentimentReader(analyzers.sentiment);
 *   assessSentiment(turns, analyzers.sentiment, 'normal', 0, read);
 */
export function sentimentReader(score: SentimentScorer, capacity = 200): SentimentReader {
  const readings = new Map<string, TextReading>();
  return (text) => {
    let reading = readings.get(text);
    if (reading === undefined) {
      if (readings.size >= capacity) readings.clear();
      readings.set(text, (reading = readText(text, safeScore(score, text))));
    }
    return reading;
  };
}

/**
 * The lexicon score of a text, clamped to -1..1; 0 when the scorer fails or answers nonsense.
 *
 * @example
 *   safeScore(() => NaN, 'hello') // 0
 */
export function safeScore(score: SentimentScorer, text: string): number {
  try {
    const value = score(text.slice(0, 4000));
    return Number.isFinite(value) ? Math.max(-1, Math.min(1, value)) : 0;
  } catch {
    return 0;
  }
}
