import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import type { AuthorKind } from '../../src/core/events.ts';
import { kyselyStore } from '../../src/store/kyselyStore.ts';
import type { OpenDatabase } from '../../src/store/openDatabase.ts';
import { engines } from '../helpers/engines.ts';
import { demoWorkspaceId, openConversation, otherWorkspace, testDecision } from '../helpers/fixtures.ts';

describe.each(engines)('the conversations a backtest reads, on $name', (engine) => {
  let database: OpenDatabase;
  let store: Store;
  let ws: string;
  const ids: Record<string, string> = {};
  const since = new Date(Date.now() - 30 * 86_400_000);

  const write = async (conversationId: string, authorKind: AuthorKind, body: string) => {
    const agentId = authorKind === 'agent' ? (await database.db.selectFrom('agents').select('id').where('workspace_id', '=', ws).executeTakeFirstOrThrow()).id : undefined;
    return (await store.messages.append(ws, conversationId, { id: randomUUID(), authorKind, body, authorAgentId: agentId })).message.seq;
  };
  const startedDaysAgo = (conversationId: string, days: number) =>
    database.db.updateTable('conversations').set({ created_at: new Date(Date.now() - days * 86_400_000) }).where('id', '=', conversationId).execute();

  beforeAll(async () => {
    database = await engine.open();
    store = kyselyStore(database.db);
    ws = await demoWorkspaceId(database.db);

    // Handed off at its fifth message; an action answered the first question.
    ids.handedOff = (await openConversation(store, ws)).conversationId;
    await write(ids.handedOff, 'assistant', 'Hi!');
    await write(ids.handedOff, 'customer', 'where is order 9012');
    const actionSeq = await write(ids.handedOff, 'assistant', 'Order 9012 is on its way.');
    await store.attempts.record(ws, ids.handedOff, { seq: actionSeq, kind: 'action', ref: 'order_lookup', label: 'looked up order 9012' });
    await write(ids.handedOff, 'customer', 'it is late, I want a person');
    const handoffSeq = await write(ids.handedOff, 'assistant', 'Connecting you with a person.');
    await store.handoffs.create(ws, { id: randomUUID(), conversationId: ids.handedOff, priority: 46, decision: testDecision, atSeq: handoffSeq });
    await write(ids.handedOff, 'customer', 'hello?');
    await write(ids.handedOff, 'agent', 'Hi, I am here.');
    await startedDaysAgo(ids.handedOff, 2);

    // Newer, never handed off; system notices are not read.
    ids.answered = (await openConversation(store, ws)).conversationId;
    await write(ids.answered, 'assistant', 'Hi!');
    await write(ids.answered, 'system', 'A notice.');
    await write(ids.answered, 'customer', 'how do I reset my password');
    await startedDaysAgo(ids.answered, 1);

    // Outside the window, and in another workspace.
    ids.old = (await openConversation(store, ws)).conversationId;
    await write(ids.old, 'customer', 'an old question');
    await startedDaysAgo(ids.old, 40);
    const other = (await otherWorkspace(database.db)).workspaceId;
    await openConversation(store, other);
  });
  afterAll(() => database?.close());

  it('reads the window newest first, each conversation up to its first handoff, with action replies marked', async () => {
    const { conversations, available } = await store.backtest.conversationsSince(ws, since, 10);
    expect(available).toBe(2);
    expect(conversations.map((c) => c.id)).toEqual([ids.answered, ids.handedOff]);
    const [answered, handedOff] = conversations;
    expect(answered).toMatchObject({ tier: 'standard', handoff: null });
    expect(answered!.messages).toEqual([
      { seq: 1, authorKind: 'assistant', body: 'Hi!', action: false },
      { seq: 3, authorKind: 'customer', body: 'how do I reset my password', action: false },
    ]);
    expect(handedOff!.handoff).toEqual({ atSeq: 5, priority: 46 });
    expect(handedOff!.messages.map((m) => [m.seq, m.authorKind, m.action])).toEqual([
      [1, 'assistant', false],
      [2, 'customer', false],
      [3, 'assistant', true],
      [4, 'customer', false],
    ]);
  });

  it('takes at most `limit`, the newest, and counts the whole window', async () => {
    const { conversations, available } = await store.backtest.conversationsSince(ws, since, 1);
    expect([conversations.map((c) => c.id), available]).toEqual([[ids.answered], 2]);
    expect(await store.backtest.conversationsSince(ws, new Date(), 10)).toEqual({ conversations: [], available: 0 });
  });
});
