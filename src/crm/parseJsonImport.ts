import { batchCollector, type RecordOf } from './batchCollector.ts';
import type { ParseOutcome } from './parseImport.ts';
import { validateCustomer, validateOrder, validateSubscription, validateTicket, type Checked, type RawRecord } from './validateRecords.ts';

type Collector = ReturnType<typeof batchCollector>;

/**
 * Read a JSON import: `{ "customers": [ { externalId, name?, …, orders?: [...], subscriptions?:
 * [...], tickets?: [...] } ] }`. Rows are named by their path (`customers[1].orders[0]`); a
 * rejected customer takes its orders, subscriptions and tickets with it.
 *
 * @example
 *   parseJsonImport('{"customers":[{"externalId":"C-1","tier":"gold"}]}')
 *   // { ok: true, parsed: { format: 'json', batch: { customers: [{ at: 'customers[0]', externalId: 'C-1', tier: 'gold' }], … }, rejected: [] } }
 */
export function parseJsonImport(text: string): ParseOutcome {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: `is not valid JSON: ${(error as Error).message}` };
  }
  if (!isObject(document) || !Array.isArray(document.customers) || Object.keys(document).length !== 1) {
    return { ok: false, problem: 'must be a JSON object with one field, "customers": a list of customers' };
  }
  const collect = batchCollector('json');
  document.customers.forEach((item: unknown, i: number) => readCustomer(collect, item, `customers[${i}]`));
  return { ok: true, parsed: collect.done() };
}

function readCustomer(collect: Collector, item: unknown, at: string): void {
  if (!isObject(item)) return collect.reject('customers', at, 'is not an object');
  const { orders, subscriptions, tickets, ...fields } = item;
  const lists = { orders, subscriptions, tickets };
  const notLists = Object.entries(lists)
    .filter(([, list]) => list !== undefined && list !== null && !Array.isArray(list))
    .map(([name]) => `${name} is not a list`);
  const checked = validateCustomer(fields, String, at);
  const problems = [...(checked.ok ? [] : checked.problems), ...notLists];
  if (!collect.add('customers', problems.length ? { ok: false, problems } : checked, at, skipped(lists)) || !checked.ok) return;
  const owner = checked.record.externalId;
  readList(collect, 'orders', orders, `${at}.orders`, owner, validateOrder);
  readList(collect, 'subscriptions', subscriptions, `${at}.subscriptions`, owner, validateSubscription);
  readList(collect, 'tickets', tickets, `${at}.tickets`, owner, validateTicket);
}

function readList<K extends 'orders' | 'subscriptions' | 'tickets'>(
  collect: Collector,
  kind: K,
  list: unknown,
  path: string,
  owner: string,
  validate: (raw: RawRecord, label: (field: string) => string, at: string) => Checked<RecordOf<K>>,
): void {
  if (!Array.isArray(list)) return;
  list.forEach((entry: unknown, j) => {
    const at = `${path}[${j}]`;
    // The owner comes from the enclosing customer, whatever the entry says.
    const checked = isObject(entry) ? validate({ ...entry, customerExternalId: owner }, String, at) : { ok: false as const, problems: ['is not an object'] };
    collect.add(kind, checked, at);
  });
}

/** "its 2 orders, 1 ticket were not imported" (or "its 1 order was …"), for a rejected customer. */
function skipped(lists: Record<string, unknown>): string[] {
  const counted = Object.entries(lists).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]) && entry[1].length > 0);
  const parts = counted.map(([name, list]) => `${list.length} ${list.length === 1 ? name.slice(0, -1) : name}`);
  const one = counted.length === 1 && counted[0]![1].length === 1;
  return parts.length ? [`its ${parts.join(', ')} ${one ? 'was' : 'were'} not imported`] : [];
}

function isObject(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
