/** One turn of the conversation as the phraser sees it (already masked at storage). */
export interface TranscriptTurn {
  role: 'customer' | 'bot' | 'agent';
  text: string;
}

/** What `phraseAnswer` is given: the customer's question and Baton's own answer. */
export interface PhraseAnswerInput {
  question: string;
  /** The built-in answer (from the knowledge base); returned unchanged on any failure. */
  draft: string;
  /** ISO 639-1 code of the customer's language, e.g. 'en'. */
  language: string;
}

/** What `phraseIntent` is given: the conversation and Baton's own intent line. */
export interface PhraseIntentInput {
  transcript: TranscriptTurn[];
  /** The built-in one-line intent (`describeIntent`); returned unchanged on any failure. */
  draft: string;
}

/**
 * The port through which the assistant may have its texts phrased by a language model. An
 * implementation never throws and never invents facts: on any failure (timeout, refusal,
 * suspicious output) it resolves to the draft, so Baton answers the same without a model.
 *
 * @example
 *   const reply = await phraser.phraseAnswer({ question: 'Where is my order?', draft, language: 'en' });
 */
export interface Phraser {
  phraseAnswer(input: PhraseAnswerInput): Promise<string>;
  phraseIntent(input: PhraseIntentInput): Promise<string>;
}

/**
 * The phraser used when no LLM is configured: Baton's own drafts, as they are, at once.
 *
 * @example
 *   await builtInPhraser.phraseIntent({ transcript: [], draft: 'Disputes a charge on order #8821' })
 *   // 'Disputes a charge on order #8821'
 */
export const builtInPhraser: Phraser = {
  phraseAnswer: ({ draft }) => Promise.resolve(draft),
  phraseIntent: ({ draft }) => Promise.resolve(draft),
};
