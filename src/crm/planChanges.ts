/** Records split by what writing them would do. */
export interface PlannedChanges<R, Row> {
  created: R[];
  changed: { stored: Row; record: R }[];
  unchanged: number;
}

/**
 * Compare incoming records with the stored rows, matched by key: new ones are created, those
 * that differ in a field are changed, the rest left alone, so re-importing a file writes nothing.
 *
 * @example
 *   planChanges([{ n: '1', s: 'shipped' }], [{ n: '1', s: 'new' }], (r) => r.n, (row) => row.n, (row, r) => row.s === r.s)
 *   // { created: [], changed: [{ stored: { n: '1', s: 'new' }, record: { n: '1', s: 'shipped' } }], unchanged: 0 }
 */
export function planChanges<R, Row>(
  records: R[],
  stored: Row[],
  keyOfRecord: (record: R) => string,
  keyOfRow: (row: Row) => string,
  same: (row: Row, record: R) => boolean,
): PlannedChanges<R, Row> {
  const byKey = new Map(stored.map((row) => [keyOfRow(row), row]));
  const plan: PlannedChanges<R, Row> = { created: [], changed: [], unchanged: 0 };
  for (const record of records) {
    const row = byKey.get(keyOfRecord(record));
    if (row === undefined) plan.created.push(record);
    else if (same(row, record)) plan.unchanged += 1;
    else plan.changed.push({ stored: row, record });
  }
  return plan;
}

/** Split a list into chunks of `size` (multi-row inserts stay far below PostgreSQL's parameter limit).
 * @example chunks([1, 2, 3], 2) // [[1, 2], [3]] */
export function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
