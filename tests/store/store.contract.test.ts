import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import { kyselyStore } from '../../src/store/kyselyStore.ts';
import { listMigrations, migrate } from '../../src/store/migrate.ts';
import type { OpenDatabase } from '../../src/store/openDatabase.ts';
import { engines } from '../helpers/engines.ts';
import { demoWorkspaceId, openConversation, otherWorkspace, testDecision } from '../helpers/fixtures.ts';

const decision = testDecision;

describe.each(engines)('store contract on $name', (engine) => {
  let database: OpenDatabase;
  let store: Store;
  let ws: string;
  let other: string;

  beforeAll(async () => {
    database = await engine.open();
    store = kyselyStore(database.db);
    ws = await demoWorkspaceId(database.db);
    other = (await otherWorkspace(database.db)).workspaceId;
  });
  afterAll(() => database?.close());

  it('re-running migrations applies nothing', async () => {
    expect(await migrate(database.db)).toEqual([]);
    const versions = (await database.db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version);
    expect(versions).toEqual(listMigrations().map((m) => m.version));
  });

  it('numbers messages 1, 2, 3… without gaps, even when written concurrently', async () => {
    const { conversationId } = await openConversation(store, ws);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.conversations.lock(ws, conversationId);
          await tx.messages.append(ws, conversationId, { id: randomUUID(), authorKind: 'customer', body: `message ${i}` });
        }),
      ),
    );
    const messages = await store.messages.after(ws, conversationId, 0, 100);
    expect(messages.map((m) => m.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(messages.map((m) => m.body)).size).toBe(20);
    expect((await store.conversations.get(ws, conversationId))?.lastSeq).toBe(20);
    expect((await store.messages.after(ws, conversationId, 18, 100)).map((m) => m.seq)).toEqual([19, 20]);
  });

  it('stores a message once per clientMessageId', async () => {
    const { conversationId } = await openConversation(store, ws);
    const send = () =>
      store.transaction(async (tx) => {
        await tx.conversations.lock(ws, conversationId);
        return tx.messages.append(ws, conversationId, { id: randomUUID(), authorKind: 'customer', body: 'hello', clientMessageId: 'c-1' });
      });
    const results = await Promise.all([send(), send(), send()]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
    expect(await store.messages.after(ws, conversationId, 0, 10)).toHaveLength(1);
  });

  it('refuses an empty or oversize body in the database itself', async () => {
    const { conversationId } = await openConversation(store, ws);
    for (const body of ['', 'x'.repeat(4001)]) {
      await expect(
        store.transaction((tx) => tx.messages.append(ws, conversationId, { id: randomUUID(), authorKind: 'customer', body })),
      ).rejects.toThrow();
    }
    expect((await store.conversations.get(ws, conversationId))?.lastSeq).toBe(0);
  });

  it('keeps one open conversation per customer and channel', async () => {
    const { customerId, conversationId } = await openConversation(store, ws);
    const second = () => store.conversations.create(ws, { id: randomUUID(), customerId, channel: 'chat', customerTokenHash: randomUUID() });
    expect(await second()).toBeUndefined();
    expect(await store.conversations.create(ws, { id: randomUUID(), customerId, channel: 'email', customerTokenHash: randomUUID() })).toBeDefined();
    expect((await store.conversations.openFor(ws, customerId, 'chat'))?.id).toBe(conversationId);
    expect(await store.conversations.setStatus(ws, conversationId, 'with_assistant', 'resolved', null)).toMatchObject({ status: 'resolved' });
    expect(await second()).toMatchObject({ status: 'with_assistant' });
  });

  it('changes status only from the expected status (compare-and-set)', async () => {
    const { conversationId } = await openConversation(store, ws);
    expect(await store.conversations.setStatus(ws, conversationId, 'with_agent', 'resolved', null)).toBeUndefined();
    expect((await store.conversations.get(ws, conversationId))?.status).toBe('with_assistant');
    const results = await Promise.all(
      [1, 2, 3].map(() => store.conversations.setStatus(ws, conversationId, 'with_assistant', 'waiting_for_agent', null)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('keeps one active handoff per conversation; a closed one makes room', async () => {
    const { conversationId } = await openConversation(store, ws);
    const create = () => store.handoffs.create(ws, { id: randomUUID(), conversationId, priority: 50, decision });
    const first = await create();
    expect(first).toMatchObject({ status: 'pending', priority: 50, decision });
    expect(await create()).toBeUndefined();
    expect(await store.handoffs.setStatus(ws, first!.id, 'offered', 'assigned', {})).toBeUndefined();
    const done = await store.handoffs.setStatus(ws, first!.id, 'pending', 'cancelled', { closeReason: 'customer_left' });
    expect(done).toMatchObject({ status: 'cancelled', closeReason: 'customer_left' });
    expect(done?.closedAt).toBeInstanceOf(Date);
    expect(await create()).toMatchObject({ status: 'pending' });
  });

  it('lists waiting handoffs by priority, then age', async () => {
    const ids: string[] = [];
    for (const priority of [10, 90, 50]) {
      const { conversationId } = await openConversation(store, other);
      ids.push((await store.handoffs.create(other, { id: randomUUID(), conversationId, priority, decision }))!.id);
    }
    expect((await store.handoffs.waiting(other, 10)).map((h) => h.priority)).toEqual([90, 50, 10]);
  });

  it('scopes every read to the workspace', async () => {
    const { conversationId } = await openConversation(store, ws);
    const handoff = await store.handoffs.create(ws, { id: randomUUID(), conversationId, priority: 1, decision });
    expect(await store.conversations.get(other, conversationId)).toBeUndefined();
    expect(await store.handoffs.get(other, handoff!.id)).toBeUndefined();
    expect(await store.messages.after(other, conversationId, 0, 10)).toEqual([]);
    expect(await store.conversations.setStatus(other, conversationId, 'with_assistant', 'resolved', null)).toBeUndefined();
  });

  it('refuses, in the schema, a row pointing into another workspace', async () => {
    const { conversationId } = await openConversation(store, ws);
    await expect(
      database.db
        .insertInto('messages')
        .values({ workspace_id: other, conversation_id: conversationId, seq: 1, id: randomUUID(), author_kind: 'customer', author_agent_id: null, body: 'x', client_message_id: null })
        .execute(),
    ).rejects.toThrow(/foreign key/);
  });

  it('keeps the event log append-only', async () => {
    await store.events.append(ws, [{ type: 'agent.signed_in', agentId: randomUUID(), payload: {} }]);
    const [event] = (await store.events.list(ws, {})).slice(-1);
    expect(event?.type).toBe('agent.signed_in');
    await expect(sql`UPDATE events SET type = 'x' WHERE id = ${event!.id}`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM events WHERE id = ${event!.id}`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('rolls back everything a failed transaction wrote', async () => {
    const { conversationId } = await openConversation(store, ws);
    await expect(
      store.transaction(async (tx) => {
        await tx.conversations.lock(ws, conversationId);
        await tx.messages.append(ws, conversationId, { id: randomUUID(), authorKind: 'customer', body: 'first' });
        await tx.events.append(ws, [{ type: 'message.created', conversationId, payload: { seq: 1, authorKind: 'customer' } }]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.messages.after(ws, conversationId, 0, 10)).toEqual([]);
    expect(await store.events.list(ws, { conversationId })).toEqual([]);
    expect((await store.conversations.get(ws, conversationId))?.lastSeq).toBe(0);
  });

  it('finds live sessions only', async () => {
    const agent = await database.db.selectFrom('agents').select(['id']).where('workspace_id', '=', ws).executeTakeFirstOrThrow();
    await store.sessions.create({ tokenHash: 'live', workspaceId: ws, agentId: agent.id, expiresInSeconds: 60 });
    await store.sessions.create({ tokenHash: 'expired', workspaceId: ws, agentId: agent.id, expiresInSeconds: -1 });
    expect(await store.sessions.find('live')).toMatchObject({ workspaceId: ws, agentId: agent.id });
    expect(await store.sessions.find('expired')).toBeUndefined();
    await store.sessions.delete('live');
    expect(await store.sessions.find('live')).toBeUndefined();
  });
});

describe.each(engines)('migrations on $name', (engine) => {
  it('run once when several instances start together on an empty database', async () => {
    const database = await engine.open({ empty: true });
    try {
      const results = await Promise.all([migrate(database.db), migrate(database.db), migrate(database.db)]);
      expect(results.flat()).toEqual(listMigrations().map((m) => m.version));
    } finally {
      await database.close();
    }
  });
});
