import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import type { HandoffPacket } from '../../src/packet/types.ts';
import { kyselyStore } from '../../src/store/kyselyStore.ts';
import type { OpenDatabase } from '../../src/store/openDatabase.ts';
import { engines } from '../helpers/engines.ts';
import { demoWorkspaceId, openConversation, otherWorkspace, testDecision } from '../helpers/fixtures.ts';

const decision = testDecision;

describe.each(engines)('packet, attempt and contact rows on $name', (engine) => {
  let database: OpenDatabase;
  let store: Store;
  let ws: string;
  let other: string;

  beforeAll(async () => {
    database = await engine.open();
    store = kyselyStore(database.db);
    ws = await demoWorkspaceId(database.db);
    other = (await otherWorkspace(database.db, 'other-packets')).workspaceId;
  });
  afterAll(() => database?.close());

  async function withMessages(count: number) {
    const { conversationId } = await openConversation(store, ws);
    await store.transaction(async (tx) => {
      for (let i = 0; i < count; i++) await tx.messages.append(ws, conversationId, { id: randomUUID(), authorKind: i % 2 ? 'assistant' : 'customer', body: `m${i}` });
    });
    return conversationId;
  }

  it('records one attempt per message and settles it once, from offered only', async () => {
    const conversationId = await withMessages(4);
    await store.attempts.record(ws, conversationId, { seq: 2, kind: 'article', ref: 'refund-policy', label: 'directed to the refunds article' });
    await store.attempts.record(ws, conversationId, { seq: 2, kind: 'action', ref: 'refund_portal', label: 'a second record of message 2' });
    await store.attempts.settle(ws, conversationId, 2, 'failed', "I can't find the charge");
    await store.attempts.settle(ws, conversationId, 2, 'succeeded', 'thanks');
    expect(await store.attempts.list(ws, conversationId)).toEqual([
      { kind: 'article', ref: 'refund-policy', label: 'directed to the refunds article', outcome: 'failed', evidence: "I can't find the charge", atSeq: 2 },
    ]);
    expect(await store.attempts.list(other, conversationId)).toEqual([]);
  });

  it('refuses an attempt for a message that does not exist', async () => {
    const conversationId = await withMessages(1);
    await expect(store.attempts.record(ws, conversationId, { seq: 9, kind: 'article', ref: 'x', label: 'x' })).rejects.toThrow();
  });

  it('keeps the first packet stored for a handoff', async () => {
    const conversationId = await withMessages(2);
    const handoff = await store.handoffs.create(ws, { id: randomUUID(), conversationId, priority: 40, decision, atSeq: 2, quotedWaitSeconds: 120, path: 'no_agent' });
    expect(handoff).toMatchObject({ atSeq: 2, quotedWaitSeconds: 120, path: 'no_agent', teamId: null });
    const first = { packetVersion: 1, handoffId: handoff!.id } as HandoffPacket;
    await store.packets.save(ws, handoff!.id, first, 'first');
    await store.packets.save(ws, handoff!.id, { ...first, builtAt: 'later' }, 'second');
    expect(await store.packets.get(ws, handoff!.id)).toEqual({ packet: first, summary: 'first' });
    expect(await store.packets.get(other, handoff!.id)).toBeUndefined();
  });

  it('measures acceptance times of accepted handoffs, newest first', async () => {
    const conversationId = await withMessages(1);
    const handoff = await store.handoffs.create(ws, { id: randomUUID(), conversationId, priority: 10, decision });
    const agent = await database.db.selectFrom('agents').select('id').where('workspace_id', '=', ws).limit(1).executeTakeFirstOrThrow();
    await database.db.updateTable('handoffs').set({ created_at: new Date(Date.now() - 90_000) }).where('id', '=', handoff!.id).execute();
    await store.handoffs.setStatus(ws, handoff!.id, 'pending', 'assigned', { assignedAgentId: agent.id });
    const [newest] = await store.handoffs.recentAcceptanceSeconds(ws, 5);
    expect(newest).toBeGreaterThan(80);
    expect(newest).toBeLessThan(200);
  });

  it('keeps contact requests only with consent and the right contact field', async () => {
    const conversationId = await withMessages(1);
    const request = await store.contactRequests.create(ws, { id: randomUUID(), conversationId, kind: 'callback', phone: '+1 415 555 0134', preferredTime: 'after 5pm', consentedAt: new Date() });
    expect(request).toMatchObject({ kind: 'callback', phone: '+1 415 555 0134', status: 'open', email: null });
    await expect(store.contactRequests.create(ws, { id: randomUUID(), conversationId, kind: 'email', consentedAt: new Date() })).rejects.toThrow();
    expect(await store.contactRequests.setStatus(ws, request.id, 'open', 'done', 'called back')).toMatchObject({ status: 'done', detail: 'called back' });
    expect(await store.contactRequests.setStatus(ws, request.id, 'open', 'done', null)).toBeUndefined();
    expect(await store.contactRequests.list(other, { conversationId })).toEqual([]);
    expect((await store.contactRequests.list(ws, { conversationId })).map((r) => r.status)).toEqual(['done']);
  });

  it('stores team hours and message templates per workspace', async () => {
    const [team] = await store.teams.list(ws);
    expect(await store.teams.setBusinessHours(other, team!.id, null)).toBe(false);
    expect(await store.teams.setBusinessHours(ws, team!.id, { timeZone: 'UTC', weekly: null, holidays: [] })).toBe(true);
    expect((await store.teams.list(ws)).find((t) => t.id === team!.id)?.businessHours).toEqual({ timeZone: 'UTC', weekly: null, holidays: [] });
    await store.workspaces.setMessageTemplates(other, { warm: { en: 'Hi {team}' } });
    expect((await store.workspaces.settings(other)).messageTemplates).toEqual({ warm: { en: 'Hi {team}' } });
    expect((await store.workspaces.settings(ws)).messageTemplates).not.toEqual({ warm: { en: 'Hi {team}' } });
  });
});
