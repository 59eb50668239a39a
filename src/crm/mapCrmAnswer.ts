import { crmFieldDefaults, readPath, type CrmField } from './crmFields.ts';
import { instant as isoInstant } from './fieldRules.ts';
import { toMinorUnits } from './minorUnits.ts';
import { accountListLimit, type CrmAccount, type CrmOrder, type CrmSubscription, type CrmTicket } from './types.ts';

type FieldMap = Record<CrmField, string>;

/**
 * Read an HTTP CRM's JSON answer into an account, through the field map (`crmFieldDefaults`
 * overridden by `BATON_CRM_FIELDS`). Lenient by design: what cannot be read is left out rather
 * than failing the lookup. Undefined when the answer is not a JSON object.
 *
 * @example
 *   mapCrmAnswer({ id: 'C-1', account: { level: 'Gold' } }, 'C-1', { tier: 'account.level' })
 *   // { externalId: 'C-1', tier: 'gold', orders: [], subscriptions: [], tickets: [] }
 */
export function mapCrmAnswer(answer: unknown, externalId: string, mapping: Record<string, string>): CrmAccount | undefined {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return undefined;
  const fields: FieldMap = { ...crmFieldDefaults, ...mapping };
  const at = (field: CrmField, from: unknown = answer) => readPath(from, fields[field]);
  const since = text(at('customerSince'));
  const account: CrmAccount = {
    externalId: text(at('externalId')) ?? externalId,
    name: text(at('name')),
    email: text(at('email')),
    phone: text(at('phone')),
    tier: text(at('tier'))?.toLowerCase(),
    customerSince: since && /^\d{4}-\d{2}-\d{2}/.test(since) ? since.slice(0, 10) : undefined,
    orders: items(at('orders'), (item) => order((f) => at(f, item)))
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt) || b.number.localeCompare(a.number))
      .slice(0, accountListLimit),
    subscriptions: items(at('subscriptions'), (item) => subscription((f) => at(f, item)))
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.plan.localeCompare(b.plan))
      .slice(0, accountListLimit),
    tickets: items(at('tickets'), (item) => ticket((f) => at(f, item)))
      .sort((a, b) => b.openedAt.localeCompare(a.openedAt) || a.subject.localeCompare(b.subject))
      .slice(0, accountListLimit),
  };
  return Object.fromEntries(Object.entries(account).filter(([, v]) => v !== undefined)) as unknown as CrmAccount;
}

function order(at: (field: CrmField) => unknown): CrmOrder | undefined {
  const [number, status, currency, placedAt] = [text(at('orders.number')), text(at('orders.status')), text(at('orders.currency'))?.toUpperCase(), instant(at('orders.placedAt'))];
  if (!number || !status || !currency || !/^[A-Z]{3}$/.test(currency) || !placedAt) return undefined;
  const minor = at('orders.totalMinor');
  let totalMinor = typeof minor === 'number' && Number.isSafeInteger(minor) ? minor : typeof minor === 'string' && /^\d+$/.test(minor) ? Number(minor) : undefined;
  const total = at('orders.total');
  if (totalMinor === undefined && (typeof total === 'number' || typeof total === 'string')) {
    const converted = toMinorUnits(total, currency);
    if ('minor' in converted) totalMinor = converted.minor;
  }
  return totalMinor === undefined ? undefined : { number, status, totalMinor, currency, placedAt };
}

function subscription(at: (field: CrmField) => unknown): CrmSubscription | undefined {
  const [plan, status, startedAt, renewsAt] = [text(at('subscriptions.plan')), text(at('subscriptions.status')), instant(at('subscriptions.startedAt')), instant(at('subscriptions.renewsAt'))];
  if (!plan || !status || !startedAt) return undefined;
  return renewsAt ? { plan, status, startedAt, renewsAt } : { plan, status, startedAt };
}

function ticket(at: (field: CrmField) => unknown): CrmTicket | undefined {
  const [subject, status, openedAt] = [text(at('tickets.subject')), text(at('tickets.status')), instant(at('tickets.openedAt'))];
  return subject && status && openedAt ? { subject, status, openedAt } : undefined;
}

function items<T>(list: unknown, read: (item: unknown) => T | undefined): T[] {
  return Array.isArray(list) ? list.map(read).filter((item): item is T => item !== undefined) : [];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** An ISO 8601 instant; a date-time without a zone is refused (it would depend on where Baton runs). */
function instant(value: unknown): string | undefined {
  const strict = isoInstant(value);
  if ('value' in strict) return strict.value;
  const time = typeof value === 'string' && /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value.trim()) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
