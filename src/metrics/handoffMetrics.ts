import type { Deps } from '../core/deps.ts';
import { computeMetrics, type MetricsReport } from './computeMetrics.ts';
import { foldEvents } from './foldEvents.ts';
import type { ConversationRecord } from './types.ts';

/** The most conversations one period reads (the report says when it was reached). */
export const maxConversations = 50_000;

/**
 * The conversations that started in `[from, to)`, folded from the event log; with the agent's
 * first reply and the packet (for the cold-start test) unless `withExtras` is false.
 *
 * @example
 *   const records = await loadConversationRecords(deps, workspaceId, from, to);
 */
export async function loadConversationRecords(deps: Pick<Deps, 'store'>, workspaceId: string, from: Date, to: Date, withExtras = true): Promise<ConversationRecord[]> {
  const [events, teams] = await Promise.all([deps.store.metrics.events(workspaceId, from, to, maxConversations), deps.store.teams.list(workspaceId)]);
  const handoffIds = withExtras ? [...new Set(events.filter((e) => e.type === 'handoff.assigned' && e.handoffId).map((e) => e.handoffId!))] : [];
  const extras = await deps.store.metrics.extras(workspaceId, handoffIds);
  return foldEvents(events, new Map(teams.map((t) => [t.id, t.name])), extras);
}

/**
 * The handoff metrics of a workspace for the `days` before `until` (default now), with the
 * same span before it for the trend. Read from the event log; the agent's first reply and
 * the packet come from their tables for the cold-start test.
 *
 * @example
 *   const report = await handoffMetrics(deps, workspaceId, { days: 7 });
 *   report.handoffRate.rate // 0.18
 */
export async function handoffMetrics(deps: Pick<Deps, 'store' | 'clock'>, workspaceId: string, options: { days: number; until?: Date }): Promise<MetricsReport & { capped: boolean }> {
  const to = options.until ?? deps.clock.now();
  const from = new Date(to.getTime() - options.days * 86_400_000);
  const previousFrom = new Date(from.getTime() - options.days * 86_400_000);
  const [records, previous] = await Promise.all([loadConversationRecords(deps, workspaceId, from, to), loadConversationRecords(deps, workspaceId, previousFrom, from, false)]);
  const report = computeMetrics(records, { from, to }, previous);
  return { ...report, capped: records.length >= maxConversations };
}
