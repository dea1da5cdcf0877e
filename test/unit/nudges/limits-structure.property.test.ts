// Limits read by structure: who speaks (a quoted earlier message is not the customer's ask), which
// clause asks (a leading phrase of past events, a question after the state of the thing named), what
// an amount attaches to (a price a piece beside the total, a policy bound in a draft). Generated
// messages, apart from the labelled sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const limitNudges = (input: { text?: string; draft?: string }) =>
  analyse(input, starterRules).filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit');

const dollars = fc.integer({ min: 1, max: 2500 });
const thing = fc.constantFrom('blender', 'kettle', 'tent', 'headset', 'jacket', 'aquarium', 'lamp');
const earlier = fc.constantFrom(
  'We will refund the {a} to your card.',
  'We can offer a {a} credit on your account.',
  "We'll waive the {a} late fee.",
  'We can send the replacement by express, which is {a}.',
  'We have approved a {a} refund.',
);
const quoting = fc.constantFrom('Your agent wrote: "{q}"', 'Your last email said "{q}"', '> {q}');
const after = fc.constantFrom(
  '',
  'That was three weeks ago.',
  'Nothing has happened since.',
  'I have been a customer for years.',
  'Order 44120.',
);

describe('limits: structure of the message', () => {
  it('an amount only inside a quoted earlier message never raises a limit nudge', () => {
    fc.assert(
      fc.property(dollars, earlier, quoting, after, (a, said, frame, rest) => {
        const quoted = frame.replace('{q}', said.replace('{a}', `$${a}`));
        const text = frame.startsWith('>') ? `${quoted}\n\n${rest}` : `${quoted} ${rest}`;
        expect(limitNudges({ text })).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a refund or credit in a leading phrase of past events is no ask', () => {
    const done = fc.constantFrom('refund', 'credit', 'voucher');
    fc.assert(
      fc.property(dollars, done, thing, (a, what, item) => {
        const text = `After the $${a} ${what} for the broken ${item} last month, I reordered the same ${item}. Can you send me the tracking number?`;
        expect(limitNudges({ text })).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a promised credit asked after ("when will it be applied?") is no new ask', () => {
    const state = fc.constantFrom('pending', 'processing', 'not there yet', 'greyed out');
    fc.assert(
      fc.property(dollars, state, (a, s) => {
        const text = `The $${a} credit you promised is showing as ${s} in the app. When will it actually be applied?`;
        expect(limitNudges({ text })).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('paying a fee oneself is not asking to waive it', () => {
    const fee = fc.constantFrom('cancellation', 'late', 'admin', 'reconnection');
    fc.assert(
      fc.property(dollars, fee, (a, f) => {
        const text = `I'd like to pay the $${a} ${f} fee now so I can close my account today. How do I do that?`;
        expect(limitNudges({ text })).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a bound a draft states as policy ("refunds over $500") is not an amount judged', () => {
    const kind = fc.constantFrom('refunds', 'credits', 'vouchers', 'anything');
    const word = fc.constantFrom('over', 'above', 'more than');
    fc.assert(
      fc.property(dollars, kind, word, (a, k, w) => {
        const draft = `I'm sorry, I can't approve ${k} ${w} $${a} myself.`;
        expect(limitNudges({ draft }).filter((n) => n.kind === 'over-limit')).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a price a piece beside the total: the total is the amount judged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 10, max: 90 }), (n, each) => {
        const text = `The show was cancelled. Refund my ${n} tickets, $${each} each, $${n * each} total, to my card.`;
        const found = limitNudges({ text });
        expect(found.map((x) => x.amount)).toEqual([n * each]);
        expect(found[0]?.kind).toBe(n * each > 100 ? 'over-limit' : 'within-limit');
      }),
      { numRuns: 100 },
    );
  });
});
