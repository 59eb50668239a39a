import MiniSearch from 'minisearch';
import { isCommonTerm } from './commonWords.ts';
import { englishTerms, isStopWord, splitWords, stemEnglish } from './englishTerms.ts';
import { searchConfidence, type MatchedTerms } from './searchConfidence.ts';
import { supportSynonyms } from './supportSynonyms.ts';

/** A knowledge-base article as search reads it. */
export interface KnowledgeArticle {
  slug: string;
  title: string;
  body: string;
  category?: string;
}

/** One article found for a question. */
export interface KnowledgeHit {
  slug: string;
  /** BM25 score (minisearch's BM25+), only comparable within one question. */
  score: number;
  /** How sure the match is, 0–1: the question's coverage by the article, lowered when another article scores close. */
  confidence: number;
}

/** A workspace's articles, indexed once and searched per customer question. */
export interface KnowledgeIndex {
  /** The best articles for a question, best first; [] when no word of it is in any article. */
  search(question: string, limit?: number): KnowledgeHit[];
  /** How many articles are indexed. */
  readonly size: number;
}

/** Weight of a title word against a body word: titles name what an article is about. */
const fieldBoost = { title: 2, body: 1, category: 0.5 };
/** Weight of an article word added by `supportSynonyms` against the customer's own word. */
const synonymBoost = 0.6;
/** Weight of an everyday word ("keep", "change", "new") against a word that names the topic. */
const commonBoost = 0.5;
/** Weights of a prefix or typo match against an exact one (minisearch's defaults are 0.375 and 0.45). */
const looseWeights = { prefix: 0.5, fuzzy: 0.6 };

/**
 * Index knowledge-base articles for BM25 search with minisearch: English stop words and a
 * light stemmer on both sides, title boosted, prefix matching from 4 letters and typo
 * matching from 5 (one edit; two from 9) for words no article has, and support synonyms added to each question
 * ("parcel" also searches "order", "ship", "track"). Each hit carries a confidence so the
 * assistant can say it is not sure instead of answering with a weak match. Pure: articles
 * in, an in-memory index out; a duplicate slug keeps its first article.
 *
 * @example
 *   const index = buildKnowledgeIndex(demoArticles);
 *   index.search('I forgot my pasword')[0] // { slug: 'reset-password', score: 38.03, confidence: 0.869 }
 */
export function buildKnowledgeIndex(articles: readonly KnowledgeArticle[]): KnowledgeIndex {
  const mini = new MiniSearch<KnowledgeArticle>({
    idField: 'slug',
    fields: ['title', 'body', 'category'],
    tokenize: splitWords,
    processTerm: (word) => (word.length > 1 && !isStopWord(word) ? stemEnglish(word) : null),
  });
  const termsOf = new Map<string, Set<string>>();
  for (const article of articles) {
    if (termsOf.has(article.slug)) continue;
    termsOf.set(article.slug, new Set(englishTerms(`${article.title} ${article.body} ${article.category ?? ''}`)));
    mini.add({ slug: article.slug, title: article.title, body: article.body, category: article.category ?? '' });
  }
  const frequency = new Map<string, number>();
  for (const terms of termsOf.values()) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const documentFrequency = (term: string): number => frequency.get(term) ?? 0;

  return {
    size: termsOf.size,
    search(question, limit = 5) {
      const own = [...new Set(englishTerms(question))];
      if (own.length === 0 || termsOf.size === 0) return [];
      // Only a word no article has may be a typo or the start of a word ("pasword", "refun"):
      // "downgrade" is not a misspelt "download".
      const query = own.map((term) => ({ term, own: true, loose: !frequency.has(term) }));
      for (const term of own) {
        for (const related of supportSynonyms(term)) {
          if (!query.some((q) => q.term === related)) query.push({ term: related, own: false, loose: false });
        }
      }
      const results = mini.search(query.map((q) => q.term).join(' '), {
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
        boost: fieldBoost,
        combineWith: 'OR',
        weights: looseWeights,
        boostTerm: (term, i) => (query[i]?.own ? 1 : synonymBoost) * (isCommonTerm(term) ? commonBoost : 1),
        prefix: (term, i) => Boolean(query[i]?.loose) && term.length >= 4,
        fuzzy: (term, i) => (query[i]?.loose && term.length >= 5 ? (term.length >= 9 ? 2 : 1) : false),
      });
      const matched: MatchedTerms[] = results.map((r) => ({
        score: r.score,
        articleTerms: termsOf.get(String(r.id)) ?? new Set(),
        looselyMatched: new Set(r.queryTerms),
      }));
      const confidences = searchConfidence(own, matched, { articles: termsOf.size, documentFrequency });
      return results.slice(0, Math.max(0, limit)).map((r, i) => ({ slug: String(r.id), score: r.score, confidence: confidences[i] ?? 0 }));
    },
  };
}
