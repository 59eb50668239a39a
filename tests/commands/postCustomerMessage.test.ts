import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postCustomerMessage } from '../../src/message/postCustomerMessage.ts';
import { startConversation } from '../../src/message/startConversation.ts';
import type { OpenDatabase } from '../../src/store/openDatabase.ts';
import { engines } from '../helpers/engines.ts';
import type { Analyzers } from '../../src/analysis/analyzeConversation.ts';
import { testAnalyzers, testDeps } from '../helpers/fixtures.ts';

describe.each(engines)('postCustomerMessage on $name', (engine) => {
  let database: OpenDatabase;
  let analyzers: Analyzers;
  beforeAll(async () => {
    database = await engine.open();
    analyzers = await testAnalyzers();
  });
  afterAll(() => database?.close());

  it('keeps an accepted message when the assistant fails, and a retry gets the answer once', async () => {
    const deps = testDeps(database.db, analyzers);
    const { conversation } = await startConversation(deps, { workspace: 'demo', channel: 'chat' });
    // The knowledge base is unreachable for the first turn only.
    let failures = 1;
    const flaky = {
      ...deps,
      store: {
        ...deps.store,
        articles: { list: async (ws: string) => (failures-- > 0 ? Promise.reject(new Error('kb down')) : deps.store.articles.list(ws)) },
      },
    };
    const errors: unknown[] = [];
    const first = await postCustomerMessage(flaky, conversation, { body: 'how do I reset my password', clientMessageId: 'm-1' }, (e) => errors.push(e));
    expect(first).toMatchObject({ created: true, replies: [] });
    expect(errors).toHaveLength(1);

    const retry = await postCustomerMessage(flaky, conversation, { body: 'how do I reset my password', clientMessageId: 'm-1' });
    expect(retry.created).toBe(false);
    expect(retry.replies).toHaveLength(1);
    expect(retry.replies[0]!.body).toMatch(/reset your password here/i);

    const again = await postCustomerMessage(flaky, conversation, { body: 'how do I reset my password', clientMessageId: 'm-1' });
    expect(again.replies).toEqual([]);
    const all = await deps.store.messages.after(conversation.workspaceId, conversation.id, 0, 100);
    expect(all.map((m) => m.authorKind)).toEqual(['assistant', 'customer', 'assistant']);
  });

  it('escalates once when two messages asking for a person race', async () => {
    const deps = testDeps(database.db, analyzers);
    const { conversation } = await startConversation(deps, { workspace: 'demo', channel: 'chat' });
    const results = await Promise.all([
      postCustomerMessage(deps, conversation, { body: 'I need a human' }),
      postCustomerMessage(deps, conversation, { body: 'talk to a real person now' }),
    ]);
    expect(results.every((r) => r.created)).toBe(true);
    const handoffs = await database.db.selectFrom('handoffs').select('id').where('conversation_id', '=', conversation.id).execute();
    expect(handoffs).toHaveLength(1);
    expect(deps.published.filter((e) => e.type === 'handoff.created')).toHaveLength(1);
    expect((await deps.store.conversations.get(conversation.workspaceId, conversation.id))?.status).toBe('waiting_for_agent');
  });
});
