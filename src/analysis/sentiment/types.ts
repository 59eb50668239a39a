/** One turn of a conversation as analysis reads it. */
export interface Turn {
  role: 'customer' | 'bot' | 'agent';
  text: string;
  /** For a bot turn: the bot's own intent-match confidence, 0–1. */
  confidence?: number;
}

/** A frustration signal with where it was seen. */
export interface SentimentSignal {
  signal:
    | 'negative_language'
    | 'frustration_phrase'
    | 'insult'
    | 'profanity'
    | 'shouting'
    | 'short_negative_reply'
    | 'repeated_question'
    | 'falling_trajectory';
  /** Index of the turn in the conversation (all roles counted). */
  turn: number;
  evidence: string;
}

/** How the customer feels, judged over the conversation so far. */
export type SentimentTag = 'neutral' | 'frustrated' | 'upset';

/** The sentiment reading: the tag, the running frustration level and the signals behind it. */
export interface SentimentReading {
  tag: SentimentTag;
  /** Frustration level after the last turn (decayed sum of signal weights). */
  level: number;
  /** Lexicon sentiment of each customer turn, -1..1, oldest first. */
  scores: number[];
  signals: SentimentSignal[];
}

/** Scores one text from -1 (negative) to 1 (positive). */
export type SentimentScorer = (text: string) => number;
