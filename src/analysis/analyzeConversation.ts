import { detectHumanRequest } from './detectHumanRequest.ts';
import { detectTopics } from './detectTopics.ts';
import { extractEntities } from './extractEntities.ts';
import { cleanForLanguage, identifyCleanedLanguage, type LanguageGuess } from './language/identifyLanguage.ts';
import type { LanguageModel } from './language/languageModel.ts';
import { assessSentiment, type Sensitivity } from './sentiment/assessSentiment.ts';
import { sentimentReader } from './sentiment/sentimentReader.ts';
import type { SentimentReading, SentimentScorer, Turn } from './sentiment/types.ts';
import type { Entities, IntentClassifier, IntentPrediction, TopicMatch } from './types.ts';

const sentimentWindow = 40;
/** Each entity list keeps at most this many values. */
const maxEntities = 20;

/** The models analysis runs on, loaded once at start-up. */
export interface Analyzers {
  language: LanguageModel;
  sentiment: SentimentScorer;
  /** The workspace's intent classifier, when it has intents configured. */
  intents?: IntentClassifier;
}

/** What analysis knows about a conversation after its latest turn. */
export interface ConversationAnalysis {
  /** Index of the latest turn. */
  turn: number;
  language: LanguageGuess;
  sentiment: SentimentReading;
  /** The latest customer turn that asked for a person. */
  humanRequest?: { turn: number; matched: string };
  /** Each topic's latest appearance, oldest first. */
  topics: { turn: number; match: TopicMatch }[];
  /** Everything mentioned so far, merged over the customer's turns. */
  entities: Entities;
  /** The latest bot turn's own confidence, when it reported one. */
  botConfidence?: { turn: number; confidence: number };
  /** The classifier's reading of the latest customer turn, when a classifier is configured. */
  intent?: IntentPrediction & { turn: number };
  /** The first customer turn's text, for the one-line intent when nothing better is known. */
  opening?: string;
}

/**
 * Analyse a conversation turn by turn, as if live: each `add` folds one more turn in and
 * returns the analysis so far. Per-text work (lexicon scores, text-only frustration signals,
 * text cleaned for language identification) is kept, so reading a conversation of n turns
 * costs n turn analyses, not n². The analyses returned share their topic and entity lists,
 * which are frozen: read them, do not change them.
 *
 * @example
 *   const analyzer = conversationAnalyzer(analyzers);
 *   for (const turn of turns) { const analysis = analyzer.add(turn); ... }
 */
export function conversationAnalyzer(analyzers: Analyzers, sensitivity: Sensitivity = 'normal', fallbackLanguage = 'en') {
  const turns: Turn[] = [];
  const customerTexts: string[] = [];
  // Each customer text is cleaned for language identification and read for sentiment once,
  // not again on every later turn.
  const cleanedTexts: string[] = [];
  const read = sentimentReader(analyzers.sentiment);
  // Topics and entities change on few turns: each change makes new frozen lists, so every
  // analysis returned shares them instead of copying them, and none changes afterwards.
  let topics: ConversationAnalysis['topics'] = noTopics;
  let entities: Entities = noEntities;
  let humanRequest: ConversationAnalysis['humanRequest'];
  let botConfidence: ConversationAnalysis['botConfidence'];
  let intent: ConversationAnalysis['intent'];
  let language: LanguageGuess = { language: fallbackLanguage, confidence: 0 };
  let sentiment: SentimentReading | undefined;

  return {
    add(turn: Turn): ConversationAnalysis {
      const index = turns.push(turn) - 1;
      if (turn.role === 'bot' && typeof turn.confidence === 'number') botConfidence = { turn: index, confidence: turn.confidence };
      if (turn.role === 'customer') {
        customerTexts.push(turn.text);
        cleanedTexts.push(cleanForLanguage(turn.text));
        language = identifyCleanedLanguage(analyzers.language, cleanedTexts, language.language);
        const request = detectHumanRequest(turn.text);
        if (request.requested) humanRequest = { turn: index, matched: request.matched ?? turn.text.slice(0, 80) };
        // The latest appearance of each topic counts: a dispute that grows fires when it does.
        const found = detectTopics(turn.text);
        if (found.length > 0) {
          topics = Object.freeze([
            ...topics.filter((t) => !found.some((match) => match.topic === t.match.topic)),
            ...found.map((match) => ({ turn: index, match })),
          ]) as ConversationAnalysis['topics'];
        }
        entities = merge(entities, extractEntities(turn.text));
        if (analyzers.intents) intent = { ...analyzers.intents.classify(turn.text), turn: index };
      }
      // Frustration decays by 40% a turn, so the last 40 turns decide it; a bounded window
      // keeps each turn's cost flat however long the conversation grows. A reply adds no
      // signal of its own: until the window moves, the reading after it is the one before it.
      if (turn.role === 'customer' || sentiment === undefined || turns.length > sentimentWindow) {
        const window = turns.length > sentimentWindow ? turns.slice(-sentimentWindow) : turns;
        sentiment = assessSentiment(window, analyzers.sentiment, sensitivity, turns.length - window.length, read);
      }
      return {
        turn: index,
        language,
        sentiment,
        humanRequest,
        topics,
        entities,
        botConfidence,
        intent,
        opening: customerTexts[0],
      };
    },
  };
}

const noTopics: ConversationAnalysis['topics'] = Object.freeze([]) as unknown as ConversationAnalysis['topics'];
const noEntities: Entities = freezeEntities({ orderIds: [], amounts: [], accountNumbers: [], emails: [], dates: [] });

function freezeEntities(entities: Entities): Entities {
  for (const list of Object.values(entities)) Object.freeze(list);
  return Object.freeze(entities);
}

/** `into` with what `found` adds (each list capped, each value once), or `into` itself when nothing is new. */
function merge(into: Entities, found: Entities): Entities {
  if (found.orderIds.length + found.amounts.length + found.accountNumbers.length + found.emails.length + found.dates.length === 0) return into;
  const merged: Entities = { orderIds: [...into.orderIds], amounts: [...into.amounts], accountNumbers: [...into.accountNumbers], emails: [...into.emails], dates: [...into.dates] };
  let added = false;
  for (const key of ['orderIds', 'accountNumbers', 'emails', 'dates'] as const) {
    for (const value of found[key]) {
      if (merged[key].length < maxEntities && !merged[key].includes(value)) (merged[key].push(value), (added = true));
    }
  }
  for (const money of found.amounts) {
    if (merged.amounts.length < maxEntities && !merged.amounts.some((m) => m.amount === money.amount && m.currency === money.currency)) {
      merged.amounts.push(money);
      added = true;
    }
  }
  return added ? freezeEntities(merged) : into;
}
