// Handoffs written in voices the older frames missed: a party named with its way in (a number, an address,
// a link, a handle, a path in an app) and what it does next; a party put forward as the way to go; a
// reporting mailbox or an ideas board; a step told after a condition's comma. And what stays no handoff:
// a past transfer, a case passed on that the agent keeps updating, a self-service page put forward.
// Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))].sort();

describe('a party with its way in doing the next step', () => {
  it.each([
    [
      'a phone number in brackets',
      'Our Home Cover line (0345 600 7000) can book a plumber for you the same day.',
    ],
    ['a handle', 'Our friends at @NorthrailHelp can sort out season ticket refunds.'],
    [
      'a bare web address',
      'The parking team is on hand at parking.example-council.gov.uk if the fine looks wrong.',
    ],
    [
      'a path in an app',
      'Marketplace support can check on the order for you via Orders > Help with this order.',
    ],
    ['a bare verb with a number', 'The county trading standards office takes complaints on 0808 223 1133.'],
    [
      'after a condition that is not in the persisting list',
      'If the beeping comes back tonight, the boiler maker’s helpline on 0330 100 2222 will send an engineer.',
    ],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    [
      'our own team with an address',
      'Our team can take a look once you email the photos to help@example.com.',
    ],
    ['the agent acting', 'I will call the courier on 0800 123 4567 and they can redeliver tomorrow.'],
    ['a help page that explains', 'Our help centre at help.example.com can walk you through the reset.'],
    [
      'a party inside a condition, its verb negated',
      "If your seller won't respond, you're covered by our money back promise: https://example.com/promise",
    ],
    [
      'a party that will not act',
      "The courier won't check on the parcel until day 5 (see track.example.com), so I'll chase it then.",
    ],
  ])('not for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe('a party put forward as the way to go', () => {
  it.each([
    ['best bet', 'Honestly, your insurer or the DVLA is your best bet for the logbook.'],
    ['the folks at a shop', 'The guys at Harbour Cycles are your best bet for a wheel truing.'],
    ['a great place', 'Our community forum is a great place for setup questions like this one.'],
    [
      'where the people are',
      'The maintainers’ forum on GitHub is where the people who built the plugin hang out.',
    ],
    ['the quickest way to get it sorted', 'Our Priority Care line is the quickest way to get this sorted.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    ['a product', 'The wireless keyboard is definitely the best way to control the box from the sofa.'],
    ['a step', 'A factory reset is your best bet here.'],
    ['a help page', 'Our help centre is a great place to start.'],
  ])('not for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe('reports, ideas and steps after a condition', () => {
  it.each([
    ['a reporting mailbox', 'Please report it to our abuse reporting mailbox at abuse@example.net.'],
    [
      'ideas that go on a board',
      'Feature ideas go on our ideas board, where other members can vote on them.',
    ],
    [
      'a step after a condition',
      'If the seller won’t budge, it’s best to take that up with Parcelo directly.',
    ],
    [
      'a step after a can’t',
      'We can’t see card details over chat, so please call our Card Services team on 0800 000 1111.',
    ],
    ['a step by calling', 'Please cancel the card by calling our Lost Cards line on 0800 999 1234.'],
    ['the quickest route', 'Quickest route is to log a fault directly with the building’s maintenance team.'],
    ['a name after a complaint', 'Please make a complaint at Parcelo within 14 days and keep the box.'],
    ['a refund asked of a name', 'Please request one from Streamly at help.streamly.example before Friday.'],
    [
      'you are to, in formal English',
      'For the other driver’s damage you are to contact their insurer with the report.',
    ],
    [
      'contact directly, word order of a second language',
      'I invite you to contact directly the seller for the refund.',
    ],
    ['someone else told to go', 'Kindly advise them to visit their bank with the transfer reference.'],
    ['a report on a forum', 'Please post your report on the early access forum so the testers can compare.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));
});

describe('what happened before, or a case the agent keeps', () => {
  it.each([
    [
      'a past transfer with was',
      'Your message was forwarded to our accounts team on Tuesday, and I have closed the duplicate.',
    ],
    [
      'a past transfer with a time',
      'I see you were passed to the returns desk yesterday; the label is now attached.',
    ],
    ['passed on and kept', 'We have sent this to the warehouse and will update you as soon as we hear.'],
  ])('%s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));

  it.each([
    ['a name after a visit', 'For more details, please visit https://example.com/plans today.'],
    ['asking for a person here', 'Ring my direct line any time and ask for Marta.'],
  ])('no bare name for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));

  it('someone else replying from here on is a handoff, the agent doing so is not', () => {
    expect(
      kinds('Our bookings lead Sam looks after group trips, so he’ll be replying to you from here on.'),
    ).toContain('handoff');
    expect(kinds('I’ll be replying to you from here on.')).not.toContain('handoff');
  });

  it('a case passed on now stays a handoff', () =>
    expect(kinds('I have passed your claim to our assessors, who will call you tomorrow.')).toContain(
      'handoff',
    ));
});
