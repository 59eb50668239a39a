import { parse } from 'csv-parse/sync';
import { batchCollector } from './batchCollector.ts';
import type { RecordKind } from './importTypes.ts';
import type { ParseOutcome } from './parseImport.ts';
import { validateCustomer, validateOrder, validateSubscription, validateTicket, type RawRecord } from './validateRecords.ts';

/** The CSV files `baton import` reads: one kind per file, told apart by its header. */
export const csvLayouts = {
  customers: { marker: 'external_id', columns: ['external_id', 'name', 'email', 'phone', 'tier', 'customer_since'], required: ['external_id'] },
  orders: {
    marker: 'number',
    columns: ['customer_external_id', 'number', 'status', 'total', 'currency', 'placed_at'],
    required: ['customer_external_id', 'number', 'status', 'total', 'currency', 'placed_at'],
  },
  subscriptions: {
    marker: 'plan',
    columns: ['customer_external_id', 'plan', 'status', 'started_at', 'renews_at'],
    required: ['customer_external_id', 'plan', 'status', 'started_at'],
  },
  tickets: {
    marker: 'subject',
    columns: ['customer_external_id', 'subject', 'status', 'opened_at'],
    required: ['customer_external_id', 'subject', 'status', 'opened_at'],
  },
} as const satisfies Record<RecordKind, { marker: string; columns: readonly string[]; required: readonly string[] }>;


const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Read a CSV import (comma-separated, UTF-8, optional byte-order mark, quoted fields as in
 * RFC 4180). The header names the kind of record (`csvLayouts`); a wrong header refuses the
 * whole file. Rows are named as a spreadsheet numbers them: the header is row 1.
 *
 * @example
 *   parseCsvImport('external_id,name,tier\nC-1,Ada,gold\n')
 *   // { ok: true, parsed: { format: 'csv', batch: { customers: [{ at: 'row 2', externalId: 'C-1', name: 'Ada', tier: 'gold' }], … }, rejected: [] } }
 */
export function parseCsvImport(text: string): ParseOutcome {
  let rows: { record: string[]; info: { records: number } }[];
  try {
    // With `info`, each row comes as { record, info }; the typings only know plain rows.
    rows = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: false }) as unknown as typeof rows;
  } catch (error) {
    return { ok: false, problem: `is not valid CSV: ${(error as Error).message}` };
  }
  const [head, ...body] = rows;
  if (!head) return { ok: false, problem: 'is empty' };
  const header = head.record.map((cell) => cell.trim().toLowerCase());
  const recognised = recognise(header);
  if ('problem' in recognised) return { ok: false, problem: recognised.problem };
  const layout = recognised.kind;
  const collect = batchCollector('csv');
  for (const { record, info } of body) {
    if (record.length === 1 && record[0]!.trim() === '') continue;
    const at = `row ${info.records}`;
    if (record.length !== header.length) {
      collect.reject(layout, at, `has ${record.length} cells, the header has ${header.length}`);
      continue;
    }
    const raw = Object.fromEntries(header.map((column, i) => [camel(column), record[i]]));
    addRow(collect, layout, raw, at);
  }
  return { ok: true, parsed: collect.done() };
}

function addRow(collect: ReturnType<typeof batchCollector>, kind: RecordKind, raw: RawRecord, at: string): void {
  if (kind === 'customers') collect.add(kind, validateCustomer(raw, snake, at), at);
  else if (kind === 'orders') collect.add(kind, validateOrder(raw, snake, at), at);
  else if (kind === 'subscriptions') collect.add(kind, validateSubscription(raw, snake, at), at);
  else collect.add(kind, validateTicket(raw, snake, at), at);
}

/** The kind of record a header holds, or what is wrong with it. */
function recognise(header: string[]): { kind: RecordKind } | { problem: string } {
  const expected = Object.entries(csvLayouts)
    .map(([kind, l]) => `${kind} (${l.columns.join(',')})`)
    .join('; ');
  const kinds = (Object.keys(csvLayouts) as RecordKind[]).filter((kind) => header.includes(csvLayouts[kind].marker));
  if (kinds.length !== 1) return { problem: `has a header that names no kind of record: "${header.join(',')}". Expected one of: ${expected}` };
  const kind = kinds[0]!;
  const layout: { columns: readonly string[]; required: readonly string[] } = csvLayouts[kind];
  const missing = layout.required.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !layout.columns.includes(c));
  const repeated = header.filter((c, i) => header.indexOf(c) !== i);
  const problems = [
    missing.length ? `lacks column(s) ${missing.join(', ')}` : '',
    unknown.length ? `has unknown column(s) ${unknown.join(', ')}` : '',
    repeated.length ? `repeats column(s) ${repeated.join(', ')}` : '',
  ].filter(Boolean);
  return problems.length ? { problem: `is a ${kind} file but ${problems.join(' and ')}; its columns are ${layout.columns.join(',')}` } : { kind };
}
