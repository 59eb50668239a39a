import { Gauge, type Registry } from 'prom-client';
import type { Store } from '../../core/store.ts';

/** Rows read per scrape, and `(workspace, queue)` pairs remembered to report as 0: a bound on the series. */
const maxSeries = 1000;

/**
 * `baton_handoffs_waiting{workspace,queue}` and `baton_agents_online{workspace}`, read from the
 * database at each scrape, so every instance reports the same database-wide numbers (take
 * `max`, not `sum`, across instances). A queue seen waiting earlier reports 0 once it empties,
 * rather than vanishing. When the database cannot be read the series are left out and
 * `onError` hears why; the rest of the scrape still answers.
 */
export function queueGauges(registry: Registry, store: Store, onError: (error: unknown) => void): void {
  const emptied = new Map<string, { workspace: string; queue: string }>();
  new Gauge({
    name: 'baton_handoffs_waiting',
    help: 'Handoffs waiting for an agent (pending or offered), by workspace and queue.',
    labelNames: ['workspace', 'queue'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        const rows = await store.operations.waitingByQueue(maxSeries);
        for (const labels of emptied.values()) this.set(labels, 0);
        for (const { workspace, queue, waiting } of rows) {
          this.set({ workspace, queue }, waiting);
          const key = JSON.stringify([workspace, queue]);
          if (emptied.size < maxSeries) emptied.set(key, { workspace, queue });
        }
      } catch (error) {
        onError(error);
      }
    },
  });
  new Gauge({
    name: 'baton_agents_online',
    help: 'Active agents whose presence is online, by workspace.',
    labelNames: ['workspace'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        for (const { workspace, online } of await store.operations.agentsOnline(maxSeries)) this.set({ workspace }, online);
      } catch (error) {
        onError(error);
      }
    },
  });
}
