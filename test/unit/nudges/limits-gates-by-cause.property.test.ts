// False limit alarms by cause (issue 15, thirteenth session): each cause is a gate or a reading of
// limits/binding-settings.ts, judged writer by writer by scripts/limits-folds.ts. Each test turns its own
// choice on and off, so it holds whatever ships by default: with the choice on the quiet message is quiet
// and its twin, asked now and of us, keeps its nudge; with it off the old alarm comes back (the test can
// fail).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { DEFAULT_BINDING, type Reading, setBinding } from '../../../src/nudges/limits/binding-settings';
import { starterRules } from './helpers';

const limits = (text: string) =>
  analyse({ text }, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
    .map((n) => `${n.kind} ${n.rule} ${n.amount}`);

function withReading<T>(reading: Reading, on: boolean, read: () => T): T {
  setBinding({ ...DEFAULT_BINDING, readings: { ...DEFAULT_BINDING.readings, [reading]: on } });
  try {
    return read();
  } finally {
    setBinding(DEFAULT_BINDING);
  }
}

afterEach(() => setBinding(DEFAULT_BINDING));

const amount = fc.integer({ min: 2, max: 900 });
const item = fc.constantFrom('kettle', 'tent', 'lamp', 'blender');
const refund = (n: number) => `${n <= 100 ? 'within-limit' : 'over-limit'} refund-per-order ${n}`;
const credit = (n: number) => `${n <= 50 ? 'within-limit' : 'over-limit'} credit-per-customer ${n}`;

describe('limits: false alarms by cause', () => {
  it('a bare "$" beside an amount written in another dollar is that dollar (otherDollar)', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('AUD', 'CAD', 'NZD'), (n, code) => {
        const text = `I was charged $${n} ${code} for the course and the link is broken. Could you refund the $${n}?`;
        expect(withReading('otherDollar', true, () => limits(text))).toEqual([]);
        expect(withReading('otherDollar', false, () => limits(text))).toEqual([refund(n)]);
        // Written in US dollars, or with no code, it is the store's dollar.
        expect(
          withReading('otherDollar', true, () =>
            limits(`I was charged $${n} for the course and the link is broken. Could you refund the $${n}?`),
          ),
        ).toEqual([refund(n)]);
      }),
      { numRuns: 25 },
    );
  });

  it('money asked for someone else, named right after the ask, is not asked of us (forAnother)', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('her', 'him'), (n, who) => {
        const text = `I'm writing for my parent, who doesn't do email. Can you refund ${who} $${n}?`;
        expect(withReading('forAnother', true, () => limits(text))).toEqual([]);
        expect(withReading('forAnother', false, () => limits(text))).toEqual([refund(n)]);
        // Asked for the writer, or for a thing of hers, it is an ask.
        expect(withReading('forAnother', true, () => limits(`Can you refund me $${n}?`))).toEqual([
          refund(n),
        ]);
        expect(
          withReading('forAnother', true, () =>
            limits(`Could you please refund ${who === 'her' ? 'her' : 'his'} child ticket? It was $${n}.`),
          ),
        ).toEqual([refund(n)]);
      }),
      { numRuns: 25 },
    );
  });

  it('the thing asked, told as granted already (a passive), is no new ask (doneAsPassive)', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom('was approved', 'has been issued', 'got approved', 'was granted'),
        (n, done) => {
          const text = `My $${n} refund ${done} on the 2nd. If it isn't on my card by Friday I'm calling my bank.`;
          expect(withReading('doneAsPassive', true, () => limits(text))).toEqual([]);
          expect(withReading('doneAsPassive', false, () => limits(text))).toEqual([refund(n)]);
          // A charge told as made is what a waiver or a refund is asked for.
          expect(
            withReading('doneAsPassive', true, () =>
              limits(`The $${n} charge was applied twice. Please refund the $${n}.`),
            ),
          ).toEqual([refund(n)]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a credit someone promised, told as past and thanked for, is no new ask (promised)', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('Your rep', 'Your agent', 'You'), (n, who) => {
        const text = `${who} promised me a $${n} credit last week and I can see it on my account now. Thanks!`;
        expect(withReading('promised', true, () => limits(text))).toEqual([]);
        expect(withReading('promised', false, () => limits(text))).toEqual([credit(n)]);
        // Asked for again after the promise, it is asked.
        expect(
          withReading('promised', true, () =>
            limits(`${who} promised me a $${n} credit last week and I never got it. Can you send it?`),
          ),
        ).toEqual([credit(n)]);
      }),
      { numRuns: 25 },
    );
  });

  it('a share of the amount said with the ask is that share, never the whole (shareOf)', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 10, max: 90 }), (n, share) => {
        const part = Math.round(n * share) / 100;
        const text = `I only got part of the sessions. I'd like ${share}% of the $${n} back.`;
        expect(withReading('shareOf', true, () => limits(text))).toEqual([refund(part)]);
        expect(withReading('shareOf', false, () => limits(text))).toEqual([refund(n)]);
        expect(withReading('shareOf', true, () => limits(`Please refund the $${n}.`))).toEqual([refund(n)]);
      }),
      { numRuns: 25 },
    );
  });

  it("a pasted receipt's total is no amount put forward (receiptLine) and a named line is its price (lineItem)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 300 }),
        fc.integer({ min: 5, max: 90 }),
        fc.constantFrom('cushion', 'lamp', 'kettle'),
        (chairs, price, thing) => {
          const total = chairs + price;
          const receipt =
            `Hi, the ${thing} never turned up.\n\nTeak chair x2 ........ $${chairs}.00\n` +
            `Outdoor ${thing} ... $${price}.00\nTotal ........ $${total}.00\n\n`;
          const text = `${receipt}Can you refund the ${thing} line only? Keeping the chairs.`;
          expect(limits(text)).toEqual(
            DEFAULT_BINDING.readings.lineItem
              ? [refund(price)]
              : DEFAULT_BINDING.readings.receiptLine
                ? []
                : [refund(total)],
          );
          // With neither, the total line reads as put forward beside the ask.
          setBinding({
            ...DEFAULT_BINDING,
            readings: { ...DEFAULT_BINDING.readings, receiptLine: false, lineItem: false },
          });
          expect(limits(text)).toEqual([refund(total)]);
          setBinding({
            ...DEFAULT_BINDING,
            readings: { ...DEFAULT_BINDING.readings, receiptLine: true, lineItem: false },
          });
          expect(limits(text)).toEqual([]);
          setBinding({
            ...DEFAULT_BINDING,
            readings: { ...DEFAULT_BINDING.readings, receiptLine: true, lineItem: true },
          });
          expect(limits(text)).toEqual([refund(price)]);
          // A refund of the whole order names no line; an amount said alone beside the ask still counts.
          expect(limits(`The ${thing} broke. Can you refund me?\n\n$${price}`)).toEqual([refund(price)]);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('a price a piece is no price of the whole asked back (wholeNotUnit)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 30 }), fc.integer({ min: 1, max: 9 }), (count, fee) => {
        const text =
          `I booked ${count} tickets for the screening, $12.50 per ticket plus a $${fee}.50 booking fee per ticket. ` +
          'The room was changed. Please refund the whole booking, tickets and fees.';
        expect(withReading('wholeNotUnit', true, () => limits(text))).toEqual([]);
        expect(withReading('wholeNotUnit', false, () => limits(text))).toEqual([refund(fee + 0.5)]);
        // The thing's own price, said once, is still the whole of it.
        expect(
          withReading('wholeNotUnit', true, () =>
            limits(`I bought a $${count} booking for the screening. Please refund the whole booking.`),
          ),
        ).toEqual([refund(count)]);
      }),
      { numRuns: 20 },
    );
  });

  it('half of it back takes half of the price said before, and no price is no amount (halfOfIt)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 450 }).map((n) => n * 2),
        item,
        (n, thing) => {
          const text = `I paid $${n} for the ${thing}. Half of it arrived broken. I'd like half of it back.`;
          expect(withReading('halfOfIt', true, () => limits(text))).toEqual([refund(n / 2)]);
          expect(withReading('halfOfIt', false, () => limits(text))).toEqual([]);
          // No price said before it: no amount, never a guess.
          expect(
            withReading('halfOfIt', true, () =>
              limits(`The ${thing} arrived broken. I'd like half of it back.`),
            ),
          ).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the money itself asked back as other first languages put it (moneyReturned)', () => {
    fc.assert(
      fc.property(amount, item, (n, thing) => {
        const text = `I buy one ${thing} for ${n}$ and it come broken. Please return me the ${n}$.`;
        expect(withReading('moneyReturned', true, () => limits(text))).toEqual([refund(n)]);
        expect(withReading('moneyReturned', false, () => limits(text))).toEqual([]);
        expect(
          withReading('moneyReturned', true, () => limits(`I want the devolution of my ${n}$, all of it.`)),
        ).toEqual([refund(n)]);
        // An item returned, priced, is no money asked back.
        expect(
          withReading('moneyReturned', true, () => limits(`I will return the $${n} ${thing} tomorrow.`)),
        ).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('the price named as the object takes its amount (priceOfObject)', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('purchase price', 'full price', 'price'), (n, price) => {
        const text = `I returned the bicycle on 2 May. Please refund the ${price} of $${n} to my card.`;
        expect(withReading('priceOfObject', true, () => limits(text))).toEqual([refund(n)]);
        expect(withReading('priceOfObject', false, () => limits(text))).toEqual([]);
        // The price of another thing, in a clause of its own, is not the ask's.
        expect(
          withReading('priceOfObject', true, () =>
            limits(`Please refund the shipping, since the price of $${n} was for the bike alone.`),
          ),
        ).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('an ask in quoted or forwarded mail was made before; the customer’s own words above it ask now (quotedPart)', () => {
    fc.assert(
      fc.property(
        amount,
        item,
        fc.constantFrom('> ', '-----Original Message-----\n', '---------- Forwarded message ---------\n'),
        (n, thing, quote) => {
          const text = `Got it, thanks! Just passing this on for your records.\n\n${quote}The ${thing} arrived broken. Please refund the $${n} I paid.`;
          expect(withReading('quotedPart', true, () => limits(text))).toEqual([]);
          expect(withReading('quotedPart', false, () => limits(text))).toEqual([refund(n)]);
          // The same ask in the customer's own words, above the quoted mail, asks now.
          expect(
            withReading('quotedPart', true, () =>
              limits(
                `The ${thing} arrived broken. Please refund the $${n} I paid.\n\n${quote}Your order has shipped.`,
              ),
            ),
          ).toEqual([refund(n)]);
          // A line that only introduces a quote does not make the customer's next words quoted.
          expect(
            withReading('quotedPart', true, () =>
              limits(
                `On 3 May, Dan wrote:\n'Your order has shipped.'\n\nThe ${thing} arrived broken. Please refund the $${n} I paid.`,
              ),
            ),
          ).toEqual([refund(n)]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

// Fifteenth session, read from blind-limits-l14 (each a reading of binding-settings.ts, judged by the folds).
const discount = (n: number) => `${n <= 15 ? 'within-limit' : 'over-limit'} discount-per-order ${n}`;

describe('limits: asks and amounts as a person reads them', () => {
  it('what the customer would not accept is no ask; a floor said so is one (refusedOffer)', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom("wouldn't", "couldn't", 'refuse to', 'am not going to'),
        (n, not) => {
          const text = `Just so you know, I ${not} accept a $${n} voucher for this. I'll think about what I want.`;
          expect(withReading('refusedOffer', true, () => limits(text))).toEqual([]);
          expect(withReading('refusedOffer', false, () => limits(text))).toEqual([credit(n)]);
          // Asked for, the voucher is an ask; so is a floor ("nothing less than").
          expect(
            withReading('refusedOffer', true, () => limits(`Could you send me a $${n} voucher for this?`)),
          ).toEqual([credit(n)]);
          expect(
            withReading('refusedOffer', true, () =>
              limits(`I ${not} accept anything less than a $${n} refund for this.`),
            ),
          ).toEqual([refund(n)]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('whether a deal is open to anyone is asked about, not for (openToAnyone)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 900 }), fc.constantFrom('anyone', 'everyone'), (n, who) => {
        const text = `My friend got $${n} off her order last week. Is that a promo ${who} can use?`;
        expect(withReading('openToAnyone', true, () => limits(text))).toEqual([]);
        expect(withReading('openToAnyone', false, () => limits(text))).toEqual([discount(n)]);
        // Asked for the writer's own order, it is an ask.
        expect(
          withReading('openToAnyone', true, () => limits(`Could you give me $${n} off this order?`)),
        ).toEqual([discount(n)]);
      }),
      { numRuns: 25 },
    );
  });

  it('a paper about what was done, asked for after it, does not ask for it again (paperOfIt)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 15 }),
        fc.constantFrom('receipt', 'invoice', 'confirmation'),
        (n, paper) => {
          const text = `You gave me a $${n} discount on my last order. Can you resend the ${paper} showing it?`;
          expect(withReading('paperOfIt', true, () => limits(text))).toEqual([]);
          expect(withReading('paperOfIt', false, () => limits(text))).toEqual([discount(n)]);
          // Asked for again, it is an ask.
          expect(
            withReading('paperOfIt', true, () =>
              limits(`You gave me a $${n} discount on my last order. Can you do it again this time?`),
            ),
          ).toEqual([discount(n)]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('money off a later order is a voucher, not a discount on this one (nextOrder)', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('next order', 'next purchase', 'future order'), (n, later) => {
        const text = `The courier left the parcel in the rain. As a sorry, could you give me $${n} off my ${later}?`;
        expect(withReading('nextOrder', true, () => limits(text))).toEqual([credit(n)]);
        expect(withReading('nextOrder', false, () => limits(text))).toEqual([discount(n)]);
        // Off this order, or called a discount, it is a discount.
        expect(
          withReading('nextOrder', true, () => limits(`Could you give me $${n} off this order?`)),
        ).toEqual([discount(n)]);
        expect(
          withReading('nextOrder', true, () => limits(`Could you give me a $${n} discount on my ${later}?`)),
        ).toEqual([discount(n)]);
      }),
      { numRuns: 25 },
    );
  });

  it('"is possible to…" asks, as a writer whose first language drops the subject says it (possibleTo)', () => {
    fc.assert(
      fc.property(amount, item, (n, thing) => {
        const text = `The ${thing} is not working since the first day. Is possible to refund me ${n} dollars for it?`;
        expect(withReading('possibleTo', true, () => limits(text))).toEqual([refund(n)]);
        expect(withReading('possibleTo', false, () => limits(text))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('what was paid, asked back, is the amount asked (paidBack)', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('we', 'I'), (n, who) => {
        const text = `The hotel cancelled on us. We need the $${n} ${who} paid refunded.`;
        expect(withReading('paidBack', true, () => limits(text))).toEqual([refund(n)]);
        expect(withReading('paidBack', false, () => limits(text))).toEqual([]);
        // A price of another thing paid for is still no amount of the ask.
        expect(
          withReading('paidBack', true, () => limits(`I paid $${n} for the hotel. Please refund the taxi.`)),
        ).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('a floor the customer puts forward is judged at it; a policy asked about is not (floor)', () => {
    fc.assert(
      fc.property(amount, item, (n, thing) => {
        const text = `I'm requesting a refund of no less than $${n} for the damaged ${thing}.`;
        expect(withReading('floor', true, () => limits(text))).toEqual([refund(n)]);
        expect(withReading('floor', false, () => limits(text))).toEqual([]);
        const fair = `Honestly anything over $${n} in store credit would be fair for what I've been through.`;
        expect(withReading('floor', true, () => limits(fair))).toEqual([credit(n)]);
        expect(withReading('floor', false, () => limits(fair))).toEqual([]);
        // "Do you give credit over $n?" asks about a policy.
        expect(withReading('floor', true, () => limits(`Do you give store credit over $${n}?`))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('the amounts of one refund, each for its own thing, are judged together (eachFor)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 90 }), fc.integer({ min: 2, max: 90 }), (a, b) => {
        const text = `Same order: please refund $${a} for the lamp with the broken switch and $${b} for the cracked vase. Thanks!`;
        expect(withReading('eachFor', true, () => limits(text))).toEqual([refund(a + b)]);
        expect(withReading('eachFor', false, () => limits(text))).toEqual([refund(a)]);
      }),
      { numRuns: 25 },
    );
  });
});
