// A replacement, exchange or swap is a goodwill action only when what is replaced is an
// item the customer received (or the order); the other actions' words in senses that approve
// nothing. Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { type AnalyseInput, analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';
import { ASKS, SENSES } from './replaced-object-sentences';

// Limit nudges and the quiet notes of rules without a money limit; a note past a rule's count says so.
const limitKinds = (input: AnalyseInput) =>
  analyse(input, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit' || n.kind === 'rule-note')
    .map((n) => (n.beyond ? `${n.kind} beyond` : n.kind));

describe('what a replacement word replaces', () => {
  it.each([
    ['a ticket started afresh', { draft: "We can't reopen that ticket, so I've started a fresh one." }],
    ['a meter exchange visit', { draft: 'Metering will arrange the meter exchange appointment with you.' }],
    ['meter readings', { draft: 'I replaced the estimated ones with the photo you sent of the meter.' }],
    ['a delivery slot', { text: 'i need to swap my delivery slot to saturday please' }],
    ['a contact name', { text: 'Please exchange the contact name on the account to my wife.' }],
    ['a login issued again', { draft: "I've reset your login and issued a new one; it's in your inbox." }],
  ])('no limit nudge for %s', (_, input) => {
    expect(limitKinds(input)).toEqual([]);
  });

  it.each([
    [
      'a phone case (an item, though "case")',
      { draft: 'I will get a replacement phone case posted to you tomorrow.' },
    ],
    ['a jacket exchanged for a size up', { text: 'Could I exchange the jacket for a size up please?' }],
    ['a remote swapped', { text: 'Could you swap the faulty remote for a working one?' }],
    [
      'a new one for a cracked kettle',
      { text: 'The kettle arrived with a cracked lid, can you send me a new one?' },
    ],
  ])('a replacement note for %s', (_, input) => {
    expect(limitKinds(input)).toEqual(['rule-note']);
  });

  it('a second replacement on the same order goes beyond the count, still as a note', () => {
    expect(
      limitKinds({ text: 'the replacement toaster you sent is also broken, please send another' }),
    ).toEqual(['rule-note beyond']);
  });
});

describe('the other actions in senses that approve nothing', () => {
  it.each([
    [
      'a discount already used',
      { text: 'I already used the discount at checkout, just asking where my order is' },
    ],
    ['a gift card balance', { text: 'my gift card balance says 0, can you check it' }],
    ['a credit check', { draft: 'Your credit check came back fine, so the contract is ready to sign.' }],
    ['a fee that applies', { draft: 'The cancellation fee applies to bookings changed within 24 hours.' }],
  ])('no limit nudge for %s', (_, input) => {
    expect(limitKinds(input)).toEqual([]);
  });
});

describe('the replacement-senses probe', () => {
  it('flags at most one of the non-goodwill senses', () => {
    const flagged = SENSES.filter((input) => limitKinds(input).length > 0);
    expect(flagged.length).toBeLessThanOrEqual(1);
  });

  it('finds every real ask and offer', () => {
    const missed = ASKS.filter((input) => limitKinds(input).length === 0);
    expect(missed).toEqual([]);
  });
});

describe('money off a later order', () => {
  it('is a voucher when not called a discount: $20 is within the credit limit, $60 is over it', () => {
    expect(limitKinds({ draft: 'I can offer you $20 off your next order to say sorry.' })).toEqual([]);
    expect(limitKinds({ draft: 'I can offer you $60 off your next order to say sorry.' })).toEqual([
      'over-limit',
    ]);
  });

  it('stays a discount when called one, and $20 is over the discount limit', () => {
    expect(limitKinds({ draft: 'I can offer you a $20 discount on your next order to say sorry.' })).toEqual([
      'over-limit',
    ]);
  });
});

describe("can't-language: a refused reopening, and the customer's words quoted back", () => {
  const kinds = (draft: string) => analyse({ draft }, starterRules).map((n) => n.kind);

  it.each([
    ["We won't reopen a ticket that was closed more than 90 days ago."],
    ["Sorry, we don't reinstate cancelled memberships."],
  ])('flags "%s"', (draft) => {
    expect(kinds(draft)).toContain('cant');
  });

  it('does not flag the customer quoted back, but still flags the agent after it', () => {
    expect(kinds('You mentioned "I can\'t log in at all", so I\'ve reset your session.')).not.toContain(
      'cant',
    );
    expect(kinds('You said "please refund me", but I can\'t refund a used voucher.')).toContain('cant');
  });
});
