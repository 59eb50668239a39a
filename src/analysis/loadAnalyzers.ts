import type { Analyzers } from './analyzeConversation.ts';
import { loadFastTextLanguageModel } from './language/loadFastTextLanguageModel.ts';
import { winkSentimentScorer } from './sentiment/winkSentimentScorer.ts';

/**
 * Load the models analysis needs (fastText lid.176 and wink-nlp's English model, both
 * shipped inside their npm packages): once per process, ~0.3 s.
 *
 * @example
 *   const analyzers = await loadAnalyzers();
 */
export async function loadAnalyzers(): Promise<Analyzers> {
  return { language: await loadFastTextLanguageModel(), sentiment: winkSentimentScorer() };
}
