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
  earlierQuestions: readonly ReadonlySet<string>[];
}

/** A signal a text shows on its own, before it is placed at a turn. */
export type TextSignal = Omit<WeightedSignal, 'turn'>;

/**
 * What one customer text shows whatever comes before it, read once: a conversation re-judges
 * its recent turns on every new one, and only the parts that depend on the turns around
 * (a short negative reply after an answer, the same question again) are redone.
 */
export interface TextReading {
  /** Lexicon sentiment, -1..1. */
  score: number;
  /** Phrase, insult, profanity and shouting signals, in that order. */
  leading: readonly TextSignal[];
  /** The text as evidence, when it reads as a short negative reply (a signal only after an answer). */
  shortNegative: string | undefined;
  /** Negative language, which comes after a short negative reply. */
  trailing: TextSignal | undefined;
  /** Content words, for comparing questions. */
  words: ReadonlySet<string>;
  /** The same words in reading order, to walk without an iterator. */
  wordList: readonly string[];
}

const maxScanned = 4000;
const noSignals: readonly TextSignal[] = Object.freeze([]);

/**
 * Read the parts of a customer text's frustration signals that depend on the text alone.
 *
 * @example
 *   readText('THIS IS RIDICULOUS!!!', -0.6).leading.map((s) => s.signal) // ['frustration_phrase', 'shouting']
 */
export function readText(rawText: string, score: number): TextReading {
  const text = rawText.length > maxScanned ? rawText.slice(0, maxScanned) : rawText;
  const leading: TextSignal[] = [];
  const add = (signal: SentimentSignal['signal'], evidence: string, weight: number) => leading.push({ signal, evidence: evidence.slice(0, 120), weight });

  const phrase = frustrationPhrases.exec(text);
  if (phrase) add('frustration_phrase', phrase[0], 2);
  const insult = insults.exec(text);
  if (insult) add('insult', insult[0], 3);
  // Happy only without a complaint in the same turn ("thanks for nothing, this is useless").
  const happy = !phrase && !insult && (score > 0.2 || positiveMarkers.test(text));
  // One swear word alone stays below the frustrated threshold: it takes the turns around it.
  const swear = profanity.exec(text);
  const counted = swear !== null && !happy;
  if (counted) add('profanity', swear[0], insult ? 1 : 1.25);
  if (!happy) {
    const shout = shouting(text);
    if (shout) add('shouting', shout.evidence, shout.weight);
  }
  const trimmed = shortNegativeReplies.test(text.trim()) ? text.trim().slice(0, 120) : undefined;
  // The lexicon already scores a swear word as negative: count that once, as profanity,
  // unless the turn is far more negative than the word alone.
  const trailing: TextSignal | undefined =
    score <= -0.25 && (!counted || score <= -0.6) ? { signal: 'negative_language', evidence: `sentiment ${score.toFixed(2)}`, weight: score <= -0.5 ? 1.5 : 0.75 } : undefined;
  const words = contentWords(text);
  return { score, leading: leading.length > 0 ? leading : noSignals, shortNegative: trimmed, trailing, words, wordList: [...words] };
}

/** Where a text sits: what `signalsAt` needs besides the text's own reading. */
export interface TextPlace {
  /** Index of this turn in the conversation. */
  turn: number;
  /** Whether the assistant (or an agent) spoke just before this turn. */
  afterReply: boolean;
  /** Content words of the customer's earlier turns. */
  earlierQuestions: readonly ReadonlySet<string>[];
}

/**
 * Place a text's signals at its turn, adding those that depend on the turns before it, in the
 * order `turnSignals` reports them; appended to `into` (a fresh list by default).
 *
 * @example
 *   signalsAt(readText('no', -0.3), { turn: 4, afterReply: true, earlierQuestions: [] }).map((s) => s.signal)
 *   // ['short_negative_reply', 'negative_language']
 */
export function signalsAt(reading: TextReading, place: TextPlace, into: WeightedSignal[] = []): WeightedSignal[] {
  const { turn } = place;
  const { leading } = reading;
  for (let i = 0; i < leading.length; i++) {
    const s = leading[i]!;
    into.push({ signal: s.signal, turn, evidence: s.evidence, weight: s.weight });
  }
  if (place.afterReply && reading.shortNegative !== undefined) into.push({ signal: 'short_negative_reply', turn, evidence: reading.shortNegative, weight: 1.5 });
  const { trailing } = reading;
  if (trailing) into.push({ signal: trailing.signal, turn, evidence: trailing.evidence, weight: trailing.weight });
  const repeated = repeatedQuestion(reading, place.earlierQuestions);
  if (repeated) into.push({ signal: 'repeated_question', turn, evidence: repeated.slice(0, 120), weight: 1.5 });
  return into;
}

/**
 * The frustration signals in one customer turn. Profanity and capitals count only when the
 * turn is not happy ("holy shit that was fast, thanks" and "THANK YOU" are not frustration).
 *
 * @example
 *   turnSignals('THIS IS RIDICULOUS!!!', { turn: 3, score: -0.6, afterReply: true, earlierQuestions: [] })
 *   // frustration_phrase, shouting, negative_language
 */
export function turnSignals(rawText: string, context: TurnContext): WeightedSignal[] {
  return signalsAt(readText(rawText, context.score), context);
}

const wordPattern = /\p{L}[\p{L}']+/gu;
const suffixes = /(ing|ed|es|s)$/;
const exclamations = /[!?]{3,}/;
const letterWords = /\p{L}{2,}/gu;

/** Content words of a text, for comparing questions. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of text.slice(0, maxScanned).toLowerCase().match(wordPattern) ?? noWords) {
    if (w.length > 2 && !stopWords.has(w)) words.add(w.replace(suffixes, ''));
  }
  return words;
}

const noWords: readonly string[] = [];

/** Capitals (most words, at least six letters) and runs of "!!!" or "?!?": 1.5 for either, 2.5 for both. */
function shouting(text: string): { evidence: string; weight: number } | undefined {
  const marks = exclamations.exec(text);
  const words = text.match(letterWords) ?? noWords;
  const upper = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase());
  const caps = words.length >= 2 && upper.length / words.length >= 0.6 && upper.join('').length >= 6;
  if (!caps && !marks) return undefined;
  const evidence = [caps ? upper.slice(0, 6).join(' ') : '', marks?.[0] ?? ''].filter(Boolean).join(' ');
  return { evidence, weight: caps && marks ? 2.5 : 1.5 };
}

function repeatedQuestion(reading: TextReading, earlier: readonly ReadonlySet<string>[]): string | undefined {
  const { wordList } = reading;
  if (wordList.length < 2) return undefined;
  for (const previous of earlier) {
    if (previous.size < 2) continue;
    let shared = 0;
    for (let i = 0; i < wordList.length; i++) if (previous.has(wordList[i]!)) shared++;
    const overlap = shared / Math.min(wordList.length, previous.size);
    if (overlap >= 0.6 && shared >= 2) return `asked again: ${wordList.filter((w) => previous.has(w)).slice(0, 5).join(' ')}`;
  }
  return undefined;
}
