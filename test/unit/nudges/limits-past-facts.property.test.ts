// A customer message that mentions money only as a past fact or a price ("I paid $80 for it last
// month", "the plan is $45 a month") asks for nothing: it never raises a limit nudge, whatever the
// amount, the thing bought or the sentences around it. Generated messages, apart from the labelled sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const limitNudges = (text: string) =>
  analyse({ text }, starterRules).filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit');

const amount = fc
  .tuple(fc.integer({ min: 1, max: 2500 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 3 }))
  .map(
    ([whole, cents, style]) =>
      [`$${whole}`, `$${whole}.${String(cents).padStart(2, '0')}`, `${whole} dollars`, `USD ${whole}`][
        style
      ] ?? `$${whole}`,
  );

// Things bought, the rules' own words among them: a purchase of express shipping or a gift card is
// no ask for either.
const thing = fc.constantFrom(
  'it',
  'the blender',
  'the boots',
  'express shipping',
  'next-day delivery',
  'a gift card',
  'the repair',
  'the service visit',
  'my subscription',
  'the annual plan',
);
const when = fc.constantFrom('', ' last month', ' in March', ' two weeks ago', ' yesterday', ' last year');
const plan = fc.constantFrom('plan', 'membership', 'subscription', 'broadband package', 'phone contract');
const period = fc.constantFrom('a month', 'per month', 'a year', 'per week', 'monthly');

const fact = fc.oneof(
  fc.tuple(amount, thing, when).map(([a, t, w]) => `I paid ${a} for ${t}${w}.`),
  fc.tuple(amount, thing, when).map(([a, t, w]) => `I spent ${a} on ${t}${w}.`),
  fc.tuple(plan, amount, period).map(([p, a, r]) => `The ${p} is ${a} ${r}.`),
  fc.tuple(plan, amount, period).map(([p, a, r]) => `My ${p} costs ${a} ${r}.`),
  fc.tuple(thing, amount, when).map(([t, a, w]) => `${t === 'it' ? 'It' : `Buying ${t}`} cost me ${a}${w}.`),
  fc.tuple(amount, when).map(([a, w]) => `My last order came to ${a}${w}.`),
);

// Sentences around the fact that ask for nothing.
const aside = fc.constantFrom(
  '',
  'It arrived on Tuesday.',
  'Just letting you know.',
  'Thanks for your help.',
  'The colour is lovely.',
  'I have been a customer for six years.',
  'Everything works fine now.',
);

describe('limits: an amount said only as a past fact or a price', () => {
  it('never raises a limit nudge', () => {
    fc.assert(
      fc.property(aside, fc.array(fact, { minLength: 1, maxLength: 3 }), aside, (before, facts, after) => {
        const text = [before, ...facts, after].filter(Boolean).join(' ');
        expect(limitNudges(text), text).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('still nudges when the same message then asks for the money back', () => {
    const text = 'I paid $80 for the blender last month. It stopped working, I want my money back.';
    expect(limitNudges(text).map((n) => n.kind)).toEqual(['within-limit']);
  });
});
