import type { ImportBatch, ParsedImport, RecordKind, Rejection } from './importTypes.ts';
import type { Checked } from './validateRecords.ts';

/** One record of the given kind. */
export type RecordOf<K extends RecordKind> = ImportBatch[K][number];

const singular: Record<RecordKind, string> = { customers: 'customer', orders: 'order', subscriptions: 'subscription', tickets: 'ticket' };

/** What makes two records the same one: what re-importing matches on. */
const keyOf: { [K in RecordKind]: (r: RecordOf<K>) => string } = {
  customers: (c) => c.externalId,
  orders: (o) => o.number,
  subscriptions: (s) => `${s.customerExternalId}\u0000${s.plan}\u0000${s.startedAt}`,
  tickets: (t) => `${t.customerExternalId}\u0000${t.openedAt}\u0000${t.subject}`,
};

/**
 * Gathers a file's valid records and rejected rows. A record that repeats an earlier one of
 * the file (same external id, order number, subscription plan and start, or ticket subject and
 * opening time) is rejected: which of the two was meant is the file's author's call.
 *
 * @example
 *   const collect = batchCollector('csv');
 *   collect.add('customers', validateCustomer(raw, label, 'row 2'), 'row 2');
 *   collect.done(); // { format: 'csv', batch, rejected }
 */
export function batchCollector(format: ParsedImport['format']) {
  const batch: ImportBatch = { customers: [], orders: [], subscriptions: [], tickets: [] };
  const rejected: Rejection[] = [];
  const seen = new Map<string, string>();
  return {
    reject(kind: RecordKind, at: string, reason: string): void {
      rejected.push({ kind, at, reason });
    },
    /** Keep the record if valid and new; returns whether it was kept. `lost` is added to the
     * reason of a rejection ("its 2 orders were not imported"). */
    add<K extends RecordKind>(kind: K, checked: Checked<RecordOf<K>>, at: string, lost: string[] = []): boolean {
      if (!checked.ok) {
        rejected.push({ kind, at, reason: [...checked.problems, ...lost].join('; ') });
        return false;
      }
      const key = `${kind}\u0000${keyOf[kind](checked.record)}`;
      const first = seen.get(key);
      if (first !== undefined) {
        rejected.push({ kind, at, reason: [`repeats the ${singular[kind]} at ${first}`, ...lost].join('; ') });
        return false;
      }
      seen.set(key, at);
      (batch[kind] as RecordOf<K>[]).push(checked.record);
      return true;
    },
    done: (): ParsedImport => ({ format, batch, rejected }),
  };
}
