import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Analyzers } from '../../src/analysis/analyzeConversation.ts';
import { loadAnalyzers } from '../../src/analysis/loadAnalyzers.ts';
import { IntentCatalog } from '../../src/assistant/intentCatalog.ts';
import { builtInPhraser } from '../../src/assistant/llm/types.ts';
import { builtInCrm } from '../../src/crm/builtInCrm.ts';
import type { Deps } from '../../src/core/deps.ts';
import type { DomainEvent } from '../../src/core/events.ts';
import { systemClock } from '../../src/core/ports.ts';
import { cryptoIds } from '../../src/core/secrets.ts';
import type { Store } from '../../src/core/store.ts';
import type { EscalationDecision } from '../../src/policy/decideEscalation.ts';
import { kyselyStore } from '../../src/store/kyselyStore.ts';
import type { Database } from '../../src/store/schema.ts';

let loaded: Promise<Analyzers> | undefined;

/** The real analysis models, loaded once per test file. */
export function testAnalyzers(): Promise<Analyzers> {
  return (loaded ??= loadAnalyzers());
}

/** Deps over a real store and the real analyzers, recording published events. */
export function testDeps(db: Kysely<Database>, analyzers: Analyzers): Deps & { published: DomainEvent[] } {
  const published: DomainEvent[] = [];
  return {
    analyzers,
    intentCatalog: new IntentCatalog(),
    crm: builtInCrm(db),
    phraser: builtInPhraser,
    store: kyselyStore(db),
    ids: cryptoIds,
    clock: systemClock,
    events: { publish: (_workspaceId, events) => published.push(...events) },
    published,
  };
}

/** An escalation decision for tests that need a handoff but not why it was made. */
export const testDecision: EscalationDecision = { escalate: true, triggers: [], priority: 50, explanation: 'test', sentiment: 'neutral', topic: null, language: 'en', intent: 'test' };

/** The demo workspace's id. */
export async function demoWorkspaceId(db: Kysely<Database>): Promise<string> {
  return (await db.selectFrom('workspaces').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow()).id;
}

/** A second workspace with one agent, for isolation tests. */
export async function otherWorkspace(db: Kysely<Database>, slug = 'other'): Promise<{ workspaceId: string; agentId: string }> {
  const workspaceId = randomUUID();
  const agentId = randomUUID();
  await db.insertInto('workspaces').values({ id: workspaceId, slug, name: 'Other', identity_secret: 'secret' }).execute();
  await db
    .insertInto('agents')
    .values({
      workspace_id: workspaceId,
      id: agentId,
      email: `agent@${slug}.baton.test`,
      display_name: 'Other Agent',
      role: 'agent',
      team_id: null,
      skills: '{}',
      languages: ['en'],
      capacity: 2,
      presence: 'offline',
      // The hash of "baton-demo" is not needed here: this agent signs in through a copied hash.
      password_hash: (await db.selectFrom('agents').select('password_hash').limit(1).executeTakeFirstOrThrow()).password_hash,
    })
    .execute();
  return { workspaceId, agentId };
}

/** A new anonymous customer with an open chat conversation, straight through the store. */
export async function openConversation(store: Store, workspaceId: string): Promise<{ customerId: string; conversationId: string }> {
  const customer = await store.customers.create(workspaceId, { id: randomUUID(), externalId: null, name: null, email: null });
  const conversation = await store.conversations.create(workspaceId, {
    id: randomUUID(),
    customerId: customer.id,
    channel: 'chat',
    customerTokenHash: randomUUID(),
  });
  if (!conversation) throw new Error('could not open a conversation');
  return { customerId: customer.id, conversationId: conversation.id };
}
