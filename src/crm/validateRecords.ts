import {
  calendarDate,
  currencyCode,
  emailAddress,
  instant,
  minorAmount,
  phoneNumber,
  subscriptionStatus,
  text,
  tierName,
  type Rule,
} from './fieldRules.ts';
import type { CustomerRecord, OrderRecord, SubscriptionRecord, TicketRecord } from './importTypes.ts';
import { toMinorUnits } from './minorUnits.ts';

/** A record as read from the file: Baton's field names (camelCase), values as written. */
export type RawRecord = Record<string, unknown>;

/** How a field is named in messages: `customerSince` in JSON, `customer_since` in CSV. */
export type FieldLabel = (field: string) => string;

/** A valid record, or every problem found in it. */
export type Checked<T> = { ok: true; record: T } | { ok: false; problems: string[] };

/** The fields each kind of record may have, in Baton's names. */
export const recordFields = {
  customers: ['externalId', 'name', 'email', 'phone', 'tier', 'customerSince'],
  orders: ['customerExternalId', 'number', 'status', 'total', 'totalMinor', 'currency', 'placedAt'],
  subscriptions: ['customerExternalId', 'plan', 'status', 'startedAt', 'renewsAt'],
  tickets: ['customerExternalId', 'subject', 'status', 'openedAt'],
} as const;

/**
 * Validate a customer row. Blank values count as absent.
 *
 * @example
 *   validateCustomer({ externalId: 'C-1', email: 'x' }, String, 'row 2')
 *   // { ok: false, problems: ['email "x" is not an email address'] }
 */
export function validateCustomer(raw: RawRecord, label: FieldLabel, at: string): Checked<CustomerRecord> {
  const r = reader(raw, label, recordFields.customers);
  const record = {
    at,
    externalId: r.required('externalId', text(100)),
    name: r.optional('name', text(200)),
    email: r.optional('email', emailAddress),
    phone: r.optional('phone', phoneNumber),
    tier: r.optional('tier', tierName),
    customerSince: r.optional('customerSince', calendarDate),
  };
  return r.result<CustomerRecord>(record);
}

/**
 * Validate an order row: `total` is a decimal amount (89.99), or `totalMinor` whole cents (JSON only).
 *
 * @example
 *   validateOrder({ customerExternalId: 'C-1', number: '8821', status: 'shipped', total: '89.99', currency: 'USD', placedAt: '2024-05-01' }, String, 'row 2')
 */
export function validateOrder(raw: RawRecord, label: FieldLabel, at: string): Checked<OrderRecord> {
  const r = reader(raw, label, recordFields.orders);
  const currency = r.required('currency', currencyCode);
  let totalMinor = r.optional('totalMinor', minorAmount);
  if (!blank(raw.total) && !blank(raw.totalMinor)) r.problems.push(`give ${label('total')} or ${label('totalMinor')}, not both`);
  else if (blank(raw.totalMinor)) {
    const total = r.required('total', text(30));
    if (total !== undefined && currency !== undefined) {
      const converted = toMinorUnits(total, currency);
      if ('problem' in converted) r.problems.push(`${label('total')} ${shown(raw.total)} ${converted.problem}`);
      else totalMinor = converted.minor;
    }
  }
  const record = {
    at,
    customerExternalId: r.required('customerExternalId', text(100)),
    number: r.required('number', text(64)),
    status: r.required('status', text(40)),
    totalMinor,
    currency,
    placedAt: r.required('placedAt', instant),
  };
  return r.result<OrderRecord>(record);
}

/**
 * Validate a subscription row; `renewsAt` is optional.
 *
 * @example
 *   validateSubscription({ customerExternalId: 'C-1', plan: 'Pro', status: 'active', startedAt: '2024-01-01' }, String, 'row 2')
 */
export function validateSubscription(raw: RawRecord, label: FieldLabel, at: string): Checked<SubscriptionRecord> {
  const r = reader(raw, label, recordFields.subscriptions);
  const record = {
    at,
    customerExternalId: r.required('customerExternalId', text(100)),
    plan: r.required('plan', text(100)),
    status: r.required('status', subscriptionStatus),
    startedAt: r.required('startedAt', instant),
    renewsAt: r.optional('renewsAt', instant),
  };
  return r.result<SubscriptionRecord>(record);
}

/**
 * Validate a previous-ticket row.
 *
 * @example
 *   validateTicket({ customerExternalId: 'C-1', subject: 'Refund', status: 'solved', openedAt: '2024-03-02T09:00:00Z' }, String, 'row 2')
 */
export function validateTicket(raw: RawRecord, label: FieldLabel, at: string): Checked<TicketRecord> {
  const r = reader(raw, label, recordFields.tickets);
  const record = {
    at,
    customerExternalId: r.required('customerExternalId', text(100)),
    subject: r.required('subject', text(300)),
    status: r.required('status', text(40)),
    openedAt: r.required('openedAt', instant),
  };
  return r.result<TicketRecord>(record);
}

/** Reads fields through rules, collecting every problem; `result` drops absent optional fields. */
function reader(raw: RawRecord, label: FieldLabel, known: readonly string[]) {
  const problems = Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => `unknown field ${label(key)}`);
  const read = <T>(field: string, rule: Rule<T>, required: boolean): T | undefined => {
    const value = raw[field];
    if (blank(value)) {
      if (required) problems.push(`${label(field)} is required`);
      return undefined;
    }
    const checked = rule(value);
    if ('problem' in checked) {
      problems.push(`${label(field)} ${shown(value)} ${checked.problem}`);
      return undefined;
    }
    return checked.value;
  };
  return {
    problems,
    required: <T>(field: string, rule: Rule<T>) => read(field, rule, true),
    optional: <T>(field: string, rule: Rule<T>) => read(field, rule, false),
    // Every required field was read, so when there is no problem none is undefined.
    result: <T>(record: { [K in keyof T]: T[K] | undefined }): Checked<T> => {
      if (problems.length > 0) return { ok: false, problems };
      const present = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
      return { ok: true, record: present as T };
    },
  };
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 42 ? `${json.slice(0, 40)}…"` : json;
}
