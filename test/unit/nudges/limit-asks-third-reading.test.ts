// Issue 15, third reading of customers' limit asks: what is asked of us now, and which amount goes
// with it. Something another person received, a refund an agent already processed, a credit the
// customer holds, another seller's deal, a present bought for someone and a price checked back are
// no asks; amounts said in words or with a hyphen are read whole. Sentences written for these tests,
// apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { spelledAmounts } from '../../../src/nudges/amounts/amount-words';
import { scanAmounts } from '../../../src/nudges/amounts/amounts';
import { type AnalyseInput, analyse } from '../../../src/nudges/index';
import { othersPriceOnly, paysForIt } from '../../../src/nudges/limits/ask-act';
import { starterRules } from './helpers';

const alarms = (text: string) =>
  analyse({ text } satisfies AnalyseInput, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
    .map((n) => [n.kind, n.rule, n.amount]);

describe('what someone else received, or an agent already did, is reported, not asked for', () => {
  it.each([
    'My sister got $60 back from you last month when her parcel went missing. Do you do that for everyone?',
    'A colleague of mine received a $30 voucher after a late delivery. Is that something you offer?',
    "Your agent approved a $90 refund on Monday but it still hasn't reached my card. Any update?",
    'Someone on your team authorised a $45 credit last week. Can you tell me when it expires?',
    'Priya processed a $70 refund for me (case 5521). Can it go to my new card instead?',
  ])('no limit alarm: %s', (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it('asks again when the customer wants the same, or the thing again', () => {
    expect(alarms('My neighbour got $30 off for the same scratch. Could you do the same for me?')).toEqual([
      ['over-limit', 'discount-per-order', 30],
    ]);
    expect(alarms('The $60 refund never arrived. Can you issue it again?')).toEqual([
      ['within-limit', 'refund-per-order', 60],
    ]);
  });
});

describe('a paper about a refund is not a refund', () => {
  it.each([
    'Can you send me the refund confirmation number for the $60? My bank wants it.',
    'Please send the refund reference for the $45 you processed, my bank is asking.',
  ])('no limit alarm: %s', (text) => {
    expect(alarms(text)).toEqual([]);
  });
});

describe('what the customer holds is no ask, and using or moving it is no ask again', () => {
  it.each([
    'I have a $25 voucher from your team. Can I use it on sale items?',
    'We have a $35 credit on the account already, so please just apply it to invoice 4471.',
    'The gift card I got for my birthday is worth $50. How do I check the balance?',
    'We received a $20 credit from your store last spring. Does it expire?',
  ])('no limit alarm: %s', (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it('a held credit asked for again is an ask', () => {
    expect(alarms('I had a $20 credit that lapsed while I was in hospital, could you put it back?')).toEqual([
      ['within-limit', 'credit-per-customer', 20],
    ]);
  });
});

describe("another seller's price or deal is a price-match ask only when the customer asks us to match it", () => {
  it.each([
    "Target sells the same blender for $20 less, so I'm cancelling the order. Please confirm.",
    'Your competitor offers $25 off first orders. Do you have any promo codes?',
    "It's $10 cheaper at the shop down the road, so I'm switching. Close my account please.",
  ])('no limit alarm: %s', (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it('a match asked for takes the difference as its amount', () => {
    expect(alarms('Amazon has it for $12 less. Can you match that?')).toEqual([
      ['within-limit', 'discount-per-order', 12],
    ]);
    expect(alarms('Walmart is doing $10 off this week, will you match?')).toEqual([
      ['within-limit', 'discount-per-order', 10],
    ]);
  });

  it('reads the deal, the seller and the ask to match in canonical text', () => {
    expect(othersPriceOnly('¤ off first orders', 'your competitor offers ', 'x', '')).toBe(true);
    expect(othersPriceOnly('¤ off', 'can you give me ', 'can you give me ¤ off?', '')).toBe(false);
    expect(
      othersPriceOnly('¤ less', 'walmart has it for ', 'walmart has it for ¤ less.', 'can you match?'),
    ).toBe(false);
  });
});

describe('a present bought for someone, or an order to be invoiced, is a purchase', () => {
  it.each([
    "We'd like to order 10 gift cards at $50 each for our team. Can you send us an invoice?",
    'Please bill our company for 5 $100 gift cards.',
    'I want to send my mum a $75 gift card for her birthday. Can you deliver it by Friday?',
  ])('no limit alarm: %s', (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it('a present the customer asks us to give is still an ask', () => {
    expect(alarms('Can you send my mum a $40 voucher as an apology for the mix-up?')).toEqual([
      ['within-limit', 'credit-per-customer', 40],
    ]);
  });

  it('an invoice asked for is paying', () => {
    expect(paysForIt('can you invoice our company( acct 7781)?')).toBe(true);
    expect(paysForIt('can you refund our company?')).toBe(false);
  });
});

describe('"I would be grateful if you would…" asks; gratitude for what was done does not', () => {
  it('reads the ask and the thanks apart', () => {
    expect(alarms("I'd be so grateful if you could refund the $80 I paid for the broken kettle.")).toEqual([
      ['within-limit', 'refund-per-order', 80],
    ]);
    expect(alarms('I am grateful for the $20 credit you gave me last time.')).toEqual([]);
  });
});

describe('amounts said in words or with a hyphen are read whole', () => {
  const read = (text: string) => scanAmounts(text, spelledAmounts).map((a) => [a.amount, a.currency]);

  it('reads "hundred" without a number before it, "-buck" and "-dollar"', () => {
    expect(read('return the hundred and twenty dollars I paid')).toEqual([[120, 'USD']]);
    expect(read('just a hundred bucks')).toEqual([[100, 'USD']]);
    expect(read('a forty-buck credit')).toEqual([[40, 'USD']]);
    expect(read('a 40-dollar credit')).toEqual([[40, 'USD']]);
    expect(read('a 5-pound bag of flour')).toEqual([]);
  });

  it('judges the whole amount, not its last part', () => {
    expect(alarms('I want the hundred and fifty dollars back that I paid for the jacket.')).toEqual([
      ['over-limit', 'refund-per-order', 150],
    ]);
    expect(alarms('Could you send me a fifty-dollar voucher for the trouble?')).toEqual([
      ['within-limit', 'credit-per-customer', 50],
    ]);
  });
});

describe('a price quoted before the upgrade asked is its amount; a price checked back asks nothing', () => {
  it('reads the quote and the ask together', () => {
    expect(
      alarms('Express is $30 - can you upgrade me at no charge since you lost the first parcel?'),
    ).toEqual([['over-limit', 'expedite-per-order', 30]]);
    expect(alarms('Next-day costs $15, could you bump my order up for free?')).toEqual([
      ['within-limit', 'expedite-per-order', 15],
    ]);
  });

  it('no limit alarm for a price checked back', () => {
    expect(alarms("Next-day delivery is $15? That's steep. I'll stick with standard.")).toEqual([]);
  });
});

describe('a policy asked about is no ask, unless the customer then asks us to act on it', () => {
  it.each([
    'do you guys refund shipping if the item is faulty? shipping was $9',
    'I heard you do $25 credit for late deliveries. True?',
    'Could you tell me if the $30 credit from last month is still on my account?',
  ])('no limit alarm: %s', (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it('a fee questioned, then asked to be removed, is a waiver ask', () => {
    expect(
      alarms("Your restocking fee is $20? That's ridiculous, it's not in your terms. Please remove it."),
    ).toEqual([['within-limit', 'fee-waiver-per-case', 20]]);
  });
});

describe("a question on what follows the customer's own act asks nothing", () => {
  it('reads the condition before the question', () => {
    expect(alarms('If I return the $120 boots, will I get store credit or a refund?')).toEqual([]);
    expect(alarms('If I return the $120 boots, can I get a refund?')).toEqual([
      ['over-limit', 'refund-per-order', 120],
    ]);
  });
});

describe('a refund that names its item takes that item’s price, not another’s beside it', () => {
  it('reads the price written beside the item named', () => {
    expect(
      alarms(
        'I ordered a blender ($89) and a set of knives ($140) on the 3rd. The blender arrived with a cracked jug. ' +
          "I'd like a refund for the blender please.",
      ),
    ).toEqual([['within-limit', 'refund-per-order', 89]]);
    expect(
      alarms('I bought a kettle for $60 and a toaster for $150. The kettle leaks, please refund the kettle.'),
    ).toEqual([['within-limit', 'refund-per-order', 60]]);
  });

  it('an amount said with the ask itself still wins', () => {
    expect(alarms("I'd like a refund of $40 for the lamp ($120) as the shade is scratched.")).toEqual([
      ['within-limit', 'refund-per-order', 40],
    ]);
  });
});

describe('a charge asked to be reversed is a refund; one already reversed is reported', () => {
  it('reads both', () => {
    expect(alarms('Your site double charged me $49. I need one of those reversed.')).toEqual([
      ['within-limit', 'refund-per-order', 49],
    ]);
    expect(alarms('You reversed the $49 charge yesterday, thank you. All sorted.')).toEqual([]);
  });
});
