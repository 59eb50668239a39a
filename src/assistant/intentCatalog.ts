import { trainIntentClassifier } from '../analysis/intent/trainIntentClassifier.ts';
import type { IntentClassifier } from '../analysis/types.ts';
import { buildKnowledgeIndex, type KnowledgeArticle, type KnowledgeIndex } from './knowledge/knowledgeIndex.ts';

/** An intent as a workspace configures it. */
export interface WorkspaceIntent {
  name: string;
  /** The knowledge-base article that answers it; null for small talk. */
  articleSlug: string | null;
  examples: string[];
}

/**
 * Each workspace's trained intent classifier and knowledge-base index, kept in memory and
 * rebuilt when its intents or articles change (a few hundred examples train in ~0.15 s). A workspace with fewer than two intents
 * has no classifier, and so no confidence trigger.
 *
 * @example
 *   const classifier = catalog.classifierFor(workspaceId, await store.intents.list(workspaceId));
 */
export class IntentCatalog {
  readonly #trained = new Map<string, { fingerprint: string; classifier: IntentClassifier }>();
  readonly #indexed = new Map<string, { fingerprint: string; index: KnowledgeIndex }>();

  /** The workspace's knowledge-base search index, rebuilt when its articles change. */
  knowledgeFor(workspaceId: string, articles: readonly KnowledgeArticle[]): KnowledgeIndex {
    const fingerprint = JSON.stringify(articles.map((a) => [a.slug, a.title, a.body, a.category]));
    const cached = this.#indexed.get(workspaceId);
    if (cached?.fingerprint === fingerprint) return cached.index;
    const index = buildKnowledgeIndex(articles);
    this.#indexed.set(workspaceId, { fingerprint, index });
    return index;
  }

  classifierFor(workspaceId: string, intents: readonly WorkspaceIntent[]): IntentClassifier | undefined {
    if (intents.length < 2) return undefined;
    const fingerprint = JSON.stringify(intents.map((i) => [i.name, i.examples]));
    const cached = this.#trained.get(workspaceId);
    if (cached?.fingerprint === fingerprint) return cached.classifier;
    const classifier = trainIntentClassifier(intents.flatMap((i) => i.examples.map((text) => ({ intent: i.name, text }))));
    this.#trained.set(workspaceId, { fingerprint, classifier });
    return classifier;
  }
}
