import { accountLinks } from './accountLinks.ts';
import { formatMinor } from './describeOrder.ts';
import type { ActionInput, ActionResult, SelfServiceAction } from './selfServiceAction.ts';

/**
 * Offer the self-service refund portal, naming the order and amount the customer gave so
 * they know what to look for there.
 *
 * @example
 *   refundPortal.run({ question: 'charged twice for order 8821', entities: { orderIds: ['8821'], amounts: [] }, baseUrl: 'https://example.com' }).text
 *   // 'You can request a refund for order 8821 yourself in the refund portal: https://example.com/account/refunds …'
 */
export const refundPortal: SelfServiceAction = {
  id: 'refund_portal',
  when: {
    keywords:
      /\b(refund(?:s|ed)?|money back|reimburs\w*|(?:charged|billed) (?:me )?(?:twice|double)|double[- ]?(?:charged|billed)|duplicate (?:charge|payment)|overcharged|wrong(?:ly)? charged?|charge ?back)\b/i,
    articleSlugs: ['refund-policy'],
  },
  run: offerRefundPortal,
};

function offerRefundPortal(input: ActionInput): ActionResult {
  const url = accountLinks(input.baseUrl, input.paths).refunds;
  const order = input.entities.orderIds[0];
  const money = input.entities.amounts[0];
  const amount = money ? `${Number.isInteger(money.amount) ? money.amount : money.amount.toFixed(2)}${money.currency ? ` ${money.currency}` : ''}` : undefined;
  const orderTotal = input.account?.orders.find((o) => o.number === order);
  const what = [order && `for order ${order}`, amount && `(${amount})`].filter(Boolean).join(' ');
  return {
    action: 'refund_portal',
    status: 'offered',
    text: `You can request a refund${what ? ` ${what}` : ''} yourself in the refund portal: ${url}. Choose the charge there, and tell me if you can't find it.`,
    detail: {
      url,
      order: order ?? null,
      amount: amount ?? null,
      orderTotal: orderTotal ? formatMinor(orderTotal.totalMinor, orderTotal.currency) : null,
    },
  };
}
