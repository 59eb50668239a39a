import type { Entities } from '../analysis/types.ts';
import type { CrmLookup } from '../crm/types.ts';
import { formatMinor, formatMoney } from './formatMoney.ts';
import type { VerifyItem } from './types.ts';

/** What each side said, as extracted from its own turns. */
export interface Mentions {
  customer: Entities;
  assistant: Entities;
}

/** The CRM's answer, or `anonymous` when the customer has no id to look up. */
export type AccountLookup = CrmLookup | { status: 'anonymous' };

const maxItems = 12;

/**
 * Check each order id, amount, account number and email mentioned in the conversation against
 * the CRM: `matches_record`, `not_found`, or `unverified` when the account could not be read.
 * What the customer typed is never taken as verified: a match is against the record only.
 *
 * @example
 *   verifyList(mentions, { status: 'found', account })
 *   // [{ kind: 'order', value: '8821', mentionedBy: 'customer', status: 'matches_record', detail: 'delivered, 89.99 USD' }, ...]
 */
export function verifyList(mentions: Mentions, lookup: AccountLookup): VerifyItem[] {
  const items: VerifyItem[] = [];
  const seen = new Set<string>();
  for (const mentionedBy of ['customer', 'assistant'] as const) {
    for (const item of itemsOf(mentions[mentionedBy], mentionedBy, lookup)) {
      const key = `${item.kind}:${item.value.toLowerCase()}`;
      if (seen.has(key) || items.length >= maxItems) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}

function itemsOf(entities: Entities, mentionedBy: VerifyItem['mentionedBy'], lookup: AccountLookup): VerifyItem[] {
  const unverified = unverifiedReason(lookup);
  const check = (kind: VerifyItem['kind'], value: string, match: () => { status: VerifyItem['status']; detail?: string }): VerifyItem =>
    unverified ? { kind, value, mentionedBy, status: 'unverified', detail: unverified } : { kind, value, mentionedBy, ...match() };
  const account = lookup.status === 'found' ? lookup.account : undefined;
  return [
    ...entities.orderIds.map((raw) => {
      const value = raw.replace(/^#/, '');
      return check('order', value, () => {
        const order = account?.orders.find((o) => o.number.replace(/^#/, '').toLowerCase() === value.toLowerCase());
        return order ? { status: 'matches_record', detail: `${order.status}, ${formatMinor(order.totalMinor, order.currency)}` } : { status: 'not_found', detail: 'no such order on this account' };
      });
    }),
    ...entities.amounts.map((money) =>
      check('amount', formatMoney(money.amount, money.currency), () => {
        const order = account?.orders.find(
          (o) => o.totalMinor === Math.round(money.amount * 100) && (money.currency === null || money.currency === o.currency),
        );
        return order ? { status: 'matches_record', detail: `total of order ${order.number}` } : { status: 'not_found', detail: 'no order with this total' };
      }),
    ),
    ...entities.accountNumbers.map((value) =>
      check('account', value, () =>
        digits(value) !== '' && digits(value) === digits(account?.externalId ?? '')
          ? { status: 'matches_record' }
          : { status: 'not_found', detail: `the signed-in account is ${account?.externalId}` },
      ),
    ),
    ...entities.emails.map((value) =>
      check('email', value, () =>
        account?.email && account.email.toLowerCase() === value.toLowerCase()
          ? { status: 'matches_record' }
          : { status: 'not_found', detail: account?.email ? 'differs from the email on record' : 'no email on record' },
      ),
    ),
  ];
}

function unverifiedReason(lookup: AccountLookup): string | undefined {
  if (lookup.status === 'anonymous') return 'anonymous visitor: no account to check against';
  if (lookup.status === 'not_found') return 'no CRM record for this customer';
  if (lookup.status === 'unavailable') return `account data unavailable (${lookup.reason})`;
  return undefined;
}

function digits(text: string): string {
  return text.replace(/\D+/g, '').replace(/^0+/, '');
}
