import { describe, expect, it } from 'vitest';
// The page's amounts come from the one money reader in src/nudges (the nudge engine uses it too).
import { findAmounts as findAll } from '../../../src/nudges/amounts/amounts';
import { parseNumber as parseAmountNumber } from '../../../src/nudges/amounts/money';

const findAmounts = (text: string) =>
  findAll(text).map(({ amount, currency, text: t }) => ({ amount, currency, text: t }));

const one = (text: string) => findAmounts(text).map(({ amount, currency }) => ({ amount, currency }));

describe('findAmounts', () => {
  it.each([
    ['Can I get my $45 back?', 45, 'USD', '$45'],
    ['I want 45 dollars refunded', 45, 'USD', '45 dollars'],
    ['a refund of USD 120 please', 120, 'USD', 'USD 120'],
    ['it cost $1,200 last year', 1200, 'USD', '$1,200'],
    ['Rückerstattung von €45,50 bitte', 45.5, 'EUR', '€45,50'],
    ['only £30 for shipping', 30, 'GBP', '£30'],
    ['charged 99.99 EUR twice', 99.99, 'EUR', '99.99 EUR'],
    ['total was 1.200,50 €', 1200.5, 'EUR', '1.200,50 €'],
    ['about $2k in orders', 2000, 'USD', '$2k'],
    ['paid US$45.10', 45.1, 'USD', 'US$45.10'],
    ['paid CA$ 60', 60, 'CAD', 'CA$ 60'],
    ['refund 25 euros', 25, 'EUR', '25 euros'],
    ['costs 15 Canadian dollars', 15, 'CAD', '15 Canadian dollars'],
    ['only ₹499 for the plan', 499, 'INR', '₹499'],
    ['it was 45€ only', 45, 'EUR', '45€'],
    ['(GBP 12.5)', 12.5, 'GBP', 'GBP 12.5'],
  ])('reads %j', (text, amount, currency, match) => {
    expect(findAmounts(text)).toEqual([{ amount, currency, text: match }]);
  });

  it('reads several amounts in order, without overlaps', () => {
    expect(one('I paid $45 for the blender and $9.99 shipping, so USD 54.99 in total.')).toEqual([
      { amount: 45, currency: 'USD' },
      { amount: 9.99, currency: 'USD' },
      { amount: 54.99, currency: 'USD' },
    ]);
  });

  it.each([
    'my order 12345 has not arrived',
    'I ordered 2 items',
    'call me on +1 (555) 010-4821 or 555-0199',
    'delivered on 12/03/2024 at 10:15',
    'ticket #4821 and case 00012345',
    'version 2.5.1 of the app',
    'the package weighs 5 pounds of flour',
    'room 101, floor 3',
    'try 3 times, then call us',
  ])('finds no amount in %j', (text) => {
    expect(findAmounts(text)).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(findAmounts('')).toEqual([]);
  });

  it('reads a lower-case currency code as the customer typed it', () => {
    expect(one('they took eur 5 for nothing')).toEqual([{ amount: 5, currency: 'EUR' }]);
  });

  it('caps the number of amounts', () => {
    expect(findAmounts('$1 '.repeat(100))).toHaveLength(50);
  });
});

describe('parseAmountNumber', () => {
  it.each([
    ['45', 45],
    ['1,200', 1200],
    ['1.200', 1200],
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['45,5', 45.5],
    ['0.99', 0.99],
    ['12\u00a0000', 12000],
  ])('parses %j', (raw, value) => {
    expect(parseAmountNumber(raw)).toBe(value);
  });

  it('rejects non-numbers', () => {
    expect(parseAmountNumber('abc')).toBeUndefined();
    expect(parseAmountNumber('')).toBeUndefined();
  });
});
