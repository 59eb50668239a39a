import type { Agent } from '../agent/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import type { WorkspaceIntent } from './intentCatalog.ts';

/** Training is synchronous (~0.15 s for 300 examples, ~2 s for 2,000), so the total is capped. */
export const maxExamples = 2000;

/**
 * A supervisor replaces the workspace's intents (names, examples, answering articles). Each
 * article must exist in the workspace. The classifier is retrained on the next customer
 * turn (`IntentCatalog` notices the change). Recorded as an event.
 *
 * @example
 *   await replaceIntents(deps, supervisor, [{ name: 'refund', articleSlug: 'refund-policy', examples: ['I want my money back'] }]);
 */
export async function replaceIntents(deps: Deps, agent: Agent, intents: WorkspaceIntent[]): Promise<WorkspaceIntent[]> {
  if (agent.role === 'agent') throw new DomainError('forbidden', 'Only supervisors and admins may change intents.');
  const examples = intents.reduce((n, i) => n + i.examples.length, 0);
  if (examples > maxExamples) {
    throw new DomainError('invalid_request', `At most ${maxExamples} examples in all (training blocks the assistant for about a second per 1,000); got ${examples}.`);
  }
  const names = new Set<string>();
  for (const intent of intents) {
    if (names.has(intent.name)) throw new DomainError('invalid_request', `The intent "${intent.name}" appears twice.`);
    names.add(intent.name);
  }
  const slugs = new Set((await deps.store.articles.list(agent.workspaceId)).map((a) => a.slug));
  const unknown = intents.filter((i) => i.articleSlug !== null && !slugs.has(i.articleSlug)).map((i) => `${i.name}: no article "${i.articleSlug}"`);
  if (unknown.length > 0) throw new DomainError('invalid_request', 'Some intents name an article that does not exist.', unknown);
  await inTransaction(deps, agent.workspaceId, async (tx, emit) => {
    await tx.intents.replace(agent.workspaceId, intents);
    emit({ type: 'intents.changed', agentId: agent.id, payload: { intents: intents.length, examples: intents.reduce((n, i) => n + i.examples.length, 0) } });
  });
  return intents;
}
