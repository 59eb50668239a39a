import { describe, expect, it } from 'vitest';
import type { ParsedImport } from '../../src/crm/importTypes.ts';
import { toMinorUnits } from '../../src/crm/minorUnits.ts';
import { parseImport } from '../../src/crm/parseImport.ts';

function parsed(fileName: string, text: string): ParsedImport {
  const outcome = parseImport(fileName, text);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.parsed;
}

const json = (...customers: unknown[]) => JSON.stringify({ customers });
const reasonFor = (fileName: string, text: string) => parsed(fileName, text).rejected.map((r) => `${r.at}: ${r.reason}`);

describe('reading an import file', () => {
  it.each([
    [{ externalId: '' }, 'customers[0]: externalId is required'],
    [{ externalId: 'C', email: 'not-an-email' }, 'customers[0]: email "not-an-email" is not an email address'],
    [{ externalId: 'C', phone: '12' }, 'customers[0]: phone "12" is not a phone number'],
    [{ externalId: 'C', tier: 'very gold' }, 'customers[0]: tier "very gold" is not a tier (one lowercase word such as standard, gold or platinum)'],
    [{ externalId: 'C', customerSince: '2023-02-29' }, 'customers[0]: customerSince "2023-02-29" is not a date like 2024-05-01'],
    [{ externalId: 'C', nickname: 'x' }, 'customers[0]: unknown field nickname'],
    [{ externalId: 'x'.repeat(101) }, 'customers[0]: externalId "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" is longer than 100 characters'],
    [{ externalId: 'C', orders: {} }, 'customers[0]: orders is not a list'],
    [{ externalId: 'C', email: 'x', orders: [{}], tickets: [{}, {}] }, 'customers[0]: email "x" is not an email address; its 1 order, 2 tickets were not imported'],
    ['C-1', 'customers[0]: is not an object'],
  ])('rejects a bad customer %j', (customer, reason) => {
    expect(reasonFor('a.json', json(customer))).toEqual([reason]);
  });

  it.each([
    [{ status: 'new', total: 1, currency: 'USD', placedAt: '2024-01-01' }, 'number is required'],
    [{ number: '1', status: 'new', total: 1, currency: 'US', placedAt: '2024-01-01' }, 'currency "US" is not an ISO 4217 currency code such as USD'],
    [{ number: '1', status: 'new', total: 1, currency: 'XYZ', placedAt: '2024-01-01' }, 'currency "XYZ" is not an ISO 4217 currency code such as USD'],
    [{ number: '1', status: 'new', total: '89,99', currency: 'EUR', placedAt: '2024-01-01' }, 'total "89,99" is not an amount like 89.99'],
    [{ number: '1', status: 'new', total: -5, currency: 'EUR', placedAt: '2024-01-01' }, 'total -5 is not an amount like 89.99'],
    [{ number: '1', status: 'new', total: 1.5, currency: 'JPY', placedAt: '2024-01-01' }, 'total 1.5 has decimals; JPY has none'],
    [{ number: '1', status: 'new', total: 1, totalMinor: 100, currency: 'EUR', placedAt: '2024-01-01' }, 'give total or totalMinor, not both'],
    [{ number: '1', status: 'new', totalMinor: 1.5, currency: 'EUR', placedAt: '2024-01-01' }, 'totalMinor 1.5 is not a whole amount in minor units (cents), zero or more'],
    [{ number: '1', status: 'new', currency: 'EUR', placedAt: '2024-01-01' }, 'total is required'],
    [{ number: '1', status: 'new', total: 1, currency: 'EUR', placedAt: '2024-05-01T10:00:00' }, 'placedAt "2024-05-01T10:00:00" is not an ISO 8601 date or date-time with a zone, like 2024-05-01T10:00:00Z'],
    [{ number: '1', status: 'new', total: 1, currency: 'EUR', placedAt: '2024-05-01T25:00:00Z' }, 'placedAt "2024-05-01T25:00:00Z" is not an ISO 8601 date or date-time with a zone, like 2024-05-01T10:00:00Z'],
  ])('rejects a bad order %j', (order, reason) => {
    expect(reasonFor('a.json', json({ externalId: 'C', orders: [order] }))).toEqual([`customers[0].orders[0]: ${reason}`]);
  });

  it('normalizes what it accepts: currencies, amounts, tiers, instants, statuses', () => {
    const { batch, rejected } = parsed(
      'a.json',
      json({
        externalId: ' C-1 ',
        tier: 'Gold',
        orders: [
          { number: 8821, status: 'shipped', total: '89.90', currency: 'usd', placedAt: '2024-05-01T12:00:00+02:00' },
          { number: 'K-1', status: 'new', total: 1.234, currency: 'KWD', placedAt: '2024-05-01' },
        ],
        subscriptions: [{ plan: 'Pro', status: 'Canceled', startedAt: '2024-01-01T00:00:00.5Z', renewsAt: '' }],
      }),
    );
    expect(rejected).toEqual([]);
    expect(batch.customers).toEqual([{ at: 'customers[0]', externalId: 'C-1', tier: 'gold' }]);
    expect(batch.orders).toEqual([
      { at: 'customers[0].orders[0]', customerExternalId: 'C-1', number: '8821', status: 'shipped', totalMinor: 8990, currency: 'USD', placedAt: '2024-05-01T10:00:00.000Z' },
      { at: 'customers[0].orders[1]', customerExternalId: 'C-1', number: 'K-1', status: 'new', totalMinor: 1234, currency: 'KWD', placedAt: '2024-05-01T00:00:00.000Z' },
    ]);
    expect(batch.subscriptions).toEqual([{ at: 'customers[0].subscriptions[0]', customerExternalId: 'C-1', plan: 'Pro', status: 'cancelled', startedAt: '2024-01-01T00:00:00.500Z' }]);
  });

  it('rejects a record that repeats an earlier one of the file', () => {
    const text = json(
      { externalId: 'C', orders: [{ number: '1', status: 'a', total: 1, currency: 'EUR', placedAt: '2024-01-01' }] },
      { externalId: 'D', orders: [{ number: '1', status: 'b', total: 1, currency: 'EUR', placedAt: '2024-01-01' }] },
      { externalId: 'C', tickets: [{ subject: 'x', status: 'open', openedAt: '2024-01-01' }] },
    );
    expect(reasonFor('a.json', text)).toEqual([
      'customers[1].orders[0]: repeats the order at customers[0].orders[0]',
      'customers[2]: repeats the customer at customers[0]; its 1 ticket was not imported',
    ]);
  });

  it('reads CSV files by their header, names rows as a spreadsheet does, and uses the CSV column names', () => {
    const customers = parsed('c.csv', '\uFEFFExternal_ID,name,email,tier,customer_since\r\nC-1,"Lovelace, Ada",ada@example.com,gold,2019-06-01\r\n\r\nC-2,,bad,,\r\nC-3,x\r\n');
    expect(customers.batch.customers).toEqual([{ at: 'row 2', externalId: 'C-1', name: 'Lovelace, Ada', email: 'ada@example.com', tier: 'gold', customerSince: '2019-06-01' }]);
    expect(customers.rejected).toEqual([
      { kind: 'customers', at: 'row 4', reason: 'email "bad" is not an email address' },
      { kind: 'customers', at: 'row 5', reason: 'has 2 cells, the header has 5' },
    ]);
    const orders = parsed('o.csv', 'customer_external_id,number,status,total,currency,placed_at\nC-1,8821,shipped,89.99,USD,2024-05-01T10:00:00Z\nC-1,8822,"multi\nline",1,USD,2024-05-01T10:00\n');
    expect(orders.batch.orders).toHaveLength(1);
    // A quoted cell over two lines is still one row; each problem of a row is named.
    expect(orders.rejected).toEqual([
      { kind: 'orders', at: 'row 3', reason: 'status "multi\\nline" contains control characters; placed_at "2024-05-01T10:00" is not an ISO 8601 date or date-time with a zone, like 2024-05-01T10:00:00Z' },
    ]);
    expect(parsed('s.csv', 'customer_external_id,plan,status,started_at\nC-1,Pro,active,2024-01-01\n').batch.subscriptions).toHaveLength(1);
    expect(parsed('t.csv', 'customer_external_id,subject,status,opened_at\nC-1,Hi,open,2024-01-01\n').batch.tickets).toHaveLength(1);
  });

  it.each([
    ['a.txt', 'x', 'is neither .json nor .csv'],
    ['a.json', '{"customers": [', 'is not valid JSON'],
    ['a.json', '[]', 'must be a JSON object with one field, "customers"'],
    ['a.json', '{"customers": [], "orders": []}', 'must be a JSON object with one field, "customers"'],
    ['a.csv', '', 'is empty'],
    ['a.csv', 'id,name\n', 'has a header that names no kind of record: "id,name". Expected one of: customers (external_id,'],
    ['a.csv', 'external_id,emial\n', 'is a customers file but has unknown column(s) emial'],
    ['a.csv', 'customer_external_id,number,status,total\n', 'is a orders file but lacks column(s) currency, placed_at'],
    ['a.csv', 'external_id,name,name\n', 'repeats column(s) name'],
    ['a.csv', 'external_id\n"unclosed\n', 'is not valid CSV'],
  ])('refuses %s holding %j as a whole', (fileName, text, problem) => {
    const outcome = parseImport(fileName, text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toContain(problem);
  });

  it('converts amounts digit by digit', () => {
    expect(toMinorUnits('0.1', 'USD')).toEqual({ minor: 10 });
    expect(toMinorUnits('1.10', 'JPY')).toEqual({ problem: 'has decimals; JPY has none' });
    expect(toMinorUnits('1.0', 'JPY')).toEqual({ minor: 1 });
    expect(toMinorUnits('123456789012345678', 'USD')).toEqual({ problem: 'is too large' });
    expect(toMinorUnits(0.1 + 0.2, 'USD')).toEqual({ problem: 'has more than 2 decimals for USD' });
  });
});
