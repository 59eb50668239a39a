import { maskSecrets } from '../../message/maskSecrets.ts';

/**
 * The originals behind the placeholders of one prompt ("[email-1]" → "ann@example.com"), kept
 * on Baton's side so a phrasing that quotes a placeholder can be restored after the call.
 */
export type PlaceholderVault = Map<string, string>;

const email = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;
// A number after an account word ("account #29441", "IBAN …"), 5 or more digits.
const accountAfterKeyword =
  /(?<=\b(?:account|acct|a\/c|iban|routing|sort code|ssn|social security|cuenta|compte|konto|conta|conto|rekening)\b[^\d\n]{0,16})\d(?:[ -]?\d){4,}(?!\d)/gi;
// A run of 7+ digits, maybe grouped by spaces, dots, dashes or brackets: a phone or account
// number. Shorter ids (order 8821), amounts with a decimal comma and ISO dates are left alone.
const longNumber = /(?<![\w.,-])(?:\+|00)?\(?\d(?:[ .()\u00a0-]{0,2}\d){6,}(?![\w])/g;
const orderIdShape = /^\d{3}-\d{7}-\d{7}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Mask personal data in a text before it goes into an LLM prompt (RELIABILITY.md P2): card
 * numbers, security codes, passwords and one-time codes (through `maskSecrets`), emails,
 * phone numbers and account-like numbers. Emails, phones and accounts become numbered
 * placeholders recorded in `vault`; the same original gets the same placeholder. Short ids
 * such as order 8821 stay, so the model can still name them.
 *
 * @example
 *   const vault: PlaceholderVault = new Map();
 *   redactForPrompt('mail canary.pii@example.com or +1 415 555 0134 about order 8821', vault)
 *   // 'mail [email-1] or [phone-1] about order 8821'
 */
export function redactForPrompt(text: string, vault: PlaceholderVault = new Map()): string {
  const placeholder = (kind: 'email' | 'phone' | 'account', original: string): string => {
    for (const [key, value] of vault) if (value === original && key.startsWith(`[${kind}-`)) return key;
    const key = `[${kind}-${[...vault.keys()].filter((k) => k.startsWith(`[${kind}-`)).length + 1}]`;
    vault.set(key, original);
    return key;
  };
  return maskSecrets(text)
    .text.replace(email, (m) => placeholder('email', m))
    .replace(accountAfterKeyword, (m) => placeholder('account', m))
    .replace(longNumber, (m) => {
      if (orderIdShape.test(m) || isoDate.test(m)) return m;
      const phoneLike = /^(?:\+|00|\()/.test(m) || /[ .()\u00a0-]/.test(m);
      return placeholder(phoneLike ? 'phone' : 'account', m);
    });
}

/**
 * Put the originals back in place of the vault's placeholders, after the model answered.
 *
 * @example
 *   restorePlaceholders('We will write to [email-1].', vault) // 'We will write to canary.pii@example.com.'
 */
export function restorePlaceholders(text: string, vault: PlaceholderVault): string {
  return text.replace(/\[(?:email|phone|account)-\d+\]/g, (key) => vault.get(key) ?? key);
}
