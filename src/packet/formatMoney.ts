/**
 * An amount as an agent reads it: "89.99 USD", "2,300 GBP", "450" (no currency known).
 *
 * @example
 *   formatMoney(89.99, 'USD') // '89.99 USD'
 */
export function formatMoney(amount: number, currency: string | null | undefined): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const text = amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 2 });
  return currency ? `${text} ${currency}` : text;
}

/**
 * Minor units (cents) as an agent reads them.
 *
 * @example
 *   formatMinor(8999, 'USD') // '89.99 USD'
 */
export function formatMinor(minor: number, currency: string): string {
  return formatMoney(minor / 100, currency);
}
