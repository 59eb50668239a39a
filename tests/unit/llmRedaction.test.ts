import { describe, expect, it } from 'vitest';
import { circuitBreaker } from '../../src/assistant/llm/circuitBreaker.ts';
import { redactForPrompt, restorePlaceholders, type PlaceholderVault } from '../../src/assistant/llm/redactForPrompt.ts';
import { vetPhrasing, type PhrasingRules } from '../../src/assistant/llm/vetPhrasing.ts';

describe('redactForPrompt (P2)', () => {
  it.each([
    ['mail canary.pii@example.com or +1 415 555 0134 about order 8821', 'mail [email-1] or [phone-1] about order 8821'],
    ['card 4111 1111 1111 1111 cvv 123', 'card [card •••• 1111] cvv [•••]'],
    ['call (415) 555-0134 or 0044 20 7946 0958', 'call [phone-1] or [phone-2]'],
    ['account #29441 and acct no. 1234-5678', 'account #[account-1] and acct no. [account-2]'],
    ['my account number is 12345678901', 'my account number is [account-1]'],
    ['my password is hunter2 and code is 123456', 'my password is [hidden] and code is [•••]'],
    ['same a@b.io twice: a@b.io', 'same [email-1] twice: [email-1]'],
  ])('%j → %j', (input, output) => {
    expect(redactForPrompt(input)).toBe(output);
  });

  it.each([
    'order #8821, orders 8821 and 8822, 24/7 support, 10:00-18:00',
    'order 123-4567890-1234567 on 2024-11-01 for $1,234,567.89 and 89.99 EUR',
    'charged 89.99 USD on Nov 1',
  ])('leaves %j alone', (text) => {
    expect(redactForPrompt(text)).toBe(text);
  });

  it('numbers placeholders across the texts of one prompt and restores them', () => {
    const vault: PlaceholderVault = new Map();
    expect(redactForPrompt('from x@y.com', vault)).toBe('from [email-1]');
    expect(redactForPrompt('to z@y.com, cc x@y.com', vault)).toBe('to [email-2], cc [email-1]');
    expect(restorePlaceholders('write [email-2] and [email-9]', vault)).toBe('write z@y.com and [email-9]');
  });
});

describe('vetPhrasing (S4)', () => {
  const rules = (sources: string[], extra: Partial<PhrasingRules> = {}): PhrasingRules => ({ sources, vault: new Map(), maxLength: 200, oneLine: false, ...extra });

  it.each([
    ['Open 10:00 to 18:00, every day', ['Open 10:00-18:00 daily']],
    ['Refund of $1,089.99 for order 8821', ['order #8821: 1089.99 USD']],
    ['"Support is open 24/7."', ['We are here 24/7']],
    ['Your card ending [card •••• 1111] was charged', ['card [card •••• 1111]']],
  ])('accepts %j', (output, sources) => {
    expect(vetPhrasing(output, rules(sources)).ok).toBe(true);
  });

  it('drops one pair of quotes around the whole reply', () => {
    expect(vetPhrasing('“Refunds take 5 days.”', rules(['5 days']))).toEqual({ ok: true, text: 'Refunds take 5 days.' });
  });

  it.each([
    ['Refund of 1089.90', ['1089.99'], 'invented_number'],
    ['Order 88210 is late', ['order 8821'], 'invented_number'],
    ['Call us at 0800 123 456', ['Call us'], 'invented_number'],
    ['<svg onload=alert(1)>', ['hi'], 'markup'],
    ['<iframe srcdoc="x">', ['hi'], 'markup'],
    ['[link](javascript:alert(1))', ['hi'], 'markup'],
    ['&lt;script&gt;', ['hi'], 'markup'],
    ['hi\u202ethere', ['hi'], 'control_characters'],
    ['', ['hi'], 'empty'],
  ])('refuses %j', (output, sources, reason) => {
    expect(vetPhrasing(output, rules(sources))).toEqual({ ok: false, reason });
  });
});

describe('circuitBreaker', () => {
  it('lets one trial call through after the cool-down', () => {
    let clock = 0;
    const breaker = circuitBreaker({ failureThreshold: 2, coolDownMs: 100, now: () => clock });
    breaker.failed();
    expect(breaker.state()).toBe('closed');
    breaker.failed();
    expect([breaker.state(), breaker.allow()]).toEqual(['open', false]);
    clock = 100;
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
    breaker.succeeded();
    expect([breaker.state(), breaker.allow()]).toEqual(['closed', true]);
  });
});
