// Indirect and passive handoffs, indirect can'ts and the false alarms near them: one sentence per
// general category the detectors cover, written apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse, findAmounts } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string, text?: string) =>
  [...new Set(analyse({ draft, text }, starterRules).map((n) => n.kind))].sort();

describe('indirect and passive handoffs', () => {
  it.each([
    ['you may …', 'You may contact the adjuster assigned to your claim at 555-0144.'],
    ['advice with "I\'d"', "I'd give the courier a ring, they're quick to respond."],
    ['a person by name', "I'll hand you over to Priya now, she's our expert on business plans."],
    ['the ones to speak to', 'Our fundraising team are the ones to speak to.'],
    ['the best people are', 'The best people to ask are the box office.'],
    ['better placed', 'The dealership is better placed to look at the warning light.'],
    ['being transferred', 'Your call is being transferred now.'],
    ['case now with', 'Your case is now with our collections team.'],
    ['X handles that', 'Our returns department handles that.'],
    ['an outside party can help', 'Your bank will be able to help with that.'],
    ['should be directed to', 'Questions about the bill should be directed to your local council.'],
    ['requests go through', 'Number porting requests go through your new provider, not us.'],
    ['handled by a name', 'The outage is being handled by Openreach, who will update the status page.'],
    ['await a reply from', 'Kindly await a response from our technical team.'],
    ['the team replies', 'Our tech team are looking into it now and will let you know when it’s fixed.'],
    ['do it elsewhere', "You'll need to rebook through the travel agent you booked with."],
    ['submit it to them', 'Your insurer covers that, so please submit the receipts to them.'],
    ['try a party', 'Try the help desk at your office.'],
    ['a billing thing', 'yeah thats a billing thing, they can sort it for u'],
    ['non-native', 'For this issue, please you contact with the shipping company directly.'],
    ['chat spelling', 'u shd contact the shop u bought it from'],
  ])('%s: "%s"', (_, draft) => {
    expect(kinds(draft)).toContain('handoff');
  });
});

describe("indirect can't", () => {
  it.each([
    "That's outside what I'm able to do from here, I'm afraid.",
    "We aren't allowed to give refunds on gift cards.",
    "That's not something we currently offer, sorry.",
    'The system won’t let me change it.',
    'I wish I could, but the booking is locked.',
    'This option is no longer supported.',
    "I'm unable to.",
    'i dont think we can do that',
    "We're out of stock and can't restock that item.",
    'Your policy excludes flood damage.',
    'Sorry, that fare is non-changeable.',
  ])('"%s"', (draft) => {
    expect(kinds(draft)).toContain('cant');
  });
});

describe('false alarms near the new patterns', () => {
  it.each([
    "I'm the right person to help with this, so let's sort it now.",
    "It's not possible for you to be charged twice again because I've removed the duplicate card.",
    "I couldn't have said it better myself.",
    'You can forward that email to me at support@shop.example.',
    'The engineer will call you 30 minutes before arriving.',
    "I've asked the courier to call you before delivering.",
    'You might receive an email from our system confirming the change.',
    "You'll be redirected to the payment page.",
    'I would call it a known issue, and it’s fixed now.',
    "That's a billing thing, so I've fixed it on my side.",
    "You don't need to go to the store, I'll send a courier.",
    "I've passed this to the returns team. I'll check on it tomorrow and message you with an update.",
    "I've asked the courier for an update and will let you know by 2pm.",
    'Your parcel is with the courier and should arrive tomorrow.',
    "Can't see the tracking link? It's in the email from 9am, or I can resend it.",
    "I've connected your new router remotely, it should work now.",
  ])('"%s" raises nothing', (draft) => {
    expect(kinds(draft)).toEqual([]);
  });
});

describe('offers and amounts', () => {
  it('counts a replacement offered in the passive', () => {
    expect(kinds('A replacement handset has been dispatched today.')).toEqual(['rule-note']);
  });

  it('reads spelled-out amounts and a code after a dollar sign', () => {
    expect(findAmounts('I want forty five dollars back')[0]).toMatchObject({ amount: 45, currency: 'USD' });
    expect(findAmounts('a hundred and twenty quid')[0]).toMatchObject({ amount: 120, currency: 'GBP' });
    expect(findAmounts('Refund $40 AUD please')[0]).toMatchObject({ amount: 40, currency: 'AUD' });
    expect(findAmounts('I added 30 dollars of credit')[0]).toMatchObject({ amount: 30 });
    expect(findAmounts('ten pounds of flour')).toEqual([]);
  });

  it('gives no limit nudge for a refund already asked for and not yet seen', () => {
    expect(kinds('', 'I requested a refund but can’t see it in my account.')).toEqual([]);
    expect(kinds('', 'When can I expect my refund?')).toEqual([]);
  });

  it('does not read currency exchange as swapping an item', () => {
    expect(kinds('', 'Can I exchange currency for different types?')).toEqual([]);
  });
});
