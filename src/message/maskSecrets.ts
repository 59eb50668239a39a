/** What masking did to a text. */
export interface MaskedText {
  text: string;
  /** Kinds of secret that were masked, once each, in order of first appearance. */
  masked: ('card' | 'security_code' | 'password' | 'one_time_code')[];
}

// A run of digit groups (spaces, dots, dashes, non-breaking spaces, en dashes between them),
// not inside a longer number and not after "+" (phone numbers). The card is the longest
// leading part of the run, at a group boundary, that is 13–19 digits, starts like a card
// (2–6) and passes Luhn, so "4111 1111 1111 1111 12/25" or "… 1111 123" still mask the card.
const digitRun = /(?<![\d+])\d(?:(?:[ .\u00a0\u2013-]{1,2})?\d){12,40}(?!\d)/g;
const orderIdShape = /^\d{3}-\d{7}-\d{7}$/;
const securityCode = /\b(cvv2?|cvc2?|cid|security code|card code)(\s*(?:is|:|=|#)?\s*)(\d{3,4})\b/gi;
// The keyword must be followed by "is", ":" or "=" (in any of the languages), so "my password
// reset link expired" is left alone; a quoted password may contain spaces.
const password =
  /\b(password|passwd|pwd|passcode|contraseña|mot de passe|passwort|kennwort|senha|wachtwoord)(\s*(?::|=)\s*|\s+(?:is|was|es|est|ist|é|è|is het)\s*:?\s+)(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|“[^”\n]{1,64}”|\S{3,64})/gi;
// Code words take an optional separator; a bare "pin" or "code" needs "is" or ":" so "price
// per pin 2000" is left alone.
const oneTimeCode =
  /\b(one[- ]time (?:pass)?code|otp|verification code|security pin|pin code|2fa code|auth(?:entication)? code|sms code|login code)(\s*(?:is|was|:|=|#)?\s*)(\d{4,8})\b|\b((?:the )?(?:pin|code)(?: you sent(?: me)?)?)(\s*(?:is|was|:|=)\s*:?\s*)(\d{4,8})\b/gi;

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
  let text = input.replace(digitRun, (run) => {
    if (orderIdShape.test(run)) return run;
    const card = leadingCard(run);
    if (!card) return run;
    masked.add('card');
    return `[card •••• ${card.digits.slice(-4)}]${run.slice(card.length)}`;
  });
  text = text.replace(securityCode, (_m, key: string, sep: string) => (masked.add('security_code'), `${key}${sep}[•••]`));
  text = text.replace(oneTimeCode, (_m, key?: string, sep?: string, _d?: string, key2?: string, sep2?: string) => {
    masked.add('one_time_code');
    return `${key ?? key2}${sep ?? sep2}[•••]`;
  });
  text = text.replace(password, (_m, key: string, sep: string) => (masked.add('password'), `${key}${sep}[hidden]`));
  return { text, masked: [...masked] };
}

/** The longest leading part of a digit run that is a card number, with its length in the run. */
function leadingCard(run: string): { digits: string; length: number } | undefined {
  const groups = [...run.matchAll(/\d+/g)];
  for (let k = groups.length; k >= 1; k--) {
    const last = groups[k - 1]!;
    const length = last.index + last[0].length;
    const digits = run.slice(0, length).replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && luhnValid(digits)) return { digits, length };
  }
  return undefined;
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
