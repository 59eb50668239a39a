/**
 * The Baton fields an HTTP CRM's answer is read into, each with the dotted path read when
 * `BATON_CRM_FIELDS` does not map it. Mapping only what differs is enough, e.g.
 * `{"tier":"account.level","orders":"purchases","orders.number":"id"}`.
 *
 * - Account fields are paths from the root of the answer: `externalId` (default: the id asked
 *   for), `name`, `email`, `phone`, `tier` (lowered: "Gold" reads as gold), `customerSince`
 *   (YYYY-MM-DD, or the date of an ISO date-time).
 * - `orders`, `subscriptions` and `tickets` are paths to lists of objects; `orders.number` and
 *   the like are paths inside each item. Dates are ISO 8601. An order's amount is
 *   `orders.totalMinor` (whole cents) or, when that is absent, `orders.total` (a decimal like
 *   89.99, converted with the currency's digits).
 * - An item missing a field (other than `subscriptions.renewsAt`) or with an unreadable date or
 *   amount is left out. Lists are sorted newest first and cut to `accountListLimit`.
 * - A path may index a list: `contacts.0.email`.
 */
export const crmFieldDefaults = {
  externalId: 'externalId',
  name: 'name',
  email: 'email',
  phone: 'phone',
  tier: 'tier',
  customerSince: 'customerSince',
  orders: 'orders',
  'orders.number': 'number',
  'orders.status': 'status',
  'orders.totalMinor': 'totalMinor',
  'orders.total': 'total',
  'orders.currency': 'currency',
  'orders.placedAt': 'placedAt',
  subscriptions: 'subscriptions',
  'subscriptions.plan': 'plan',
  'subscriptions.status': 'status',
  'subscriptions.startedAt': 'startedAt',
  'subscriptions.renewsAt': 'renewsAt',
  tickets: 'tickets',
  'tickets.subject': 'subject',
  'tickets.status': 'status',
  'tickets.openedAt': 'openedAt',
} as const;

/** A field `BATON_CRM_FIELDS` may map. */
export type CrmField = keyof typeof crmFieldDefaults;

/**
 * Every problem with a `BATON_CRM_FIELDS` map: unknown Baton fields and malformed paths.
 *
 * @example
 *   checkCrmFields({ tierr: 'level', name: 'a..b' })
 *   // ['BATON_CRM_FIELDS: "tierr" is not a Baton field; mappable: externalId, name, …', 'BATON_CRM_FIELDS: "name" has a malformed path "a..b"']
 */
export function checkCrmFields(fields: Record<string, string>): string[] {
  return Object.entries(fields).flatMap(([field, path]) => {
    if (!(field in crmFieldDefaults)) return [`BATON_CRM_FIELDS: "${field}" is not a Baton field; mappable: ${Object.keys(crmFieldDefaults).join(', ')}`];
    if (!/^[^.\s]+(\.[^.\s]+)*$/.test(path)) return [`BATON_CRM_FIELDS: "${field}" has a malformed path "${path}" (keys separated by dots)`];
    return [];
  });
}

/**
 * The value at a dotted path, or undefined when any step is missing.
 *
 * @example
 *   readPath({ account: { level: 'gold' } }, 'account.level') // 'gold'
 *   readPath({ contacts: [{ email: 'a@b.c' }] }, 'contacts.0.email') // 'a@b.c'
 */
export function readPath(value: unknown, path: string): unknown {
  let here = value;
  for (const key of path.split('.')) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, key)) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}
