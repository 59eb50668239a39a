import type { Deps } from '../core/deps.ts';
import type { LiveQueues, WaitingEntry } from './types.ts';

/** At most this many waiting handoffs are listed (the longest waits are always among them). */
const listed = 500;

/**
 * The workspace's queues as a supervisor watches them: waiting handoffs grouped by queue,
 * highest priority first, each queue's longest wait, how many wait in all (beyond the 500
 * listed), and every active agent's load.
 *
 * @example
 *   const { queues, agents, longestWaitSeconds } = await liveQueues(deps, workspaceId);
 */
export async function liveQueues(deps: Deps, workspaceId: string): Promise<LiveQueues> {
  const [{ entries: waiting, total }, agents] = await Promise.all([deps.store.supervision.waiting(workspaceId, listed), deps.store.supervision.agentLoads(workspaceId)]);
  const byQueue = new Map<string, Omit<WaitingEntry, 'queue'>[]>();
  for (const { queue, ...entry } of waiting) {
    const list = byQueue.get(queue) ?? [];
    list.push(entry);
    byQueue.set(queue, list);
  }
  const longest = (entries: { waitedSeconds: number }[]) => (entries.length ? Math.max(...entries.map((e) => e.waitedSeconds)) : null);
  const queues = [...byQueue].map(([queue, entries]) => ({ queue, longestWaitSeconds: longest(entries), waiting: entries }));
  queues.sort((a, b) => (b.longestWaitSeconds ?? 0) - (a.longestWaitSeconds ?? 0) || a.queue.localeCompare(b.queue));
  return { asOf: deps.clock.now().toISOString(), waitingTotal: total, longestWaitSeconds: longest(waiting), queues, agents };
}
