import type { IntoDbOutcome } from './simulateIntoDb.ts';

/**
 * What `baton simulate --into-db` prints once the history is written: the span, the counts
 * and how long planning and writing took.
 *
 * @example
 *   formatIntoDbReport(outcome, 3.4)
 *   // 'Simulated 14 days into workspace "demo" (seed 1): 2026-11-10 11:31 to 2026-11-24 11:31 UTC\n  2,366 conversations, …'
 */
export function formatIntoDbReport(outcome: Extract<IntoDbOutcome, { kind: 'written' }>, seconds: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const at = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');
  const { counts } = outcome;
  const rate = counts.conversations === 0 ? 0 : (counts.handoffs / counts.conversations) * 100;
  return [
    `Simulated ${outcome.days} days into workspace "${outcome.workspace}" (seed ${outcome.seed}): ${at(outcome.startsAt)} to ${at(outcome.endsAt)} UTC`,
    `  ${n(counts.conversations)} conversations, ${n(counts.handoffs)} handoffs (${rate.toFixed(1)}%), ${n(counts.messages)} messages, ${n(counts.events)} events`,
    `  ${n(counts.offers)} offers, ${n(counts.csat)} CSAT answers, ${n(counts.contacts)} callbacks, ${n(counts.customers)} new customers, ${n(counts.orders)} orders`,
    `Planned in ${(outcome.planMs / 1000).toFixed(1)} s, written in ${(outcome.writeMs / 1000).toFixed(1)} s (${seconds.toFixed(1)} s in all).`,
    'The history is simulated; the workspace keeps a record of this run, and a second --into-db is refused.',
  ].join('\n');
}
