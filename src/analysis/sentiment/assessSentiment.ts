import { contentWords, turnSignals, type WeightedSignal } from './turnSignals.ts';
import type { SentimentReading, SentimentScorer, SentimentTag, Turn } from './types.ts';

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
 * is passed.
 *
 * @example
 *   assessSentiment([{ role: 'customer', text: 'where is my refund' }, { role: 'bot', text: '…' },
 *     { role: 'customer', text: 'no' }, { role: 'bot', text: '…' }, { role: 'customer', text: 'WHERE IS MY REFUND' }], score)
 *   // { tag: 'frustrated', signals: [short_negative_reply, shouting, repeated_question], ... }
 */
export function assessSentiment(turns: readonly Turn[], score: SentimentScorer, sensitivity: Sensitivity = 'normal', firstTurn = 0): SentimentReading {
  const signals: WeightedSignal[] = [];
  const scores: number[] = [];
  const earlierQuestions: Set<string>[] = [];
  let level = 0;
  let upsetSignal = false;
  turns.forEach((turn, index) => {
    if (turn.role !== 'customer') return;
    const turnScore = safeScore(score, turn.text);
    const previous = turns[index - 1];
    const found = turnSignals(turn.text, { turn: firstTurn + index, score: turnScore, afterReply: previous !== undefined && previous.role !== 'customer', earlierQuestions });
    scores.push(turnScore);
    if (falling(scores)) found.push({ signal: 'falling_trajectory', turn: firstTurn + index, evidence: scores.slice(-3).map((s) => s.toFixed(2)).join(' → '), weight: 1 });
    level = level * carryOver + found.reduce((sum, s) => sum + s.weight, 0);
    if (turnScore > 0.3 && found.length === 0) level *= 0.5;
    upsetSignal ||= found.some((s) => s.signal === 'insult');
    signals.push(...found);
    earlierQuestions.push(contentWords(turn.text));
  });
  const limits = thresholds[sensitivity];
  const tag: SentimentTag = level >= limits.upset || (upsetSignal && level >= limits.frustrated + 2) ? 'upset' : level >= limits.frustrated ? 'frustrated' : 'neutral';
  return { tag, level: Math.round(level * 100) / 100, scores, signals: signals.map(({ weight: _weight, ...s }) => s) };
}

/** Three customer turns in a row, each more negative than the last, ending below zero. */
function falling(scores: number[]): boolean {
  if (scores.length < 3) return false;
  const [a, b, c] = scores.slice(-3) as [number, number, number];
  return b < a && c < b && c < 0 && a - c >= 0.3;
}

function safeScore(score: SentimentScorer, text: string): number {
  try {
    const value = score(text.slice(0, 4000));
    return Number.isFinite(value) ? Math.max(-1, Math.min(1, value)) : 0;
  } catch {
    return 0;
  }
}
