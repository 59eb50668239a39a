import { describe, expect, it } from 'vitest';
import { extractMoney, findMoney } from '../../src/analysis/extractMoney.ts';

describe('extractMoney', () => {
  it.each([
    ['I was charged $450 for nothing', 450, 'USD', '$450'],
    ['they took 129.99 EUR from my account', 129.99, 'EUR', '129.99 EUR'],
    ['the bill says £2,300', 2300, 'GBP', '£2,300'],
    ['you owe me two hundred dollars', 200, 'USD', 'two hundred dollars'],
    ['it was one hundred and twenty-nine euros', 129, 'EUR', 'one hundred and twenty-nine euros'],
    ['a hundred bucks gone, just like that', 100, 'USD', 'a hundred bucks'],
    ['twelve hundred dollars for a chair?', 1200, 'USD', 'twelve hundred dollars'],
    ['three million two hundred thousand yen', 3_200_000, 'JPY', 'three million two hundred thousand yen'],
    ['Rechnung über 2.300,50 € erhalten', 2300.5, 'EUR', '2.300,50 €'],
    ['total 2,300.50 USD', 2300.5, 'USD', '2,300.50 USD'],
    ['facture de 2 300,50 € reçue', 2300.5, 'EUR', '2 300,50 €'],
    ['me cobraron 129,99 EUR', 129.99, 'EUR', '129,99 EUR'],
    ['a $2k charge', 2000, 'USD', '$2k'],
    ['about $1.5k', 1500, 'USD', '$1.5k'],
    ['$1.5 million in damages', 1_500_000, 'USD', '$1.5 million'],
    ['2 million dollars', 2_000_000, 'USD', '2 million dollars'],
    ['paid US$40 at the airport', 40, 'USD', 'US$40'],
    ['paid US$ 40 at the airport', 40, 'USD', 'US$ 40'],
    ['USD 450 was debited', 450, 'USD', 'USD 450'],
    ['eur 12 extra', 12, 'EUR', 'eur 12'],
    ['$450 CAD, not US', 450, 'CAD', '$450 CAD'],
    ['CA$20 fee', 20, 'CAD', 'CA$20'],
    ['50 Canadian dollars', 50, 'CAD', '50 Canadian dollars'],
    ['20 quid for delivery', 20, 'GBP', '20 quid'],
    ['fifty pounds', 50, 'GBP', 'fifty pounds'],
    ['¥5000 charge', 5000, 'JPY', '¥5000'],
    ['5000円でした', 5000, 'JPY', '5000円'],
    ['₹1,499 debited', 1499, 'INR', '₹1,499'],
    ['450$ de trop', 450, 'USD', '450$'],
    ['45.90€ prélevés', 45.9, 'EUR', '45.90€'],
    ['300 dólares', 300, 'USD', '300 dólares'],
    ['TRY 50 fee', 50, 'TRY', 'TRY 50'],
    ['10 CHF', 10, 'CHF', '10 CHF'],
    ['you charged me 450 twice', 450, null, '450'],
    ['a refund of 45.50 please', 45.5, null, '45.50'],
    ['cost was 19.99', 19.99, null, '19.99'],
  ])('reads %j', (text, amount, currency, written) => {
    expect(extractMoney(text)).toEqual([{ amount, currency, text: written }]);
  });

  it.each([
    'order #8821 arrived late',
    'order 8821',
    'call me on +1 555 123 4567',
    'my number is 07700 900123',
    'phone: (555) 123-4567',
    'charged me 3 times',
    'I paid for 2 months',
    'paid 555-1234',
    'it arrived on 2024-11-01',
    'delivered 01/11/2024 at 10:30',
    'a dollar short, figuratively',
    'a 2 pounds of coffee bag',
    'I will try 10 more times',
    '$',
    '€ . ,',
    'version 2.300.1',
    '24/7 support',
  ])('finds no money in %j', (text) => {
    expect(extractMoney(text)).toEqual([]);
  });

  it('reads several amounts in order, each once', () => {
    expect(extractMoney('you charged me £2,300 and then 129.99 EUR, and $450 USD on top')).toEqual([
      { amount: 2300, currency: 'GBP', text: '£2,300' },
      { amount: 129.99, currency: 'EUR', text: '129.99 EUR' },
      { amount: 450, currency: 'USD', text: '$450 USD' },
    ]);
  });

  it('does not read an order id or a date next to an amount as money', () => {
    expect(extractMoney('I was charged twice for order #8821, $89.99 billed twice on Nov 1')).toEqual([
      { amount: 89.99, currency: 'USD', text: '$89.99' },
    ]);
    expect(extractMoney('order 8821 450 USD')).toEqual([{ amount: 450, currency: 'USD', text: '450 USD' }]);
  });

  it('gives positions that point at the written amount', () => {
    const text = 'refund $20 please';
    const [match] = findMoney(text);
    expect(match).toEqual({ money: { amount: 20, currency: 'USD', text: '$20' }, start: 7, end: 10 });
    expect(text.slice(match?.start, match?.end)).toBe('$20');
  });
});
