// Frames over the phrase file for wording agents use on social and chat channels: who the customer is sent
// to doing the next step, someone else taking over, someone else's way in, and can't said as a statement
// of scope. Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))].sort();

describe('handoffs named by who the customer reaches and what they do next', () => {
  it.each([
    [
      'a chat team that runs a test',
      "u can chat w/ our repairs team at the link, they'll run a line test for u",
    ],
    [
      'any branch of a shop',
      'for the router swap just pop into any Voltline shop, they replace it on the spot',
    ],
    ['a branch able to do it', "can't do the pairing from here, but any Voltline shop can pair it for you"],
    ['a colleague taking over', 'My colleague Priya will take it from here.'],
    ['a team taking over', 'Account Recovery will take it from here.'],
    ['a condition without its comma', 'if that doesnt work pls call tech support on 0800 123 4567'],
    ['a maker named before an aside', 'please contact Norvik (the maker) on 0800 555 0101 for the repair'],
    [
      'someone reached through "who"',
      'Pensions are run by Lakeside Trust, who can be reached on 0800 222 3333.',
    ],
    ['a reporting number', 'Scam texts can be forwarded free to 7726.'],
    ['its own team elsewhere', 'Voltline Energy has its own support team at @VoltlineEnergy.'],
    [
      'a forum for bug reports',
      'Bug reports are best posted on our community forum: https://example.com/bugs',
    ],
    ['a party able to help', "The airline's baggage desk will be able to help."],
    ['a supervisor named in an aside', 'A supervisor, Ms. Reyes, will contact you by email within 2 days.'],
    [
      'a courier named in an aside',
      'The courier, ParcelFox, can give you the latest: https://example.com/track',
    ],
    ["a company's own team", "PayLater's team can help at https://example.com/help"],
    [
      'our team reached on an international number',
      'Our Bookings team at +44 20 7946 0000 will be happy to help.',
    ],
    ['a tradesperson to get', 'if the fuse keeps tripping, pls get a licensed electrician to look at it'],
    [
      'feedback asked for after the agent speaks',
      'We are always open to feedback and encourage you to submit yours here: https://example.com/feedback',
    ],
    [
      'feedback under a condition',
      'If you have any feedback you can always submit that here: https://example.com/fb',
    ],
    [
      'a ticket another team picks up',
      'Please submit a ticket at https://example.com/help and our Account Security team will verify it.',
    ],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    ['the agent taking over', "Thanks for waiting, I'll take it from here."],
    ['a delivery taking over a week', 'Your order will take over a week to arrive, sorry.'],
    ['praise passed on', "Thanks for the kind words! We'll pass them on to Tom at the Leeds store."],
    ["the customer's own neighbours", 'If the parcel shows as delivered, check with neighbours first.'],
    ['a restart that fixes it', 'Please restart the app and it should work again.'],
    [
      'a ticket with the same team',
      'You can submit a ticket at https://example.com/help with your gamer tag.',
    ],
  ])('no handoff for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe("can't said as a statement of scope", () => {
  it.each([
    ['what a chat handles', 'this chat only handles home accounts, sorry!'],
    ['what we only support', 'Sorry, we only support the console versions here.'],
    ['what we do not handle', "we don't handle number porting in this chat"],
    ['what is not managed by us', "the streetlight isn't managed by us"],
    ['what an office does not issue', 'Parking permits are not issued by the building management office.'],
    ['what we do not decide', "We don't decide which films are shown in each country, sorry."],
    ['what we have no access to', "Our social team doesn't have access to loyalty accounts."],
    ['a limit on what we can do', 'We can only apply one promo code per order.'],
    ['an office unable to act', 'Our billing office is unable to change the coding of a visit.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('cant'));

  it('a bare "not something we handle" is a can\'t, not a handoff', () => {
    expect(kinds('Road repairs are not something we handle.')).toEqual(['cant']);
  });

  it.each([
    ['what may not be there yet', 'Higher quality versions may not be available right away.'],
    ['what the customer is likely not eligible for', "You're likely not eligible for a review at this time."],
    ['what holds for someone else', 'It would not be possible for someone else to use the same address.'],
    [
      'a rule applied when content breaks it',
      'When we find that a video violates our guidelines, we remove it.',
    ],
  ])("no can't for %s", (_, draft) => expect(kinds(draft)).not.toContain('cant'));
});
