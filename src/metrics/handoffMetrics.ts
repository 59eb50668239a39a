import type { Deps } from '../core/deps.ts';
import { computeMetrics, type MetricsReport } from './computeMetrics.ts';
import { foldEvents } from './foldEvents.ts';

/** The most conversations one period reads (the report says when it was reached). */
export const maxConversations = 50_000;

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
  const [events, previousEvents, teams] = await Promise.all([
    deps.store.metrics.events(workspaceId, from, to, maxConversations),
    deps.store.metrics.events(workspaceId, previousFrom, from, maxConversations),
    deps.store.teams.list(workspaceId),
  ]);
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  const handoffIds = [...new Set(events.filter((e) => e.type === 'handoff.assigned' && e.handoffId).map((e) => e.handoffId!))];
  const extras = await deps.store.metrics.extras(workspaceId, handoffIds);
  const records = foldEvents(events, teamNames, extras);
  const report = computeMetrics(records, { from, to }, foldEvents(previousEvents, teamNames, new Map()));
  return { ...report, capped: records.length >= maxConversations };
}
