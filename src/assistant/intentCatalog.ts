import { trainIntentClassifier } from '../analysis/intent/trainIntentClassifier.ts';
import type { IntentClassifier } from '../analysis/types.ts';

/** An intent as a workspace configures it. */
export interface WorkspaceIntent {
  name: string;
  /** The knowledge-base article that answers it; null for small talk. */
  articleSlug: string | null;
  examples: string[];
}

/**
 * Each workspace's trained intent classifier, kept in memory and retrained when its intents
 * change (a few hundred examples train in ~0.15 s). A workspace with fewer than two intents
 * has no classifier, and so no confidence trigger.
 *
 * @example
 *   const classifier = catalog.classifierFor(workspaceId, await store.intents.list(workspaceId));
 */
export class IntentCatalog {
  readonly #trained = new Map<string, { fingerprint: string; classifier: IntentClassifier }>();

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
