// Limits read by whose money it is and whether it is asked for now (issue 15, tenth session): a "$" from
// a place of another dollar, a thing accepted as it is, a payback someone else makes, a part of a thing
// asked for, a total of the whole order beside a refund of some of it. Each beside the ask it must still see.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const limits = (text: string) =>
  analyse({ text }, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
    .map((n) => `${n.kind} ${n.amount} ${n.currency}`);

const dollars = fc.integer({ min: 1, max: 2500 });
const item = fc.constantFrom('kettle', 'scooter', 'headset', 'jacket', 'lamp', 'dining table', 'camp chair');

describe('limits: whose money it is', () => {
  it('a bare "$" from a customer who lives or buys where another dollar is used is that dollar', () => {
    fc.assert(
      fc.property(
        dollars,
        item,
        fc.constantFrom(
          "I'm in Brisbane.",
          'I ordered from your Aussie site.',
          'Ordered through your Vancouver warehouse.',
          'I live in Auckland.',
          'Ordering from Singapore.',
        ),
        (amount, thing, place) => {
          expect(limits(`${place} The ${thing} arrived broken. Please refund the $${amount}.`)).toEqual([]);
          // The same ask with no place, or a place only visited, keeps its limit nudge in US dollars.
          expect(limits(`The ${thing} arrived broken. Please refund the $${amount}.`)).toHaveLength(1);
          expect(
            limits(
              `I was in Toronto for two days and got billed $${amount} in roaming. Please refund the $${amount}.`,
            ),
          ).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
    // A dollar written out says itself which it is; "your US store" keeps a "$" in US dollars.
    expect(limits("I'm in Melbourne. Please refund the US$30 for the kettle.")).toEqual([
      'within-limit 30 USD',
    ]);
    expect(limits("I'm in Melbourne but ordered from your US store. Please refund the $30.")).toEqual([
      'within-limit 30 USD',
    ]);
  });

  it('a rule in that dollar compares the "$" as that dollar', () => {
    const rules = starterRules.map((rule) =>
      rule.id === 'refund-per-order' ? { ...rule, limit: { amount: 100, currency: 'AUD' } } : rule,
    );
    const found = analyse({ text: "I'm in Perth. The kettle is dead, please refund the $40." }, rules);
    expect(found.map((n) => [n.kind, n.currency])).toContainEqual(['within-limit', 'AUD']);
  });
});

describe('limits: asked for now', () => {
  it('a thing the customer accepts as it is is not asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (fee) => {
        expect(limits(`The $${fee} vet approval fee is fine, but can you hurry the approval up?`)).toEqual(
          [],
        );
        expect(
          limits(`The $${fee} express shipping was worth every cent, it came the next morning. Thanks!`),
        ).toEqual([]);
        // A credit put forward as fair is asked for.
        expect(limits(`The lamp broke again. I think a $${fee} credit for the hassle is fair.`)).toHaveLength(
          1,
        );
        expect(limits(`There's a $${fee} late fee on my account. Can you waive it?`)).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });

  it('a payback someone else makes is no refund asked of us', () => {
    fc.assert(
      fc.property(dollars, fc.constantFrom('He', 'She', 'My brother', 'My flatmate'), (price, who) => {
        const text = `I've got a Saturday ticket ($${price}) but can't go anymore - can I transfer it to my brother's name? ${who}'ll pay me back directly.`;
        expect(limits(text)).toEqual([]);
        expect(limits(`I can't go to the Saturday show ($${price}). Can you pay me back?`)).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });

  it('what the customer means to buy on a later order is no ask now', () => {
    fc.assert(
      fc.property(fc.integer({ min: 21, max: 80 }), (price) => {
        expect(
          limits(
            `I'm planning to get express shipping ($${price}) on my next order. Will it arrive by Friday?`,
          ),
        ).toEqual([]);
        expect(
          limits(`I'm thinking of upgrading to the $${price} express option next time. Is it tracked?`),
        ).toEqual([]);
        // Asked for now, the same upgrade is judged.
        expect(limits(`My order is late. Can you upgrade me to the $${price} express option?`)).toHaveLength(
          1,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('credit the customer holds, asked to be used or kept, is no new credit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 200 }), (amount) => {
        expect(limits(`Please apply my $${amount} account credit to this order.`)).toEqual([]);
        expect(
          limits(`I have $${amount} store credit on my account. Can you extend it another month?`),
        ).toEqual([]);
        expect(limits(`The $${amount} credit on my account expires next week. Can you extend it?`)).toEqual(
          [],
        );
        // A new credit asked for is judged.
        expect(
          limits(`My parcel was late again. Please add a $${amount} credit to my account.`),
        ).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });

  it('a refund the company already processed, asked about, is no new refund', () => {
    expect(limits('The refund of $85 you processed on Monday, which card did it go to?')).toEqual([]);
    expect(limits('The kettle you sent is broken. Please process a refund of $85.')).toHaveLength(1);
  });

  it('a question on what would follow, a refund asked after, or a gift card the customer bought is no ask now', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 400 }), (amount) => {
        expect(limits(`If I cancel now, will you refund the $${amount} or only part of it?`)).toEqual([]);
        expect(limits(`Can you confirm the $${amount} refund will go back to my Visa?`)).toEqual([]);
        expect(
          limits(
            `I returned the $${amount} speaker last week. Can you let me know when the refund will be processed?`,
          ),
        ).toEqual([]);
        expect(
          limits(`The $${amount} gift card I bought for my niece never arrived by email. Can you resend it?`),
        ).toEqual([]);
        // Asked for now, each is judged.
        expect(limits(`I'm cancelling now. Will you refund the $${amount}?`)).toHaveLength(1);
        expect(limits(`I returned the $${amount} speaker last week. Can you refund it?`)).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });

  it("a paper about a refund, the writer's earlier ask, another company's refund, or a refund sent to the wrong card is no ask now", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 400 }), (amount) => {
        expect(limits(`I need an invoice showing the $${amount} refund for my tax return.`)).toEqual([]);
        expect(
          limits(
            `Last time I asked for a $${amount} credit you said no. I'm not asking again, just want my parcel.`,
          ),
        ).toEqual([]);
        expect(
          limits(`Just so you know, your competitor refunded me $${amount} for a similar issue last year.`),
        ).toEqual([]);
        expect(
          limits(
            `The $${amount} refund was supposed to go to my Amex. It went to my old Visa. Can you fix it?`,
          ),
        ).toEqual([]);
        // The same refund or credit asked for now is judged.
        expect(
          limits(`The mixer is broken. Please refund the $${amount} and email me an invoice.`),
        ).toHaveLength(1);
        expect(limits(`My parcel is late again. Please add a $${amount} credit to my account.`)).toHaveLength(
          1,
        );
      }),
      { numRuns: 40 },
    );
    // A fee named after a paper is still the fee.
    expect(
      limits('Please take off the $12 paper statement fee, I signed up for e-billing months ago.'),
    ).toEqual(['within-limit 12 USD']);
  });

  it('a refund someone promised, asked after, or one the writer has not decided on, is no ask now', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 400 }), (amount) => {
        expect(
          limits(
            `My previous agent said she'd refund the $${amount}. Just confirming that's still happening?`,
          ),
        ).toEqual([]);
        expect(
          limits(`I'm not sure I want a refund yet. The $${amount} heater might just need a reset.`),
        ).toEqual([]);
        // Decided, or asked again, it is judged.
        expect(
          limits(`My previous agent said she'd refund the $${amount}. Can you do it today?`),
        ).toHaveLength(1);
        expect(limits(`I'm sure I want a refund. The $${amount} heater is dead.`)).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });

  it('a customer who pays for the upgrade buys it', () => {
    expect(limits("Please upgrade my shipping to overnight, I'll cover the $35.")).toEqual([]);
    expect(
      limits('Please upgrade my shipping to overnight, the $35 is on you since it was late.'),
    ).toHaveLength(1);
  });

  it('a refund you already made, thanked for, is not asked again by a question about the item', () => {
    expect(
      limits(
        "Ye already refunded me the $40 for the broken planter (cheers for that), but the planter's still in my hall. Do ye want it back or will I bin it?",
      ),
    ).toEqual([]);
  });
});

describe('limits: the amount tied to the ask', () => {
  it("a part of a thing asked for takes no price of the whole; the part's own amount counts", () => {
    fc.assert(
      fc.property(dollars, item, (price, thing) => {
        expect(
          limits(`The ${thing} ($${price}) has a long scratch across the top. Could you refund part of it?`),
        ).toEqual([]);
        expect(
          limits(`The ${thing} has a scratch. I'd like a partial refund of $${price} please.`),
        ).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });

  it('an order total is not the amount of a refund for some of its items', () => {
    fc.assert(
      fc.property(dollars, (total) => {
        expect(
          limits(
            `Order #2289 - 5 items, $${total} total. The two mugs were smashed. Can I get a refund for the broken ones?`,
          ),
        ).toEqual([]);
        // The whole order asked back keeps its total.
        expect(
          limits(`Order #2289 - 5 items, $${total} total. Nothing works. Please refund my order.`),
        ).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });
});

describe('limits: asks the reader missed', () => {
  it('money asked back as a difference, a refund whose "please" ends it, an item sent back by express', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90 }), (amount) => {
        expect(
          limits(`They're cheaper on your site today. Can I get the $${amount} difference back on my card?`),
        ).toEqual([`within-limit ${amount} USD`]);
        expect(
          limits(
            `vet says don't split them\njust refund the $${amount + 100} please i got them from the vet already`,
          ),
        ).toEqual([`over-limit ${amount + 100} USD`]);
      }),
      { numRuns: 40 },
    );
    expect(limits('Please send the laptop back to me by express, which is $15 on your form.')).toEqual([
      'within-limit 15 USD',
    ]);
  });
});
