import { isCommonTerm } from './commonWords.ts';
import { supportSynonyms } from './supportSynonyms.ts';

/** What search found for one article, as the confidence needs it (results come best first). */
export interface MatchedTerms {
  score: number;
  /** Every (stemmed) term of the article. */
  articleTerms: ReadonlySet<string>;
  /** Query terms that matched the article in any way (exact, prefix or typo). */
  looselyMatched: ReadonlySet<string>;
}

/** Index statistics for weighting the question's words. */
export interface CorpusStats {
  articles: number;
  documentFrequency(term: string): number;
}

/** How much a question word counts when the article has it exactly, through a synonym, or by prefix or typo. */
const credit = { exact: 1, synonym: 0.8, loose: 0.75 };
/** How much an everyday word counts against a topic word, in the question's total. */
const commonWeight = 0.3;
/** Confidence kept when the article matches only everyday words of the question. */
const onlyCommonFactor = 0.4;
/**
 * The raw score that separates answerable from off-topic questions on the measured set
 * (`tests/unit/knowledgeSearch.test.ts`: off-topic at most 0.38, paraphrases at least 0.46),
 * mapped to 0.65, the escalation policy's default `confidenceThreshold`.
 */
const knot = { raw: 0.4, confidence: 0.65 };

/**
 * A 0–1 confidence for each search result (best first): the IDF-weighted share of the
 * question's words the article covers (a word no article has weighs the most, so "can I
 * order a pizza" is barely covered by the ordering article), times a factor from 0.6 to 1
 * for the gap to the closest other result (two articles scoring alike mean the question
 * is ambiguous). Everyday words weigh less, and an article matching only everyday words of
 * the question keeps 40% ("what is the meaning of life" is not about sync errors). BM25
 * scores are not comparable across questions; this is. Scaled so that 0.65, the escalation
 * policy's default threshold, separates the measured answerable and off-topic questions:
 * monotone, but not a probability.
 *
 * @example
 *   searchConfidence(['order', 'pizza'], matched, stats) // [0.61]
 */
export function searchConfidence(questionTerms: readonly string[], results: readonly MatchedTerms[], stats: CorpusStats): number[] {
  const weights = questionTerms.map((term) => idf(stats.articles, stats.documentFrequency(term)) * (isCommonTerm(term) ? commonWeight : 1));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return results.map((result, i) => {
    if (total === 0) return 0;
    const covered = questionTerms.reduce((sum, term, j) => sum + (weights[j] ?? 0) * creditFor(term, result), 0);
    const anchored = questionTerms.some((term) => !isCommonTerm(term) && creditFor(term, result) > 0);
    // Results come best first: the best one's rival is the second, everyone else's the best.
    const rival = (i === 0 ? results[1]?.score : results[0]?.score) ?? 0;
    const gap = result.score > 0 ? Math.max(0, 1 - rival / result.score) : 0;
    return round(toPolicyScale((covered / total) * (0.6 + 0.4 * gap) * (anchored ? 1 : onlyCommonFactor)));
  });
}

function creditFor(term: string, result: MatchedTerms): number {
  if (result.articleTerms.has(term)) return credit.exact;
  if (supportSynonyms(term).some((s) => result.articleTerms.has(s))) return credit.synonym;
  return result.looselyMatched.has(term) ? credit.loose : 0;
}

/** BM25's inverse document frequency: rarer words say more about which article is meant. */
function idf(articles: number, frequency: number): number {
  return Math.log(1 + (articles - frequency + 0.5) / (frequency + 0.5));
}

/** Piecewise-linear: 0 → 0, `knot.raw` → `knot.confidence`, 1 → 1. */
function toPolicyScale(raw: number): number {
  return raw <= knot.raw ? (raw / knot.raw) * knot.confidence : knot.confidence + ((raw - knot.raw) / (1 - knot.raw)) * (1 - knot.confidence);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
