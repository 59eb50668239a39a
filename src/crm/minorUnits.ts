const currencies = new Set(Intl.supportedValuesOf('currency'));

/**
 * Whether `code` is an ISO 4217 currency this runtime knows (upper case).
 *
 * @example
 *   isCurrency('EUR') // true
 *   isCurrency('EUX') // false
 */
export function isCurrency(code: string): boolean {
  return currencies.has(code);
}

/**
 * Digits after the decimal point in a currency's minor unit, from the runtime's ICU data.
 *
 * @example
 *   currencyDigits('USD') // 2
 *   currencyDigits('JPY') // 0
 *   currencyDigits('KWD') // 3
 */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * A decimal amount in minor units, converted digit by digit (no floating point), or the
 * problem with it. Negative amounts and more decimals than the currency has are refused.
 *
 * @example
 *   toMinorUnits('89.99', 'USD') // { minor: 8999 }
 *   toMinorUnits(1200, 'JPY')    // { minor: 1200 }
 *   toMinorUnits('9.999', 'USD') // { problem: 'has more than 2 decimals for USD' }
 */
export function toMinorUnits(amount: string | number, currency: string): { minor: number } | { problem: string } {
  const text = typeof amount === 'number' ? String(amount) : amount.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { problem: 'is not an amount like 89.99' };
  const digits = currencyDigits(currency);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return { problem: digits === 0 ? `has decimals; ${currency} has none` : `has more than ${digits} decimals for ${currency}` };
  const minor = Number(match[1]! + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { problem: 'is too large' };
  return { minor };
}
