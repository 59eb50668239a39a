import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/analysis/extractEntities.ts';
import type { Entities } from '../../src/analysis/types.ts';

type Expected = Partial<Omit<Entities, 'amounts'>> & { amounts?: string[] };

/** Compares the listed fields; the others must be empty. Amounts are compared by their text. */
function expectEntities(text: string, expected: Expected): void {
  const found = extractEntities(text);
  expect({ ...found, amounts: found.amounts.map((money) => money.text) }).toEqual({
    orderIds: [],
    amounts: [],
    accountNumbers: [],
    emails: [],
    dates: [],
    ...expected,
  });
}

describe('extractEntities', () => {
  it('reads the double-charge example', () => {
    const found = extractEntities('I was charged twice for order #8821, $89.99 billed twice on Nov 1');
    expect(found).toEqual({
      orderIds: ['8821'],
      amounts: [{ amount: 89.99, currency: 'USD', text: '$89.99' }],
      accountNumbers: [],
      emails: [],
      dates: ['Nov 1'],
    });
  });

  it.each<[string, Expected]>([
    ['where is order 8821?', { orderIds: ['8821'] }],
    ['my order number is 8821', { orderIds: ['8821'] }],
    ['Order no. A-1234 arrived broken', { orderIds: ['A-1234'] }],
    ['order #: 55-XK-901', { orderIds: ['55-XK-901'] }],
    ['#8821 never shipped', { orderIds: ['8821'] }],
    ['orders 8821 and 8822 never arrived', { orderIds: ['8821', '8822'] }],
    ['orders #8821, #8822 & #8823', { orderIds: ['8821', '8822', '8823'] }],
    ['order 8821, I mean order #8821', { orderIds: ['8821'] }],
    ['Your order 112-1234567-1234567 has shipped', { orderIds: ['112-1234567-1234567'] }],
    ['ORD-55123 is wrong', { orderIds: ['ORD-55123'] }],
    ['mi pedido 77812 no llegó', { orderIds: ['77812'] }],
    ['ma commande n° 99120 est en retard', { orderIds: ['99120'] }],
    ['Bestellnummer 4500123', { orderIds: ['4500123'] }],
    ['account #29441 is locked', { accountNumbers: ['29441'] }],
    ['acct 1234-5678', { accountNumbers: ['1234-5678'] }],
    ['my account number is 29441', { accountNumbers: ['29441'] }],
    ['customer id: CU-88213', { accountNumbers: ['CU-88213'] }],
    ['write to ana.b+shop@example.co.uk.', { emails: ['ana.b+shop@example.co.uk'] }],
    ['old: a@x.io, new: B.Smith@Example.COM', { emails: ['a@x.io', 'B.Smith@Example.COM'] }],
    ['it was on 2024-11-01', { dates: ['2024-11-01'] }],
    ['charged on 01/11/2024 and 02.11.2024', { dates: ['01/11/2024', '02.11.2024'] }],
    ['since 11/01 nothing works', { dates: ['11/01'] }],
    ['on November 3rd, 2024', { dates: ['November 3rd, 2024'] }],
    ['the 1st of November', { dates: ['1st of November'] }],
    ['12 Sept it arrived', { dates: ['12 Sept'] }],
    ['back in March 2024', { dates: ['March 2024'] }],
    ['yesterday and again this morning', { dates: ['yesterday', 'this morning'] }],
    ['3 days ago, or last Monday', { dates: ['3 days ago', 'last Monday'] }],
    ['ayer me cobraron', { dates: ['ayer'] }],
    ['I paid $12 on May 3', { amounts: ['$12'], dates: ['May 3'] }],
  ])('reads %j', (text, expected) => {
    expectEntities(text, expected);
  });

  it.each<[string, Expected]>([
    ['I ordered 3 items', {}],
    ['order 12 more please', {}],
    ['call +1 (555) 123-4567 about ticket #55012', {}],
    ['ref #88213 from the bank', {}],
    ['card #4111111111111111 was charged', {}],
    ['paid with 4111 1111 1111 1111 for order 4242424242424242', {}],
    ['we are open 24/7, half (1/2) price', {}],
    ['you may 3-D print it', {}],
    ['I may come back', {}],
    ['you are #1', {}],
    ['not an email: foo@bar, @handle, a@b', {}],
    ['the purchase 2024-11-01 was late', { dates: ['2024-11-01'] }],
  ])('finds no ids, amounts or contacts in %j', (text, expected) => {
    expectEntities(text, expected);
  });

  it('keeps each kind apart in one busy message', () => {
    expectEntities('Order #8821 (account 29441) was charged 129.99 EUR twice on 2024-11-01; card 4242 4242 4242 4242, mail ana@example.com', {
      orderIds: ['8821'],
      accountNumbers: ['29441'],
      amounts: ['129.99 EUR'],
      dates: ['2024-11-01'],
      emails: ['ana@example.com'],
    });
  });
});
