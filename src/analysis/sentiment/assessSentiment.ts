import { safeScore, type SentimentReader } from './sentimentReader.ts';
import { readText, signalsAt, type TextReading, type WeightedSignal } from './turnSignals.ts';
import type { SentimentReading, SentimentScorer, SentimentSignal, SentimentTag, Turn } from './types.ts';

/** How readily frustration is called: a team's dial, part of the escalation policy. */
export type Sensitivity = 'low' | 'normal' | 'high';

const thresholds: Record<Sensitivity, { frustrated: number; upset: number }> = {
  low: { frustrated: 3, upset: 5.5 },
  normal: { frustrated: 2, upset: 4 },
  high: { frustrated: 1.25, upset: 3 },
};
/** Each turn keeps this share of the frustration built up before it. */
const carryOver = 0.6;

/**
 * Judge how the customer feels over the whole conversation, not one message: signals from
 * every customer turn (phrases, insults, profanity, shouting, short negative replies after
 * an answer, the same question again, negative language) add up with decay, and a falling
 * sentiment trajectory adds to them. The tag is the level against the sensitivity's thresholds.
 *
 * `firstTurn` is the index of `turns[0]` in the whole conversation, when only a recent window
 * is passed. `read`, when given, is a `sentimentReader(score)` kept for the conversation, so a
 * text judged on an earlier turn is not scored and tokenised again; the result is the same.
 *
 * @example
 *   assessSentiment([{ role: 'customer', text: 'where is my refund' }, { role: 'bot', text: '…' },
 *     { role: 'customer', text: 'no' }, { role: 'bot', text: '…' }, { role: 'customer', text: 'WHERE IS MY REFUND' }], score)
 *   // { tag: 'frustrated', signals: [short_negative_reply, shouting, repeated_question], ... }
 */
export function assessSentiment(
  turns: readonly Turn[],
  score: SentimentScorer,
  sensitivity: Sensitivity = 'normal',
  firstTurn = 0,
  read: SentimentReader = (text) => readText(text, safeScore(score, text)),
): SentimentReading {
  const signals: SentimentSignal[] = [];
  const scores: number[] = [];
  const earlierQuestions: TextReading['words'][] = [];
  let level = 0;
  let upsetSignal = false;
  const found: WeightedSignal[] = [];
  for (let index = 0; index < turns.length; index++) {
    const turn = turns[index]!;
    if (turn.role !== 'customer') continue;
    const reading = read(turn.text);
    const previous = turns[index - 1];
    found.length = 0;
    signalsAt(reading, { turn: firstTurn + index, afterReply: previous !== undefined && previous.role !== 'customer', earlierQuestions }, found);
    scores.push(reading.score);
    if (falling(scores)) found.push({ signal: 'falling_trajectory', turn: firstTurn + index, evidence: scores.slice(-3).map((s) => s.toFixed(2)).join(' → '), weight: 1 });
    let weight = 0;
    for (let i = 0; i < found.length; i++) {
      const s = found[i]!;
      weight += s.weight;
      upsetSignal ||= s.signal === 'insult';
      signals.push({ signal: s.signal, turn: s.turn, evidence: s.evidence });
    }
    level = level * carryOver + weight;
    if (reading.score > 0.3 && found.length === 0) level *= 0.5;
    earlierQuestions.push(reading.words);
  }
  const limits = thresholds[sensitivity];
  const tag: SentimentTag = level >= limits.upset || (upsetSignal && level >= limits.frustrated + 2) ? 'upset' : level >= limits.frustrated ? 'frustrated' : 'neutral';
  return { tag, level: Math.round(level * 100) / 100, scores, signals };
}

/** Three customer turns in a row, each more negative than the last, ending below zero. */
function falling(scores: number[]): boolean {
  if (scores.length < 3) return false;
  const a = scores[scores.length - 3]!;
  const b = scores[scores.length - 2]!;
  const c = scores[scores.length - 1]!;
  return b < a && c < b && c < 0 && a - c >= 0.3;
}
