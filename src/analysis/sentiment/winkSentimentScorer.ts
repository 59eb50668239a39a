import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { SentimentScorer } from './types.ts';

/**
 * Lexicon sentiment from wink-nlp's English model (shipped in the package; ~0.1 ms a turn).
 * Created once; the returned scorer is synchronous.
 *
 * @example
 *   const score = winkSentimentScorer();
 *   score('this is ridiculous') // -0.6
 */
export function winkSentimentScorer(): SentimentScorer {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => nlp.readDoc(text).out(its.sentiment) as number;
}
