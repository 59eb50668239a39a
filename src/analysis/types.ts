/**
 * The shapes that analysis produces for one customer turn and for the conversation so far.
 * Each analyzer is a pure function over text (plus, for sentiment, the earlier turns); the
 * escalation policy reads only these shapes.
 */

/** A sum of money found in text: "$450", "129.99 EUR", "£2,300", "two hundred dollars". */
export interface Money {
  /** The amount in the currency's major unit (450, 129.99, 2300, 200). */
  amount: number;
  /** ISO 4217 code when the text names or implies one (USD for "$", EUR for "€"), else null. */
  currency: string | null;
  /** The words it was read from, as written. */
  text: string;
}

/** Categories that always go to a person after an acknowledgement. */
export type Topic = 'billing_dispute' | 'legal' | 'accessibility' | 'safety';

/** A topic found in a turn, with the words that showed it. */
export interface TopicMatch {
  topic: Topic;
  /** The matched words, for the escalation's evidence. */
  evidence: string;
  /** For a billing dispute: the contested amount, when the customer said it. */
  amount?: Money;
}

/** Ids, amounts and contact details mentioned in a turn, each as written. */
export interface Entities {
  /** Order numbers: "#8821", "order 8821", "order no. A-1234". */
  orderIds: string[];
  amounts: Money[];
  /** Account numbers: "account #29441", "acct 1234-5678". */
  accountNumbers: string[];
  emails: string[];
  /** Dates as written: "Nov 1", "2024-11-01", "01/11/2024", "yesterday". */
  dates: string[];
}

/** Whether the customer asked for a person in a turn, and the words that said so. */
export interface HumanRequest {
  requested: boolean;
  /** The text that matched, for the escalation's evidence. */
  matched?: string;
}

/** One intent with a training utterance, as a workspace configures it. */
export interface IntentExample {
  intent: string;
  text: string;
}

/** The classifier's reading of one utterance. */
export interface IntentPrediction {
  /** The best intent. The caller compares `confidence` with its threshold to call it out of scope. */
  intent: string;
  /** Calibrated probability-like confidence in `intent`, 0–1. */
  confidence: number;
  /** The best few intents with their confidence, best first. */
  ranked: { intent: string; confidence: number }[];
}

/** A trained intent classifier. */
export interface IntentClassifier {
  classify(text: string): IntentPrediction;
  /** The intents it knows. */
  readonly intents: readonly string[];
}
