// Limits read by the reach of an ask: which clause a mention belongs to, which thing a later
// sentence's ask acts on, a deed thanked for, a choice asked under an if-clause, the item a mention
// names inside itself, the rest of a partial refund, an ask said as what ought to be removed.
// Generated messages, apart from the labelled sets; each rule beside the ask it must still see.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const limitKinds = (text: string) =>
  analyse({ text }, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
    .map((n) => n.kind);

const dollars = fc.integer({ min: 1, max: 2500 });
const small = fc.integer({ min: 1, max: 25 });
const item = fc.constantFrom('kettle', 'tent', 'headset', 'jacket', 'lamp', 'dresser', 'helmet');
const booking = fc.constantFrom('booking', 'reservation', 'delivery', 'appointment', 'subscription');
const move = fc.constantFrom('move', 'change', 'switch', 'push back', 'reschedule');

describe('limits: what an ask reaches', () => {
  it('a fee named in passing, then an ask to act on another thing, is no fee ask', () => {
    fc.assert(
      fc.property(dollars, dollars, booking, move, (price, fee, thing, verb) => {
        const text = `Booked at $${price}, plus a $${fee} service fee and tax. Could you ${verb} the ${thing} to next week?`;
        expect(limitKinds(text)).toEqual([]);
        // The same fee, asked about in the next sentence, is asked for.
        expect(limitKinds(`There's a $${fee} late fee on my ${thing}. Could you waive it?`)).toHaveLength(1);
      }),
      { numRuns: 80 },
    );
  });

  it('a pronoun two sentences on reaches back to the fee it names', () => {
    fc.assert(
      fc.property(small, (fee) => {
        const text = `The late fee on my account is $${fee}. I've been a customer for six years. Can you take it off?`;
        expect(limitKinds(text)).toEqual(['within-limit']);
      }),
      { numRuns: 40 },
    );
  });

  it('"…, or only X?" after "do you sell" asks about X, as the purchase before it does', () => {
    const kind = fc.constantFrom('voucher', 'gift card');
    fc.assert(
      fc.property(small, kind, (a, what) => {
        const text = `I want to buy a $${a} ${what} for my neighbour — do you sell physical ones, or only e-vouchers?`;
        expect(limitKinds(text)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a deed thanked for in a sentence that asks nothing is no ask; the same deed asked for is', () => {
    const deed = fc.constantFrom('sorting', 'processing', 'arranging', 'handling');
    const thanks = fc.constantFrom('much appreciated!', 'thanks again.', 'really appreciated.');
    fc.assert(
      fc.property(dollars, deed, thanks, (a, verb, end) => {
        expect(limitKinds(`Cheers for ${verb} the refund of $${a} last week, ${end}`)).toEqual([]);
        expect(limitKinds(`Could you refund the $${a} for the broken lamp?`)).toHaveLength(1);
        // Thanks in advance, and the writer's own asking, thank for no deed.
        expect(
          limitKinds(
            `I am writing for requesting the refund of $${a} for the broken lamp, thanks in advance.`,
          ),
        ).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });

  it('a choice asked under an if-clause is a question on the policy', () => {
    fc.assert(
      fc.property(dollars, item, (a, thing) => {
        const text = `If the replacement ${thing} arrives damaged too, would you refund the $${a} or just send another one?`;
        expect(limitKinds(text)).toEqual([]);
        expect(
          limitKinds(`The replacement ${thing} arrived damaged too. Please refund the $${a}.`),
        ).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });

  it("another party's charge is not the amount of a reversal asked of us", () => {
    fc.assert(
      fc.property(small, item, (fee, thing) => {
        const text = `My bank charged me a $${fee} overdraft fee because you billed me twice for the same ${thing}. Can you reverse the duplicate charge?`;
        expect(limitKinds(text)).toEqual([]);
        // Our own double charge, asked back: its amount is the charge's.
        expect(limitKinds(`You charged me $${fee} twice. Can you reverse the duplicate charge?`)).toEqual([
          'within-limit',
        ]);
      }),
      { numRuns: 40 },
    );
  });

  it('the rest of a partial refund asked for is a refund ask of that amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 1, max: 400 }),
        item,
        (done, rest, thing) => {
          const text = `You refunded $${done} for the scratched ${thing}, but the repair cost me more. I need the other $${rest}.`;
          expect(limitKinds(text)).toEqual([rest <= 100 ? 'within-limit' : 'over-limit']);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('"this should be removed" after a fee asks to waive it; a fee only complained of does not', () => {
    fc.assert(
      fc.property(dollars, (a) => {
        const fee = `I can't believe you'd charge a $${a} late fee for being one day late.`;
        expect(limitKinds(`${fee} This should be removed from my account.`)).toEqual([
          a <= 25 ? 'within-limit' : 'over-limit',
        ]);
        expect(limitKinds(`${fee} I have paid it anyway.`)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('money wanted back for a thing is a refund ask; money paid "back in May" is not', () => {
    fc.assert(
      fc.property(dollars, item, (a, thing) => {
        expect(limitKinds(`You sent the wrong ${thing}. I want the $${a} for the ${thing} back.`)).toEqual([
          a <= 100 ? 'within-limit' : 'over-limit',
        ]);
        expect(limitKinds(`I paid the $${a} for the ${thing} back in May and it works fine.`)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
