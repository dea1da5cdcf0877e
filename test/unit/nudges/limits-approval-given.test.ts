// An over-limit nudge asks the agent to get approval first; a draft that says the approval is already
// given has nothing left to ask. Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const overLimit = (draft: string, text?: string) =>
  analyse({ draft, text }, starterRules).filter((n) => n.kind === 'over-limit').length;

describe('approval above the limit, already given', () => {
  it.each([
    'I reviewed your escrow with my supervisor, and we agreed to refund the overage of $212.',
    'My manager has approved a $150 refund, it will reach your card in 3 to 5 days.',
    "Good news: I've got approval for a $180 refund on this order.",
    'The $75 credit was authorised by my team lead this morning and is on your account now.',
  ])('no over-limit nudge: %s', (draft) => {
    expect(overLimit(draft)).toBe(0);
  });

  it.each([
    "I've refunded $212 to your card.",
    "I'll ask my manager whether I can refund the $150, and I'll come back to you today.",
    'Our supervisor will look at the $180 refund tomorrow.',
    "I'm getting the $899 refund approved with my team lead and will phone you by 11am.",
  ])('still an over-limit nudge when approval is not yet given: %s', (draft) => {
    expect(overLimit(draft)).toBe(1);
  });

  it('the customer asking over the limit is not nudged once the draft says the approval is in', () => {
    const text = 'I want $120 in credit for all this.';
    expect(overLimit("I'll look into it.", text)).toBe(1);
    expect(overLimit('My manager approved the $120 credit, it is on your account now.', text)).toBe(0);
  });
});
