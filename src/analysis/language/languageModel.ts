/** A language-identification model: label probabilities for one line of text. */
export interface LanguageModel {
  /** The `k` most likely ISO 639-1 codes (or raw labels) with their probability, best first. */
  predict(text: string, k: number): { language: string; probability: number }[];
}
