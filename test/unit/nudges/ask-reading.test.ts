// Issue 15, requests and amounts read like a person would: a purchase is not a request, a price
// mentioned in passing is not the amount asked for, and thanks for a past action is not a new
// request. Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { amountFits, amountRole } from '../../../src/nudges/amounts/amount-object';
import { type AnalyseInput, analyse } from '../../../src/nudges/index';
import { isPurchase, isThanks, paysForIt } from '../../../src/nudges/limits/ask-act';
import { starterRules } from './helpers';

// Limit nudges and the quiet notes of rules without a money limit (replacements).
const limits = (input: AnalyseInput) =>
  analyse(input, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit' || n.kind === 'rule-note')
    .map((n) => ({ kind: n.kind, rule: n.rule, amount: n.amount }));

describe('a purchase is not a request', () => {
  it.each([
    'I want to buy a $100 gift card for my brother.',
    'Is it possible to purchase a $200 voucher for the spa and collect it in person?',
    'i just ordered a $75 e-gift card and it says pending',
    'We are trying to pay for next-day delivery but the checkout errors.',
    'Can I upgrade my order to express shipping? Happy to pay the $15.',
  ])('no limit nudge: %s', (text) => {
    expect(limits({ text })).toEqual([]);
  });

  it('the thing bought is named after the purchase verb, in its clause', () => {
    const text = 'i want to buy a ¤ gift card';
    expect(isPurchase(text, text.indexOf('gift card'))).toBe(true);
    const asked = 'i bought the kettle last week, can i get a refund';
    expect(isPurchase(asked, asked.indexOf('refund'))).toBe(false);
    expect(isPurchase('my order is late, i want a refund', 30)).toBe(false);
  });

  it('still asks: a refund for something bought, a replacement with the difference paid', () => {
    expect(limits({ text: 'I bought a $100 gift card but it never arrived. Can I get a refund?' })).toEqual([
      { kind: 'within-limit', rule: 'refund-per-order', amount: 100 },
    ]);
    expect(
      limits({ text: 'The lamp arrived smashed, please send a replacement, I will pay the difference.' }),
    ).toEqual([{ kind: 'rule-note', rule: 'replacement-per-order', amount: undefined }]);
  });

  it('offering to pay buys only what can be bought', () => {
    expect(paysForIt("i'm happy to pay the ¤.")).toBe(true);
    expect(paysForIt('please refund me.')).toBe(false);
  });
});

describe('a price in passing is not the amount asked for', () => {
  it('a price of something else does not stand in for the amount a replacement is for', () => {
    const text = 'My $29.99 monthly plan came with a modem and it died. Can you send a replacement?';
    expect(limits({ text })).toEqual([
      { kind: 'rule-note', rule: 'replacement-per-order', amount: undefined },
    ]);
  });

  // The request states no amount of its own, so a limit in money has nothing to compare.
  it.each([
    'I pay $95 a month for this line and it was down all weekend. Could I get some credit?',
    'Thinking of buying the $650 bike this week, any chance of a discount?',
    'My order came to $320 and it is stuck in the warehouse. Can you upgrade it to express shipping?',
    'We pay $80 a month. Please waive the late fee this once.',
    "I'm paying an extra $30 a month for the premium plan, can you send it express?",
    'It was $20 extra for the bigger size. Can you ship it overnight?',
  ])('%s', (text) => {
    expect(limits({ text })).toEqual([]);
  });

  it.each<[string, string, string, number]>([
    ['The late fee was $35. Could you waive it?', 'fee-waiver-per-case', 'over-limit', 35],
    [
      'I was charged a $12 monthly fee by mistake, please remove the fee.',
      'fee-waiver-per-case',
      'within-limit',
      12,
    ],
    [
      'I spent $400 on the chairs; one is scratched. I would like $25 off.',
      'discount-per-order',
      'over-limit',
      25,
    ],
    ['Please refund my $140 order, it never came.', 'refund-per-order', 'over-limit', 140],
    ['I paid $60 for it and it broke, I want my money back.', 'refund-per-order', 'within-limit', 60],
    // What faster shipping costs on top of the order is the amount of the upgrade asked for.
    ['Can I get express delivery for free? It was $12 extra.', 'expedite-per-order', 'within-limit', 12],
    ["I'd like some compensation, $30 seems fair.", 'credit-per-customer', 'within-limit', 30],
  ])('its own amount still counts: %s', (text, rule, kind, amount) => {
    expect(limits({ text })).toEqual([{ kind, rule, amount }]);
  });

  it('reads what an amount stands before and whether it is said as a price', () => {
    const plan = 'my ¤ monthly plan came with a router';
    expect(amountRole(plan, plan.indexOf('¤'))).toMatchObject({ modifies: 'monthly plan', price: true });
    const month = 'i pay ¤ a month';
    expect(amountRole(month, month.indexOf('¤'))).toMatchObject({ modifies: '', price: true });
    const off = "i'd like ¤ off please";
    expect(amountRole(off, off.indexOf('¤'))).toMatchObject({ modifies: '', price: false });
    expect(amountFits('credit', { price: false, modifies: 'gift card', before: '' })).toBe(true);
    expect(amountFits('credit', { price: false, modifies: 'sofa', before: '' })).toBe(false);
    expect(amountFits('refund', { price: false, modifies: 'sofa', before: '' })).toBe(true);
    expect(amountFits('fee-waiver', { price: true, modifies: '', before: 'the late fee was' })).toBe(true);
    expect(amountFits('expedite', { price: true, modifies: '', before: 'the order was' })).toBe(false);
  });
});

describe('thanks for a past action is not a new request', () => {
  it.each([
    "Thanks for waiving last month's late fee!",
    'Thank you so much for the $30 credit, it made my day.',
    'Really appreciate you sending the replacement so fast.',
    'thx for refunding the $250, all good now',
    'Many thanks for the discount you gave me in May. Quick question: where do I update my address?',
  ])('no limit nudge: %s', (text) => {
    expect(limits({ text })).toEqual([]);
  });

  it('a new ask after the thanks still counts', () => {
    expect(
      limits({
        text: 'Thanks for waiving the fee last month. This month there is a $40 late fee, can you waive it too?',
      }),
    ).toEqual([{ kind: 'over-limit', rule: 'fee-waiver-per-case', amount: 40 }]);
    expect(limits({ text: 'Thanks for the quick reply, could you refund the $30 now?' })).toEqual([
      { kind: 'within-limit', rule: 'refund-per-order', amount: 30 },
    ]);
  });

  it('reads the thanks in the clause, so much included, an ask in between ends it', () => {
    const so = 'thanks so much for waiving the fee';
    expect(isThanks(so, so.indexOf('waiving'))).toBe(true);
    const asks = 'i would really appreciate it if i could get a full refund';
    expect(isThanks(asks, asks.indexOf('refund'))).toBe(false);
    const purchases = 'are purchases returnable for full refund?';
    expect(isPurchase(purchases, purchases.indexOf('refund'))).toBe(false);
    const then = 'thanks and could you waive the fee';
    expect(isThanks(then, then.indexOf('waive'))).toBe(false);
  });
});
