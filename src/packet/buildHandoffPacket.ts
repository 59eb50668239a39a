import { conversationAnalyzer, type ConversationAnalysis } from '../analysis/analyzeConversation.ts';
import { extractEntities } from '../analysis/extractEntities.ts';
import type { Entities } from '../analysis/types.ts';
import type { Deps } from '../core/deps.ts';
import { DomainError } from '../core/errors.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { toTurns } from '../assistant/toTurns.ts';
import type { Message } from '../message/types.ts';
import { buildPacket } from './buildPacket.ts';
import { renderSummary } from './renderSummary.ts';
import type { HandoffPacket } from './types.ts';
import type { AccountLookup } from './verifyList.ts';

/** How much of the conversation before the escalation the packet reads. */
const maxMessages = 500;

/**
 * Build and store a handoff's packet, or return the one already stored. Runs after the
 * escalation committed (a listener on `handoff.created`), and again on demand if that run
 * never finished, so a slow or failing CRM delays only the account part, never the handoff:
 * the CRM lookup has its own timeout and its failure is written into the packet.
 *
 * @example
 *   const { packet, summary } = await buildHandoffPacket(deps, workspaceId, handoffId);
 */
export async function buildHandoffPacket(deps: Deps, workspaceId: string, handoffId: string): Promise<{ packet: HandoffPacket; summary: string }> {
  const stored = await deps.store.packets.get(workspaceId, handoffId);
  if (stored) return stored;
  const handoff = await deps.store.handoffs.get(workspaceId, handoffId);
  if (!handoff) throw new DomainError('not_found');
  const conversation = await deps.store.conversations.get(workspaceId, handoff.conversationId);
  const customer = conversation && (await deps.store.customers.get(workspaceId, conversation.customerId));
  if (!conversation || !customer) throw new DomainError('not_found');
  const upTo = handoff.atSeq ?? conversation.lastSeq;
  const [messages, attempts, policy, lookup] = await Promise.all([
    deps.store.messages.after(workspaceId, conversation.id, Math.max(0, upTo - maxMessages), Math.min(upTo, maxMessages)),
    deps.store.attempts.list(workspaceId, conversation.id),
    deps.store.workspaces.escalationPolicy(workspaceId),
    customer.externalId ? deps.crm.lookup(workspaceId, customer.externalId) : Promise.resolve<AccountLookup>({ status: 'anonymous' }),
  ]);
  const { analysis, assistantMentions } = readConversation(deps, messages, policy.sentimentSensitivity);
  const packet = buildPacket({
    handoff,
    messages,
    customer,
    analysis,
    assistantMentions,
    attempts: attempts.filter((a) => a.atSeq === undefined || a.atSeq <= upTo),
    lookup,
    now: deps.clock.now(),
  });
  // An LLM, when configured, may phrase the intent line (from the stored, masked transcript);
  // it falls back to Baton's own line by itself.
  packet.intent.line = await deps.phraser.phraseIntent({ transcript: toTurns(messages), draft: packet.intent.line });
  const summary = renderSummary(packet);
  // Two builders may race (the listener and an agent opening the handoff): the first stored wins.
  return inTransaction(deps, workspaceId, async (tx, emit) => {
    const first = await tx.packets.get(workspaceId, handoffId);
    if (first) return first;
    await tx.packets.save(workspaceId, handoffId, packet, summary);
    emit({ type: 'handoff.packet_built', conversationId: conversation.id, handoffId, payload: { packetVersion: packet.packetVersion, account: packet.account.status } });
    return { packet, summary };
  });
}

/** The analysis at escalation, read like the assistant read it: from the last agent message on. */
function readConversation(deps: Deps, messages: readonly Message[], sensitivity: Parameters<typeof conversationAnalyzer>[1]) {
  const lastAgent = messages.findLastIndex((m) => m.authorKind === 'agent');
  const since = messages.slice(lastAgent + 1);
  const analyzer = conversationAnalyzer({ language: deps.analyzers.language, sentiment: deps.analyzers.sentiment }, sensitivity);
  let analysis: ConversationAnalysis | undefined;
  for (const turn of toTurns(since)) analysis = analyzer.add(turn);
  analysis ??= analyzer.add({ role: 'customer', text: '' });
  const assistantMentions: Entities = { orderIds: [], amounts: [], accountNumbers: [], emails: [], dates: [] };
  for (const m of since) {
    if (m.authorKind !== 'assistant') continue;
    const found = extractEntities(m.body);
    for (const key of ['orderIds', 'accountNumbers', 'emails', 'dates'] as const) for (const v of found[key]) if (!assistantMentions[key].includes(v)) assistantMentions[key].push(v);
    for (const money of found.amounts) if (!assistantMentions.amounts.some((a) => a.amount === money.amount)) assistantMentions.amounts.push(money);
  }
  return { analysis, assistantMentions };
}
