// Handoffs said through whose step it is and can't said as a channel's or a team's scope, in social,
// phone-note and chat voices: a step done through or by another party, a party's own line, someone
// taking over after another step of theirs, a request after a condition; and the false alarms beside
// them (a past transfer the agent picks up, our own email or DM, the agent staying the contact, a
// pass that is a product). Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))].sort();

describe('handoffs said as whose step it is', () => {
  it.each([
    [
      'a step done through another party',
      'Visa renewals are handled through the consulate – https://example.org/visa',
    ],
    [
      'a step done by another party',
      'Store vouchers need to be validated by the shop itself, so take it back there.',
    ],
    [
      'a request made through a company',
      "You'll need to dispute the charge through PayPal here: https://example.com/disputes",
    ],
    [
      'claims about something going through a party',
      'Claims for damaged furniture go through your home insurer.',
    ],
    [
      'a party as the right place',
      'For anything about your pension, our Pensions team is the right place: 0800 222 333.',
    ],
    [
      'their line',
      'The garage runs its own bookings, so they will confirm the slot. Their main number is 555-0199.',
    ],
    [
      'a party inside "give … a call"',
      'Please give our Billing team a call on 0800 444 555 and they will sort it.',
    ],
    ['a crew of our support', 'Reach out to our customer support crew on 0800 101 202.'],
    [
      'taking over after another step',
      'Someone from our Disputes team will email you today and take it from here.',
    ],
    ['taking over a case', 'the duty manager will hop on this call and take over your booking, one sec'],
    [
      'a party that will contact the customer',
      'The team who handles refunds will reach out to you within two days.',
    ],
    [
      'a request after a condition',
      'If the engineer has not arrived by noon please call your energy supplier.',
    ],
    [
      'after a failed step',
      "If the voucher doesn't arrive by Friday, contact our support team on 0800 999 000.",
    ],
    [
      'a review by an outside party',
      'If you disagree with our decision, you can ask the Financial Ombudsman to review it.',
    ],
    ['our phone support', 'Please contact us via phone or chat so our specialists can look at the account.'],
    ['the site it was bought from', 'Please get in touch with the site you bought the tickets from.'],
    [
      'a name said to be someone else',
      'Please report the fault to Voltline, who run the meters on your street.',
    ],
    [
      'done by phone with a team',
      'Closing the account has to be done by phone with our Closures team on 0800 321 000.',
    ],
    ['taken up with a party', "Baggage fees are something you'd need to take up with the airline."],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));
});

describe('false alarms next to those frames', () => {
  it.each([
    [
      'a past transfer the agent picks up',
      'I see you were put through to our claims team on Monday, so I will pick it up from here.',
    ],
    [
      "a colleague's past transfer",
      'my colleague transferred you to sales earlier and i am gonna pick it up from where they left off',
    ],
    ['our own email', "We've moved this conversation over to email so we can send the forms securely."],
    ['our own DM', 'ok i move this to DM so we can check your account'],
    [
      'the agent staying the contact',
      "I've escalated it to our senior team – I'm still your point of contact and will update you Monday.",
    ],
    ['a pass that is a product', "I've added a day pass to your account so you can use the lounge."],
    ['a value explained by a party', 'The exchange rate is set by your card issuer.'],
    ['the agent does it and takes it from here', 'thanks, i will check the logs and take it from here'],
    ["someone of the customer's asked which", 'Could you ask him which browser he uses?'],
    ['a page monitored by engineers', 'You can vote on the idea, the board is monitored by our engineers.'],
  ])('%s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe("can't said as a channel's or a team's scope", () => {
  it.each([
    'This inbox is for order questions only.',
    'sorry, this line is only for new bookings',
    "This account isn't monitored for refund requests.",
    "We're not the right team for data deletion requests.",
    "We don't have any control over the bank's processing times.",
    'Our store team cannot change online orders.',
    "the clinic can't release records over the phone",
    "Our social media team doesn't handle billing disputes.",
  ])('%s', (draft) => expect(kinds(draft)).toContain('cant'));

  it.each([
    [
      "the agent isn't the right person (a handoff, not a scope)",
      "I'm not the right person for this, I'll pass you to Sam.",
    ],
    ['the customer unable', "If you can't see the code, check your spam folder."],
    ['an offer', 'This voucher is for you only, enjoy!'],
    ['a finding', "We can't find an order under that email, could you check the address?"],
    ['nothing seen', "I can't see any late fees on the account, so you're all set."],
    ['not reproduced yet', "We're not able to reproduce the crash yet, can you send a screen recording?"],
  ])('not: %s', (_, draft) => expect(kinds(draft)).not.toContain('cant'));
});
