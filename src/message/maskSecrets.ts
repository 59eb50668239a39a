/** What masking did to a text. */
export interface MaskedText {
  text: string;
  /** Kinds of secret that were masked, once each, in order of first appearance. */
  masked: ('card' | 'security_code' | 'password' | 'one_time_code')[];
}

// 13–19 digits, optionally grouped by single spaces or dashes, not inside a longer number.
const cardCandidate = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const securityCode = /\b(cvv2?|cvc2?|cid|security code|card code)(\s*(?:is|:|=|#)?\s*)(\d{3,4})\b/gi;
// The keyword must be followed by "is", ":" or "=" (in any of the languages), so "my password
// reset link expired" is left alone; a quoted password may contain spaces.
const password =
  /\b(password|passwd|pwd|passcode|contraseña|mot de passe|passwort|kennwort|senha|wachtwoord)(\s*(?::|=)\s*|\s+(?:is|was|es|est|ist|é|è|is het)\s+)(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|“[^”\n]{1,64}”|\S{3,64})/gi;
const oneTimeCode =
  /\b(one[- ]time (?:pass)?code|otp|verification code|security pin|pin(?: code)?|2fa code|auth(?:entication)? code|sms code|login code)(\s*(?:is|was|:|=|#)?\s*)(\d{4,8})\b/gi;

/**
 * Mask secrets in a message before it is stored (RELIABILITY.md P1): Luhn-valid card numbers
 * keep only their last four digits; security codes, passwords and one-time codes that
 * follow their keyword are replaced. Order ids, phone numbers and amounts are left alone:
 * a number is a card only with 13–19 digits that pass the Luhn check.
 *
 * @example
 *   maskSecrets('card 4111 1111 1111 1111, cvv 123').text // 'card [card •••• 1111], cvv [•••]'
 */
export function maskSecrets(input: string): MaskedText {
  const masked = new Set<MaskedText['masked'][number]>();
  let text = input.replace(cardCandidate, (match) => {
    const digits = match.replace(/\D/g, '');
    if (!luhnValid(digits)) return match;
    masked.add('card');
    return `[card •••• ${digits.slice(-4)}]`;
  });
  text = text.replace(securityCode, (_m, key: string, sep: string) => (masked.add('security_code'), `${key}${sep}[•••]`));
  text = text.replace(oneTimeCode, (_m, key: string, sep: string) => (masked.add('one_time_code'), `${key}${sep}[•••]`));
  text = text.replace(password, (_m, key: string, sep: string) => (masked.add('password'), `${key}${sep}[hidden]`));
  return { text, masked: [...masked] };
}

/** The Luhn checksum that every payment card number passes. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
