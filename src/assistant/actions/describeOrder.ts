import type { AccountOrder } from './selfServiceAction.ts';

const day = 24 * 60 * 60 * 1000;
/** Currencies without a minor unit (ISO 4217 exponent 0). */
const wholeCurrencies = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'HUF', 'XOF', 'XAF']);

/**
 * An amount in minor units as the customer reads it: "24.50 EUR", "1200 JPY".
 *
 * @example
 *   formatMinor(8999, 'USD') // '89.99 USD'
 */
export function formatMinor(totalMinor: number, currency: string): string {
  const code = currency.toUpperCase();
  return wholeCurrencies.has(code) ? `${totalMinor} ${code}` : `${(totalMinor / 100).toFixed(2)} ${code}`;
}

/**
 * When something happened, relative to `now` when given ("today", "yesterday", "3 days
 * ago"), else as a date ("on 2024-11-01").
 *
 * @example
 *   whenPlaced('2024-11-01T10:00:00Z', '2024-11-04T12:00:00Z') // '3 days ago'
 */
export function whenPlaced(placedAt: Date | string, now?: Date | string): string {
  const placed = new Date(placedAt);
  if (Number.isNaN(placed.getTime())) return 'on an unknown date';
  if (now === undefined) return `on ${placed.toISOString().slice(0, 10)}`;
  const days = Math.floor((new Date(now).getTime() - placed.getTime()) / day);
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

const statusLines: Record<string, string> = {
  processing: 'is being prepared and has not shipped yet',
  pending: 'is being prepared and has not shipped yet',
  shipped: 'has shipped and is on its way',
  in_transit: 'is on its way',
  delivered: 'was delivered',
  cancelled: 'was cancelled',
  canceled: 'was cancelled',
  refunded: 'was refunded',
  returned: 'was returned',
};

/**
 * One sentence about an order for the customer: number, when placed, total and status.
 *
 * @example
 *   describeOrder({ number: '9012', status: 'shipped', totalMinor: 2450, currency: 'EUR', placedAt }, now)
 *   // 'Order 9012 (24.50 EUR, placed 3 days ago) has shipped and is on its way.'
 */
export function describeOrder(order: AccountOrder, now?: Date | string): string {
  const status = statusLines[order.status.toLowerCase()] ?? `has the status "${order.status.replace(/_/g, ' ')}"`;
  return `Order ${order.number} (${formatMinor(order.totalMinor, order.currency)}, placed ${whenPlaced(order.placedAt, now)}) ${status}.`;
}
