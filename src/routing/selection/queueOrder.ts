/**
 * From this priority a handoff is a safety one (see `priorityOf`): always ahead of the rest.
 *
 * @example
 *   handoff.priority >= safetyPriority // a safety handoff
 */
export const safetyPriority = 90;

const minuteMs = 60_000;

/**
 * A waiting handoff, as the queue order reads it.
 *
 * @example
 *   const queued: QueuedHandoff = { id: handoff.id, priority: handoff.priority + target.priorityBoost, createdAtMs: handoff.createdAt.getTime() };
 */
export interface QueuedHandoff {
  id: string;
  /** The handoff's priority plus its route's `priorityBoost`. */
  priority: number;
  createdAtMs: number;
}

/**
 * A waiting handoff's priority with aging: `agingPerMinute` points per whole minute waited,
 * at most `maxAging` points in all.
 *
 * @example
 *   effectivePriority({ id: 'h1', priority: 10, createdAtMs: 0 }, 40 * 60_000, 1) // 40
 */
export function effectivePriority(handoff: QueuedHandoff, nowMs: number, agingPerMinute: number, maxAging = 30): number {
  const minutes = Math.max(0, Math.floor((nowMs - handoff.createdAtMs) / minuteMs));
  return handoff.priority + Math.min(maxAging, minutes * agingPerMinute);
}

/**
 * The order in which waiting handoffs are served: safety handoffs (priority ≥ 90) first, then
 * the highest effective priority (so low priority ages upward and is not starved), then the
 * longest wait, then id. Pure and deterministic.
 *
 * @example
 *   orderQueue([{ id: 'old', priority: 10, createdAtMs: 0 }, { id: 'new', priority: 35, createdAtMs: 40 * 60_000 }], 40 * 60_000, 1)
 *   // ['old', 'new']: 10 + 30 (aging capped) beats 35
 */
export function orderQueue(handoffs: readonly QueuedHandoff[], nowMs: number, agingPerMinute: number, maxAging = 30): string[] {
  const keyed = handoffs.map((h) => ({ h, safety: h.priority >= safetyPriority, effective: effectivePriority(h, nowMs, agingPerMinute, maxAging) }));
  keyed.sort(
    (a, b) =>
      Number(b.safety) - Number(a.safety) ||
      b.effective - a.effective ||
      a.h.createdAtMs - b.h.createdAtMs ||
      (a.h.id < b.h.id ? -1 : a.h.id > b.h.id ? 1 : 0),
  );
  return keyed.map((k) => k.h.id);
}
