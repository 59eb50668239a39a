import { detectHumanRequest } from './detectHumanRequest.ts';
import { detectTopics } from './detectTopics.ts';
import { extractEntities } from './extractEntities.ts';
import { identifyLanguage, type LanguageGuess } from './language/identifyLanguage.ts';
import type { LanguageModel } from './language/languageModel.ts';
import { assessSentiment, type Sensitivity } from './sentiment/assessSentiment.ts';
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
 * returns the analysis so far. Per-turn work (lexicon scores) is cached, so reading a
 * conversation of n turns costs n turn analyses, not n².
 *
 * @example
 *   const analyzer = conversationAnalyzer(analyzers);
 *   for (const turn of turns) { const analysis = analyzer.add(turn); ... }
 */
export function conversationAnalyzer(analyzers: Analyzers, sensitivity: Sensitivity = 'normal', fallbackLanguage = 'en') {
  const turns: Turn[] = [];
  const customerTexts: string[] = [];
  const scores = new Map<string, number>();
  const cachedScore: SentimentScorer = (text) => {
    let value = scores.get(text);
    if (value === undefined) scores.set(text, (value = analyzers.sentiment(text)));
    return value;
  };
  const topics: ConversationAnalysis['topics'] = [];
  const entities: Entities = { orderIds: [], amounts: [], accountNumbers: [], emails: [], dates: [] };
  let humanRequest: ConversationAnalysis['humanRequest'];
  let botConfidence: ConversationAnalysis['botConfidence'];
  let intent: ConversationAnalysis['intent'];
  let language: LanguageGuess = { language: fallbackLanguage, confidence: 0 };

  return {
    add(turn: Turn): ConversationAnalysis {
      const index = turns.push(turn) - 1;
      if (turn.role === 'bot' && typeof turn.confidence === 'number') botConfidence = { turn: index, confidence: turn.confidence };
      if (turn.role === 'customer') {
        customerTexts.push(turn.text);
        language = identifyLanguage(analyzers.language, customerTexts, language.language);
        const request = detectHumanRequest(turn.text);
        if (request.requested) humanRequest = { turn: index, matched: request.matched ?? turn.text.slice(0, 80) };
        // The latest appearance of each topic counts: a dispute that grows fires when it does.
        for (const match of detectTopics(turn.text)) {
          const at = topics.findIndex((t) => t.match.topic === match.topic);
          if (at >= 0) topics.splice(at, 1);
          topics.push({ turn: index, match });
        }
        merge(entities, extractEntities(turn.text));
        if (analyzers.intents) intent = { ...analyzers.intents.classify(turn.text), turn: index };
      }
      return {
        turn: index,
        language,
        // Frustration decays by 40% a turn, so the last 40 turns decide it; a bounded window
        // keeps each turn's cost flat however long the conversation grows.
        sentiment: assessSentiment(turns.slice(-sentimentWindow), cachedScore, sensitivity, Math.max(0, turns.length - sentimentWindow)),
        humanRequest,
        topics: [...topics],
        entities: {
          orderIds: [...entities.orderIds],
          amounts: [...entities.amounts],
          accountNumbers: [...entities.accountNumbers],
          emails: [...entities.emails],
          dates: [...entities.dates],
        },
        botConfidence,
        intent,
        opening: customerTexts[0],
      };
    },
  };
}

function merge(into: Entities, found: Entities): void {
  for (const key of ['orderIds', 'accountNumbers', 'emails', 'dates'] as const) {
    for (const value of found[key]) if (into[key].length < maxEntities && !into[key].includes(value)) into[key].push(value);
  }
  for (const money of found.amounts) {
    if (into.amounts.length < maxEntities && !into.amounts.some((m) => m.amount === money.amount && m.currency === money.currency)) into.amounts.push(money);
  }
}
