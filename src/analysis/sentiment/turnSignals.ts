import { frustrationPhrases, insults, positiveMarkers, profanity, shortNegativeReplies, stopWords } from './frustrationPatterns.ts';
import type { SentimentSignal } from './types.ts';

/** A signal seen in one customer turn, with its weight toward frustration. */
export interface WeightedSignal extends SentimentSignal {
  weight: number;
}

/** What `turnSignals` needs to know about the turns before this one. */
export interface TurnContext {
  /** Index of this turn in the conversation. */
  turn: number;
  /** Lexicon sentiment of this turn, -1..1. */
  score: number;
  /** Whether the assistant (or an agent) spoke just before this turn. */
  afterReply: boolean;
  /** Content words of the customer's earlier turns. */
  earlierQuestions: readonly Set<string>[];
}

const maxScanned = 4000;

/**
 * The frustration signals in one customer turn. Profanity and capitals count only when the
 * turn is not happy ("holy shit that was fast, thanks" and "THANK YOU" are not frustration).
 *
 * @example
 *   turnSignals('THIS IS RIDICULOUS!!!', { turn: 3, score: -0.6, afterReply: true, earlierQuestions: [] })
 *   // frustration_phrase, shouting, negative_language
 */
export function turnSignals(rawText: string, context: TurnContext): WeightedSignal[] {
  const text = rawText.length > maxScanned ? rawText.slice(0, maxScanned) : rawText;
  const { turn, score } = context;
  const signals: WeightedSignal[] = [];
  const add = (signal: SentimentSignal['signal'], evidence: string, weight: number) => signals.push({ signal, turn, evidence: evidence.slice(0, 120), weight });

  const phrase = frustrationPhrases.exec(text);
  if (phrase) add('frustration_phrase', phrase[0], 2);
  const insult = insults.exec(text);
  if (insult) add('insult', insult[0], 3);
  // Happy only without a complaint in the same turn ("thanks for nothing, this is useless").
  const happy = !phrase && !insult && (score > 0.2 || positiveMarkers.test(text));
  // One swear word alone stays below the frustrated threshold: it takes the turns around it.
  const swear = profanity.exec(text);
  if (swear && !happy) add('profanity', swear[0], insult ? 1 : 1.25);
  if (!happy) {
    const shout = shouting(text);
    if (shout) add('shouting', shout.evidence, shout.weight);
  }
  if (context.afterReply && shortNegativeReplies.test(text.trim())) add('short_negative_reply', text.trim(), 1.5);
  // The lexicon already scores a swear word as negative: count that once, as profanity,
  // unless the turn is far more negative than the word alone.
  const counted = signals.some((s) => s.signal === 'profanity');
  if (score <= -0.25 && (!counted || score <= -0.6)) add('negative_language', `sentiment ${score.toFixed(2)}`, score <= -0.5 ? 1.5 : 0.75);
  const repeated = repeatedQuestion(text, context.earlierQuestions);
  if (repeated) add('repeated_question', repeated, 1.5);
  return signals;
}

/** Content words of a text, for comparing questions. */
export function contentWords(text: string): Set<string> {
  const words = text.slice(0, maxScanned).toLowerCase().match(/\p{L}[\p{L}']+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !stopWords.has(w)).map((w) => w.replace(/(ing|ed|es|s)$/, '')));
}

/** Capitals (most words, at least six letters) and runs of "!!!" or "?!?": 1.5 for either, 2.5 for both. */
function shouting(text: string): { evidence: string; weight: number } | undefined {
  const marks = /[!?]{3,}/.exec(text);
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const upper = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase());
  const caps = words.length >= 2 && upper.length / words.length >= 0.6 && upper.join('').length >= 6;
  if (!caps && !marks) return undefined;
  const evidence = [caps ? upper.slice(0, 6).join(' ') : '', marks?.[0] ?? ''].filter(Boolean).join(' ');
  return { evidence, weight: caps && marks ? 2.5 : 1.5 };
}

function repeatedQuestion(text: string, earlier: readonly Set<string>[]): string | undefined {
  const words = contentWords(text);
  if (words.size < 2) return undefined;
  for (const previous of earlier) {
    if (previous.size < 2) continue;
    let shared = 0;
    for (const w of words) if (previous.has(w)) shared++;
    const overlap = shared / Math.min(words.size, previous.size);
    if (overlap >= 0.6 && shared >= 2) return `asked again: ${[...words].filter((w) => previous.has(w)).slice(0, 5).join(' ')}`;
  }
  return undefined;
}
