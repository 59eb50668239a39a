import { describe, expect, it } from 'vitest';
import { luhnValid, maskSecrets } from '../../src/message/maskSecrets.ts';

describe('maskSecrets (P1)', () => {
  it.each([
    ['my card is 4111 1111 1111 1111', 'my card is [card •••• 1111]'],
    ['card 4111-1111-1111-1111 please', 'card [card •••• 1111] please'],
    ['5500005555555559 was charged', '[card •••• 5559] was charged'],
    ['amex 3782 822463 10005', 'amex [card •••• 0005]'],
    ['cvv 123', 'cvv [•••]'],
    ['the CVC: 9876', 'the CVC: [•••]'],
    ['my password is hunter2!', 'my password is [hidden]'],
    ['password: "c0rrect horse" thanks', 'password: [hidden] thanks'],
    ['pwd=s3cret', 'pwd=[hidden]'],
    ['mi contraseña es gato1234', 'mi contraseña es [hidden]'],
    ['the verification code is 482913', 'the verification code is [•••]'],
    ['OTP 1234', 'OTP [•••]'],
    ['my pin is 4821', 'my pin is [•••]'],
    ['4111 1111 1111 1111 12/25', '[card •••• 1111] 12/25'],
    ['card 4111 1111 1111 1111 123', 'card [card •••• 1111] 123'],
    ['4111.1111.1111.1111', '[card •••• 1111]'],
    ['4111\u00a01111\u00a01111\u00a01111', '[card •••• 1111]'],
    ['4111  1111  1111  1111', '[card •••• 1111]'],
    ['the code you sent is 834221', 'the code you sent is [•••]'],
    ['code is 834221', 'code is [•••]'],
    ['password is: hunter2', 'password is: [hidden]'],
  ])('%j → %j', (input, output) => {
    expect(maskSecrets(input).text).toBe(output);
  });

  it.each([
    'order #8821 was charged $89.99 twice',
    'call me on +1 415 555 0132',
    'my phone is 0044 20 7946 0958',
    'order 123-4567890-1234567',
    'account 1234567890123 (not a card: fails Luhn)',
    'tracking 1Z999AA10123456784',
    'I paid 1,234,567.89 in total',
    'the code of conduct says',
    'my password reset link expired',
    'I forgot my password',
    'call me on +49 151 23456787',
    'order 112-4567890-1234562',
    'price per pin 2000',
  ])('leaves %j alone', (input) => {
    expect(maskSecrets(input)).toEqual({ text: input, masked: [] });
  });

  it('says what it masked', () => {
    expect(maskSecrets('card 4111111111111111 cvv 123 and password is abc123').masked).toEqual(['card', 'security_code', 'password']);
  });

  it('checks Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('0000000000000000')).toBe(false);
  });

  it('never throws and stays fast on hostile input', () => {
    for (const text of ['', '\uD800', '1'.repeat(100_000), '1 '.repeat(50_000), 'password '.repeat(10_000), '4111 '.repeat(20_000)]) {
      expect(() => maskSecrets(text)).not.toThrow();
    }
  });
});
