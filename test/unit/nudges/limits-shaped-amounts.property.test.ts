// Amounts a customer's ask binds in another shape than one amount beside it (issue 15, twelfth session;
// limits/binding-settings.ts names each reading): a range, a share of the order's price, half of a price,
// a price with its tax, the whole said in apposition, credit put on the account, prices listed and taken
// together, a coupon for a later order. Each beside the same words where the structure does not bind the
// amount to an ask of ours, which must stay quiet.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { DEFAULT_BINDING, setBinding } from '../../../src/nudges/limits/binding-settings';
import { starterRules } from './helpers';

const limits = (text: string) =>
  analyse({ text }, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
    .map((n) => `${n.kind} ${n.rule} ${n.amount}`);

const whole = fc.integer({ min: 2, max: 900 });
const item = fc.constantFrom('kettle', 'tent', 'backpack', 'lamp', 'stove', 'blender');
const refund = (amount: number) =>
  `${amount <= 100 ? 'within-limit' : 'over-limit'} refund-per-order ${Math.round(amount * 100) / 100}`;
const credit = (amount: number) =>
  `${amount <= 50 ? 'within-limit' : 'over-limit'} credit-per-customer ${amount}`;

describe('limits: amounts bound to the ask in another shape', () => {
  it('a range asked back is judged at its upper end', () => {
    fc.assert(
      fc.property(whole, whole, item, (a, b, thing) => {
        fc.pre(a < b);
        for (const range of [`$${a}-${b}`, `$${a} - $${b}`, `$${a} to $${b}`, `between $${a} and $${b}`]) {
          expect(limits(`The ${thing} broke on day two. I'd be happy with ${range} back.`)).toEqual([
            refund(b),
          ]);
          // A range said as what it cost, with no ask, is no amount asked.
          expect(limits(`The ${thing} cost ${range} at other shops, so I bought it here.`)).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a share off the order is that share of the order price said with the order', () => {
    fc.assert(
      fc.property(whole, fc.integer({ min: 5, max: 50 }), (price, share) => {
        const off = Math.round(price * share) / 100;
        const kind = off <= 15 ? 'within-limit' : 'over-limit';
        expect(
          limits(`My last order (#44190, $${price}) arrived late. Could you take ${share}% off that order?`),
        ).toEqual([`${kind} discount-per-order ${off}`]);
        expect(
          limits(`We placed a bulk order ($${price} total). Could you take ${share}% off that order?`),
        ).toEqual([`${kind} discount-per-order ${off}`]);
        // No order price said, or two different ones: no amount is read.
        expect(limits(`My order arrived late. Could you take ${share}% off that order?`)).toEqual([]);
        expect(
          limits(
            `Order #1 ($${price} total) and order #2 ($${price + 1} total) came late. Could you take ${share}% off that order?`,
          ),
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('half of a price said before the ask is half of that price', () => {
    fc.assert(
      fc.property(whole, item, (price, thing) => {
        expect(
          limits(`The ${thing} only half works. It was $${price}. Would you refund half of that?`),
        ).toEqual([refund(price / 2)]);
        // Half said in passing, with no ask, is none.
        expect(limits(`The ${thing} was $${price}. It was half of that at the outlet store.`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('the price and its tax asked back together are summed', () => {
    fc.assert(
      fc.property(whole, fc.integer({ min: 1, max: 90 }), item, (price, tax, thing) => {
        const taxed = price + tax / 10;
        expect(
          limits(
            `I returned the ${thing}. It was $${price} plus $${tax / 10} tax. Please refund both the price and the tax.`,
          ),
        ).toEqual([refund(taxed)]);
        // Tax said as what was paid, the refund already made: no ask now.
        expect(
          limits(
            `It was $${price} plus $${tax / 10} tax. Thanks for refunding the price and the tax last week!`,
          ),
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('the whole said in apposition after the ask is the amount asked', () => {
    fc.assert(
      fc.property(whole, (total) => {
        expect(
          limits(`The paint was the wrong colour. Please refund all of it, the full $${total}.`),
        ).toEqual([refund(total)]);
        expect(limits(`It never arrived. I want everything back including the tip, $${total}.`)).toEqual([
          refund(total),
        ]);
        expect(limits(`Concert cancelled by you, i want my money back - $${total} for two`)).toEqual([
          refund(total),
        ]);
        // A purchase of the whole is no ask.
        expect(limits(`I bought all of it, the full $${total}, for my sister's birthday.`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('an amount asked to be put on the account as credit is the credit asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 200 }), (amount) => {
        expect(
          limits(`I'd prefer store credit. Could you put the $${amount} on my account as store credit?`),
        ).toEqual([credit(amount)]);
        expect(
          limits(
            `My lesson was cancelled. I'd like the $${amount} for that lesson put on my account as credit.`,
          ),
        ).toEqual([credit(amount)]);
        // Money the customer paid onto the account, and credit already put there and thanked for, ask nothing.
        expect(limits(`I paid the $${amount} on my account last week, thanks.`)).toEqual([]);
        expect(limits(`Thanks for putting the $${amount} on my account as credit last month!`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('prices listed and taken together by the ask are summed, and a charge over past months counts each month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 90 }), fc.integer({ min: 2, max: 90 }), (a, b) => {
        expect(
          limits(
            `Two were the wrong editions. The wrong ones were $${a} and $${b}. Please refund those two.`,
          ),
        ).toEqual([refund(a + b)]);
        expect(
          limits(
            `I've been charged $${a} for the last two months without using it. Could you refund those two months?`,
          ),
        ).toEqual([refund(a * 2)]);
        // Prices listed with no ask of them: none.
        expect(limits(`The wrong ones were $${a} and $${b}. I'll keep those two anyway.`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a coupon for a later order is a voucher judged by the credit rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 120 }), (amount) => {
        expect(
          limits(`The film stopped halfway. I'd be fine with a $${amount} coupon for next time.`),
        ).toEqual([credit(amount)]);
        // A coupon the customer used is no ask.
        expect(limits(`I used a $${amount} coupon for next time's order and it worked, thanks.`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a pronoun object takes the one amount said as what the thing before it costs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 300 }),
        fc.constantFrom('freight', 'handling', 'late fee'),
        (n, thing) => {
          const kind = n <= 25 ? 'within-limit' : 'over-limit';
          expect(
            limits(
              `Overnight ${thing} for the treadmill is $${n} — please waive that, you missed the window.`,
            ),
          ).toEqual([`${kind} fee-waiver-per-case ${n}`]);
          // "that" opening a relative clause is no pronoun object.
          expect(limits(`The jacket was $${n} and I love it. Can you waive that I need to sign?`)).toEqual(
            [],
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a pronoun object ends at its comma: "refund it, I\'ll pay on the day" refunds the deposit named', () => {
    fc.assert(
      fc.property(whole, (deposit) => {
        expect(
          limits(`I paid a $${deposit} deposit for the booking; please refund it, I'll pay on the day.`),
        ).toEqual([refund(deposit)]);
        // "refund it, but only part": a part asked with no amount of its own is no amount.
        expect(
          limits(`I paid a $${deposit} deposit for the booking; please refund it, but only part of it.`),
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('limits: the gate stays quiet when the ask is not asked of us now', () => {
  const any = fc.integer({ min: 2, max: 900 });
  // The three quiet gates ship off (binding-settings.ts: no development writer's message needs them, so no
  // fold chose them); each is right in itself, tested here with it on.
  beforeEach(() =>
    setBinding({
      ...DEFAULT_BINDING,
      readings: { ...DEFAULT_BINDING.readings, othersDo: true, refused: true, hypothetical: true },
    }),
  );
  afterEach(() => setBinding(DEFAULT_BINDING));

  it('another party that will give the money back asks nothing of us', () => {
    fc.assert(
      fc.property(
        any,
        fc.constantFrom('My bank', 'The insurer', 'My credit card company', 'PayPal'),
        (n, party) => {
          const other = party === 'PayPal' ? 'My PayPal' : party;
          expect(limits(`${other} will refund the $${n} charge.`)).toEqual([]);
          expect(limits(`${other} has agreed to refund the $${n} charge.`)).toEqual([]);
          // Asked of us beside what the bank said, it is an ask.
          expect(limits(`I asked my bank but they said no. Please refund the $${n} charge.`)).toEqual([
            refund(n),
          ]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('an ask we turned down before, told as past, is none now', () => {
    fc.assert(
      fc.property(any, fc.constantFrom('refused', 'declined', 'said no to'), (n, verb) => {
        const to = verb === 'said no to' ? 'a' : 'to';
        const ask = verb === 'said no to' ? `refund of the $${n}` : `refund the $${n}`;
        expect(limits(`You already ${verb} ${to} ${ask} last week, fine.`)).toEqual([]);
        expect(limits(`Please refund the $${n}.`)).toEqual([refund(n)]);
      }),
      { numRuns: 30 },
    );
  });

  it('a recurrence supposed in an if-clause asks what would happen, not for the money now', () => {
    fc.assert(
      fc.property(any, item, (n, thing) => {
        expect(limits(`The ${thing} was $${n}. If it breaks again, would you refund the $${n}?`)).toEqual([]);
        expect(limits(`If this ever happens in future, will you refund the $${n}?`)).toEqual([]);
        // The same words as a real ask, or an alternative asked now, keep the nudge.
        expect(limits(`The ${thing} broke again. Could you refund the $${n}?`)).toEqual([refund(n)]);
        expect(limits(`If you can't send a new ${thing}, could you refund the $${n}?`)).toEqual([refund(n)]);
      }),
      { numRuns: 30 },
    );
  });

  it('half asked with its price said after the ask is no amount, never the whole price', () => {
    fc.assert(
      fc.property(any, (n) => {
        expect(limits(`Would you refund half of that? It was $${n}.`)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});
