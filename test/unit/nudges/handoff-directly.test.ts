// "Directly" as the sign that the customer deals with someone else ("check directly with Revenue", "book
// directly with Mira", "that would be done with Kredo directly"), or that someone else deals with the customer
// ("he will correspond with you directly from now on"). And what stays no handoff: the agent dealing with a
// party, us or our own channel reached directly, a thing or money sent directly. Sentences written for these
// tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))].sort();

describe('the customer dealing with someone else directly', () => {
  it.each([
    [
      'a named party after "directly with"',
      'For the tax notice, it would be best to check directly with Revenue.',
    ],
    [
      'a named person after "directly with"',
      'Please book directly with Joanna at the salon and mention your order.',
    ],
    ['a step done with a named party directly', 'Changing the due date would be done with Kredo directly.'],
    [
      'the customer referred to a named body',
      'For rent questions we would refer you to Elmwood Housing directly.',
    ],
    [
      'a party named before, as "them"',
      'Appeals are decided by the panel, and you would need to send yours to them directly.',
    ],
    ['a person as the object of a contact verb', 'Tomasz runs the reseller programme. DM him directly.'],
    [
      'a team of someone else, with a number',
      "You'd book that with the Records Office directly on 0300 555 0100.",
    ],
  ])('%s is a handoff', (_what, draft) => {
    expect(kinds(draft)).toContain('handoff');
  });
});

describe('someone else dealing with the customer directly', () => {
  it.each([
    [
      'a colleague who takes the letter over',
      'I have passed your letter to my colleague Ms Rowe, and she will correspond with you directly from now on.',
    ],
    ["an outside party's representative", 'Their representative will contact you directly to fix a time.'],
    [
      'a depot that must hear from the customer',
      "For a new slot, the courier's depot in Leeds will need to hear from you directly.",
    ],
  ])('%s is a handoff', (_what, draft) => {
    expect(kinds(draft)).toContain('handoff');
  });
});

describe('"directly" that sends no one away', () => {
  it.each([
    [
      'the agent who dealt with the party',
      "No need to call the bank, I've sorted the chargeback with them directly.",
    ],
    ['the agent reached directly', 'Please contact me directly on this thread if anything changes.'],
    ['our own channel', 'Feel free to reply to this email directly and it comes straight to me.'],
    [
      'the agent who spoke to our team',
      "I've spoken to our claims team directly and they accepted the photos.",
    ],
    [
      'a letter the agent sends',
      "Yes, I'll send the reference letter directly to your new landlord this week.",
    ],
    ['money paid directly', 'The refund will be paid directly to your bank within 5 days.'],
    ['a thing shipped directly', 'Your replacement will be shipped directly to the store.'],
    ['another party instead of us', 'It looks like the booking went through Klook rather than us directly.'],
    ['the agent booking with the customer', "I'll book it in with you directly."],
    ['a refusal to share with the customer', "I'm unable to share anything with you directly."],
    ['the customer told not to', "Please don't contact the courier directly, I'm handling it."],
  ])('%s is no handoff', (_what, draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });
});
