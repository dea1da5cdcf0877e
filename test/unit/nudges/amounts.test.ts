import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/nudges/index';

const one = (text: string) => {
  const found = findAmounts(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('findAmounts', () => {
  it.each([
    ['$45', 45, 'USD'],
    ['45 dollars', 45, 'USD'],
    ['USD 120', 120, 'USD'],
    ['120 usd', 120, 'USD'],
    ['$1,200', 1200, 'USD'],
    ['99.99', 99.99, 'USD'],
    ['€45,50', 45.5, 'EUR'],
    ['45€', 45, 'EUR'],
    ['1.200,50 €', 1200.5, 'EUR'],
    ['£30', 30, 'GBP'],
    ['30 quid', 30, 'GBP'],
    ['10 bucks', 10, 'USD'],
    ['CAD 40', 40, 'CAD'],
    ['C$40', 40, 'CAD'],
    ['¥5000', 5000, 'JPY'],
    ['$2.5k', 2500, 'USD'],
    ['50 cents', 0.5, 'USD'],
    ['1,250.00 USD', 1250, 'USD'],
  ])('reads %s', (text, amount, currency) => {
    expect(one(`It was ${text} in total`)).toMatchObject({ amount, currency });
  });

  it('gives the amount as written and where it starts', () => {
    const text = 'Hi, please refund €45,50 today';
    const [found] = findAmounts(text);
    expect(found).toEqual({ amount: 45.5, currency: 'EUR', text: '€45,50', index: text.indexOf('€') });
  });

  it('reads a bare number after a money verb, in the currency written elsewhere', () => {
    expect(one('I paid 45 for it')).toMatchObject({ amount: 45, currency: 'USD', text: '45' });
    expect(findAmounts('It cost €20, and they charged me 35 more')).toMatchObject([
      { amount: 20, currency: 'EUR' },
      { amount: 35, currency: 'EUR' },
    ]);
    expect(findAmounts('paid 45', 'GBP')).toMatchObject([{ currency: 'GBP' }]);
  });

  it.each([
    'order #12345',
    'order 45821 is late',
    'call me on 555-201-3344',
    'my number is +44 7700 900123',
    '(555) 010-7788',
    'ordered on 12/03/2024',
    'delivered 2024-05-12',
    'delivered 12.05.2024',
    'I bought 2 items',
    'it took 3 days',
    'I was charged 3 times',
    'I spent 3 hours on hold',
    'see you at 4.30',
    'version 10.25 of the app',
    'it weighs 3.5 kg',
    '20% off',
    'a 99.99% success rate',
    '30 pounds of flour',
    'tracking 1Z999AA10123456784',
  ])('finds no money in "%s"', (text) => {
    expect(findAmounts(text)).toEqual([]);
  });

  it('finds several amounts in reading order', () => {
    expect(findAmounts('I paid $45 and then £30, plus 12.50 shipping').map((a) => a.amount)).toEqual([
      45, 30, 12.5,
    ]);
  });

  it('is safe on odd input', () => {
    expect(findAmounts('')).toEqual([]);
    expect(findAmounts(undefined as unknown as string)).toEqual([]);
    expect(findAmounts('$$$ €€ 1,2,3,4 ..99')).toEqual([]);
  });
});

describe('currency codes: one list for the nudges and the rule editor', () => {
  it('reads every code the rule editor offers, written after the amount', async () => {
    const { CURRENCY_CODES } = await import('../../../src/shared/currencies');
    for (const code of CURRENCY_CODES) {
      expect(findAmounts(`a refund of 4500 ${code} please`), code).toMatchObject([{ currency: code }]);
    }
  });

  it('takes codes that are everyday words only in capitals', () => {
    expect(findAmounts('there were 20 cop cars outside')).toEqual([]);
    expect(findAmounts('I paid 85000 COP for it')).toMatchObject([{ currency: 'COP', amount: 85000 }]);
  });
});
