// Limits by structure (issue 15, eleventh session): a customer's ask takes only an amount the message binds
// to it. A price or total said in another clause is context; a price a piece is multiplied by the count the
// ask names; an ask made of another party, or passed on for someone else, is not asked of us. Each beside
// the ask it must still see.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const limits = (text: string) =>
  analyse({ text }, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
    .map((n) => `${n.kind} ${n.rule} ${n.amount}`);

const cents = fc.integer({ min: 100, max: 9_900 }).map((n) => n / 100);
const money = (n: number) => `$${n.toFixed(2)}`;
const thing = fc.constantFrom(
  ['bowl', 'bowls'],
  ['candle', 'candles'],
  ['mug', 'mugs'],
  ['notebook', 'notebooks'],
  ['tile', 'tiles'],
);
const count = fc.integer({ min: 2, max: 40 });
const kind = (amount: number) => (amount <= 100 ? 'within-limit' : 'over-limit');

describe('limits: an amount bound to the ask', () => {
  it('a price a piece is multiplied by the count the ask takes', () => {
    fc.assert(
      fc.property(cents, count, thing, (price, n, [, many]) => {
        const total = Math.round(price * n * 100) / 100;
        expect(
          limits(
            `I ordered a box of ${many} and ${n} were cracked. They were ${money(price)} each. Please refund me for the ${n} ${many}.`,
          ),
        ).toEqual([`${kind(total)} refund-per-order ${total}`]);
      }),
      { numRuns: 40 },
    );
  });

  it('a price per month is multiplied by the months the ask takes', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(['two', 2], ['three', 3], ['four', 4]), (price, [word, n]) => {
        const total = Math.round(price * Number(n) * 100) / 100;
        expect(
          limits(
            `The gym pass is ${money(price)} a month and the pool has been shut all season. Please refund the last ${word} months.`,
          ),
        ).toEqual([`${kind(total)} refund-per-order ${total}`]);
      }),
      { numRuns: 30 },
    );
  });

  it("an order's total is not the amount of a refund for a part of it; the whole order asked back is", () => {
    fc.assert(
      fc.property(cents, thing, (total, [one]) => {
        expect(
          limits(
            `My order came to ${money(total)} and one of the ${one}s was smashed in the box. Can I get a refund for that?`,
          ),
        ).toEqual([]);
        expect(
          limits(`My order came to ${money(total)} and nothing in it works. Please refund my order.`),
        ).toEqual([`${kind(total)} refund-per-order ${total}`]);
      }),
      { numRuns: 40 },
    );
  });

  it('an amount in apposition to what the ask takes is its amount', () => {
    fc.assert(
      fc.property(cents, (price) => {
        expect(
          limits(`We were billed for one seat too many. Please refund the extra seat, ${money(price)}.`),
        ).toEqual([`${kind(price)} refund-per-order ${price}`]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('limits: asked of us, by the customer', () => {
  it('a refund asked of another party is no ask of ours', () => {
    fc.assert(
      fc.property(
        cents,
        fc.constantFrom('the courier', 'my bank', 'them', 'the insurer'),
        (amount, party) => {
          expect(
            limits(`The parcel went missing. I've asked ${party} to reimburse me the ${money(amount)}.`),
          ).toEqual([]);
          // Asked of us, it is judged.
          expect(limits(`The parcel went missing. Please reimburse me the ${money(amount)}.`)).toHaveLength(
            1,
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it("someone else's ask passed on is not the writer's", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 200 }), fc.constantFrom('she', 'he', 'my mum'), (amount, who) => {
        expect(
          limits(
            `I'm writing for a neighbour who has no email; ${who} would like a $${amount} credit on the account.`,
          ),
        ).toEqual([]);
        expect(
          limits(`I'm writing about my order; I would like a $${amount} credit on the account.`),
        ).toHaveLength(1);
      }),
      { numRuns: 30 },
    );
  });

  it('a voucher bought, and an upgrade the customer offers to pay for two sentences on, are no asks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 200 }), (amount) => {
        expect(
          limits(`Hello, I'd like to buy a $${amount} e-voucher for my cousin. Can it be sent to her?`),
        ).toEqual([]);
        expect(
          limits(
            `Could you add next-day delivery to my order? It's $${amount} on the site. Happy to pay it, just charge my card.`,
          ),
        ).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
