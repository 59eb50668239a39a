/**
 * The records `baton import` writes, after validation (`parseImport`). Each carries `at`: where
 * it was in the file, `row 4` in a CSV file (the header is row 1) or `customers[2].orders[0]`
 * in a JSON file, so a rejection can name it.
 */

/** The four kinds of record, in the order they are written. */
export const recordKinds = ['customers', 'orders', 'subscriptions', 'tickets'] as const;
export type RecordKind = (typeof recordKinds)[number];

/** A customer; an absent field leaves the stored value as it is. */
export interface CustomerRecord {
  at: string;
  externalId: string;
  name?: string;
  email?: string;
  phone?: string;
  tier?: string;
  /** YYYY-MM-DD. */
  customerSince?: string;
}

/** An order, keyed by its number (unique in the workspace). */
export interface OrderRecord {
  at: string;
  customerExternalId: string;
  number: string;
  status: string;
  totalMinor: number;
  currency: string;
  /** ISO 8601, normalized by `toISOString()`. */
  placedAt: string;
}

/** A subscription, keyed by customer, plan and start. */
export interface SubscriptionRecord {
  at: string;
  customerExternalId: string;
  plan: string;
  status: 'active' | 'past_due' | 'cancelled';
  startedAt: string;
  /** Absent: it does not renew. */
  renewsAt?: string;
}

/** A previous ticket, keyed by customer, opening time and subject. */
export interface TicketRecord {
  at: string;
  customerExternalId: string;
  subject: string;
  status: string;
  openedAt: string;
}

/** Everything valid in one file. */
export interface ImportBatch {
  customers: CustomerRecord[];
  orders: OrderRecord[];
  subscriptions: SubscriptionRecord[];
  tickets: TicketRecord[];
}

/** A row left out, where it was and why. */
export interface Rejection {
  kind: RecordKind;
  at: string;
  reason: string;
}

/** A file read and validated: the valid records and the rejected rows. */
export interface ParsedImport {
  format: 'json' | 'csv';
  batch: ImportBatch;
  rejected: Rejection[];
}
