import type { KnowledgeArticle } from '../knowledge/knowledgeIndex.ts';
import type { AccountPaths } from './accountLinks.ts';

/** The self-service actions the built-in assistant can run. */
export type ActionId = 'order_lookup' | 'refund_portal' | 'password_reset' | 'plan_change' | 'troubleshooting';

/** Ids and amounts from the customer's words (`extractEntities` gives a wider shape that fits). */
export interface ActionEntities {
  orderIds: readonly string[];
  amounts: readonly { amount: number; currency: string | null }[];
}

/** An order as the CRM gives it. */
export interface AccountOrder {
  number: string;
  status: string;
  /** Total in the currency's minor unit (cents). */
  totalMinor: number;
  currency: string;
  /** When it was placed: a Date or an ISO 8601 string. */
  placedAt: Date | string;
}

/** The customer's account as the CRM gives it; absent when the customer is not identified. */
export interface AccountSnapshot {
  orders: readonly AccountOrder[];
  subscriptions: readonly { plan: string; status: string }[];
}

/** Everything an action reads. Plain data: the caller looks the account up. */
export interface ActionInput {
  question: string;
  entities: ActionEntities;
  account?: AccountSnapshot;
  /** The article the assistant matched, if any: troubleshooting reads its steps. */
  article?: KnowledgeArticle;
  /** The workspace's site, e.g. `https://example.com`; links are built under it. */
  baseUrl: string;
  /** The workspace's own paths, where they differ from `defaultAccountPaths`. */
  paths?: Partial<AccountPaths>;
  /** The current time, for "placed 3 days ago"; without it dates are written as dates. */
  now?: Date | string;
}

/**
 * How an action ended, before the customer answers: it told the customer something from
 * their account (`answered`), offered a link or steps (`offered`), could not find what was
 * asked (`not_found`, an attempt that failed), or needs something from the customer first
 * (`needs_input`).
 */
export type ActionStatus = 'answered' | 'offered' | 'not_found' | 'needs_input';

/** What an action says and what it found, as plain JSON for the handoff packet. */
export interface ActionResult {
  text: string;
  action: ActionId;
  status: ActionStatus;
  /** The facts behind the text (links, order numbers, plan), for the agent to verify. */
  detail: Record<string, string | number | boolean | null | readonly string[]>;
}

/** When an action applies. `chooseAction` scores these signals. */
export interface ActionTrigger {
  /** Customer words that call for it ("refund", "where is my order"). */
  keywords: RegExp;
  /** Articles it follows up. */
  articleSlugs?: readonly string[];
  /** Article categories it follows up. */
  categories?: readonly string[];
  /** Whether an order number in the question points to it. */
  orderIds?: boolean;
  /** Whether it needs the matched article's text (troubleshooting). */
  needsArticle?: boolean;
}

/** One self-service action: when it applies, and what it does. Pure. */
export interface SelfServiceAction {
  id: ActionId;
  when: ActionTrigger;
  run(input: ActionInput): ActionResult;
}
