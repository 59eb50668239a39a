/**
 * The CRM port: where the handoff packet reads a customer's account. Two adapters implement
 * it, proven by one contract suite (`tests/crm/crm.contract.test.ts`): `builtInCrm` (the
 * workspace's own tables, filled by `baton import`) and `httpCrm` (the company's CRM over HTTP).
 */

/** An order as the agent sees it. */
export interface CrmOrder {
  number: string;
  status: string;
  /** In the currency's minor unit (cents): 8999 is 89.99 USD. */
  totalMinor: number;
  /** ISO 4217, upper case. */
  currency: string;
  /** ISO 8601 instant. */
  placedAt: string;
}

/** A subscription; `renewsAt` is absent when it does not renew. */
export interface CrmSubscription {
  plan: string;
  status: string;
  /** ISO 8601 instant. */
  startedAt: string;
  renewsAt?: string;
}

/** A previous support ticket. */
export interface CrmTicket {
  subject: string;
  status: string;
  /** ISO 8601 instant. */
  openedAt: string;
}

/** A customer's account. Optional fields are absent (never null) when unknown. Lists are newest first. */
export interface CrmAccount {
  externalId: string;
  name?: string;
  email?: string;
  phone?: string;
  tier?: string;
  /** YYYY-MM-DD. */
  customerSince?: string;
  orders: CrmOrder[];
  subscriptions: CrmSubscription[];
  /** Previous tickets, newest first. */
  tickets: CrmTicket[];
}

/** What a lookup found. `unavailable` carries a short reason: "timeout after 2000 ms", "HTTP 503". */
export type CrmLookup = { status: 'found'; account: CrmAccount } | { status: 'not_found' } | { status: 'unavailable'; reason: string };

/** Reads accounts by the customer's external id. `lookup` never throws: a failure is `unavailable`. */
export interface CrmConnector {
  lookup(workspaceId: string, externalId: string): Promise<CrmLookup>;
}

/** How many orders, subscriptions and tickets an account carries at most (the newest): an agent
 * reads a page, not a history, and the packet stays small. */
export const accountListLimit = 100;
