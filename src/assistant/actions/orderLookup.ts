import { accountLinks } from './accountLinks.ts';
import { describeOrder } from './describeOrder.ts';
import type { AccountOrder, ActionInput, ActionResult, SelfServiceAction } from './selfServiceAction.ts';

const sameId = (a: string, b: string): boolean => a.replace(/^#/, '').toUpperCase() === b.replace(/^#/, '').toUpperCase();

/**
 * Tell the customer where their order is, from the account's orders: the order numbers
 * they gave, or their only order. Several orders and no number: it lists them and asks
 * which one. A number the account does not have: it says so (`not_found`, a failed attempt).
 *
 * @example
 *   orderLookup.run({ question: 'where is my order 9012', entities: { orderIds: ['9012'], amounts: [] }, account, baseUrl, now })
 *   // { action: 'order_lookup', status: 'answered',
 *   //   text: 'Order 9012 (24.50 EUR, placed 3 days ago) has shipped and is on its way. …', detail: { orders: ['9012'], … } }
 */
export const orderLookup: SelfServiceAction = {
  id: 'order_lookup',
  when: {
    keywords: /\b(where(?:'s| is)|track(?:ing)?|status|ship(?:ped|ping)?|deliver(?:y|ed)?|arriv(?:e|ed|al)|package|parcel|my orders?|order (?:number|no))\b/i,
    articleSlugs: ['order-tracking'],
    categories: ['orders'],
    orderIds: true,
  },
  run: lookUpOrders,
};

function lookUpOrders(input: ActionInput): ActionResult {
  const orders = input.account?.orders ?? [];
  const ordersUrl = accountLinks(input.baseUrl, input.paths).orders;
  const result = (status: ActionResult['status'], text: string, detail: ActionResult['detail']): ActionResult => ({
    action: 'order_lookup',
    status,
    text,
    detail: { ordersUrl, ...detail },
  });
  const asked = input.entities.orderIds;
  if (asked.length === 0) {
    const [only] = orders;
    if (only && orders.length === 1) return found(result, [only], [], input.now, ordersUrl);
    if (orders.length > 1) {
      const list = orders.slice(0, 5).map((o) => `${o.number} (${o.status.replace(/_/g, ' ')})`).join(', ');
      return result('needs_input', `I can see these orders on your account: ${list}. Which one do you mean?`, { orders: orders.map((o) => o.number), found: false });
    }
    return result('needs_input', 'Could you give me your order number? It is in your order confirmation email.', { orders: [], found: false });
  }
  const known = asked.flatMap((id) => orders.filter((o) => sameId(o.number, id)).slice(0, 1));
  const missing = asked.filter((id) => !orders.some((o) => sameId(o.number, id)));
  if (known.length === 0) {
    const which = missing.map((id) => `order ${id}`).join(' or ');
    return result('not_found', `I can't find ${which} on your account. Could you check the number? It is in your order confirmation email.`, {
      orders: [...asked],
      missing,
      found: false,
    });
  }
  return found(result, known, missing, input.now, ordersUrl);
}

function found(
  result: (status: ActionResult['status'], text: string, detail: ActionResult['detail']) => ActionResult,
  known: readonly AccountOrder[],
  missing: readonly string[],
  now: Date | string | undefined,
  ordersUrl: string,
): ActionResult {
  const lines = known.map((o) => describeOrder(o, now));
  if (missing.length > 0) lines.push(`I can't find ${missing.map((id) => `order ${id}`).join(' or ')} on your account.`);
  lines.push(`You can follow your orders here: ${ordersUrl}`);
  return result('answered', lines.join(' '), {
    orders: known.map((o) => o.number),
    statuses: known.map((o) => o.status),
    missing: [...missing],
    found: true,
  });
}
