import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';

const kinds = (draft: string) => analyse({ text: '', draft }, []).map((n) => n.kind);

// The phrase layer compiles on its first draft: not a case's time (the machine may be loaded).
beforeAll(() => kinds('Warming up.'), 120_000);

describe("can't said as what our side only does", () => {
  it.each([
    'Our returns desk only handles online orders.',
    'This hotline deals solely with card fraud.',
    'The Leeds branch covers only business accounts.',
    "I'm only able to see payments from the last six months.",
    'Our live chat can only help with bookings.',
    'Our Instagram inbox is limited to order questions.',
    "This number isn't for emergencies.",
  ])('"%s" is a can\'t', (draft) => expect(kinds(draft)).toContain('cant'));

  it.each([
    'We only need a photo of the receipt.',
    'We only see this error when the cache is full.',
    'We only charge once, the second line is a pending hold.',
    'Our engineers only use genuine parts.',
  ])('"%s" is no can\'t (only, but no scope of ours)', (draft) => expect(kinds(draft)).not.toContain('cant'));
});

describe("can't said as a matter not handled by us or on this channel", () => {
  it.each([
    "Warranty claims aren't handled by our store team.",
    "Password resets aren't processed over social media.",
    "Appeals aren't reviewed by Seller Support.",
    "That's not something the front desk can change.",
    "Refund timings aren't something our support team has access to.",
    'Not ours, sorry.',
    'Not us, sorry, try the landlord.',
    "We're not the right people for visa questions.",
  ])('"%s" is a can\'t', (draft) => expect(kinds(draft)).toContain('cant'));

  it.each([
    [
      "the agent alone isn't the right person (a handoff)",
      "I'm not the right person for this, I'll pass you to Sam.",
    ],
    ["a fault that isn't ours", "It's not my fault the courier was late, but I've reordered it for you."],
    ['not only', 'Not only do we cover the repair, we also send a loan phone.'],
  ])('not: %s', (_, draft) => expect(kinds(draft)).not.toContain('cant'));
});

describe("can't said as outside what we do, or beyond our remit", () => {
  it.each([
    'Interior repairs fall outside what our garage takes on.',
    "That's beyond what the helpline is able to advise on.",
    "That's outwith what we can change from here.",
    'Landlord disputes are outside our remit as a lender.',
    "Adjusting fares isn't within rider support's remit.",
    'We are not responsible for delays at the border.',
    "There's nothing we can adjust on fares set by the airline.",
    "We've no visibility of your energy tariff.",
  ])('"%s" is a can\'t', (draft) => expect(kinds(draft)).toContain('cant'));

  it("is no can't when what is beyond is only what we expected", () =>
    expect(kinds("That's beyond what we expected, thank you!")).not.toContain('cant'));
});

describe("can't with our side as the one who can't", () => {
  it.each([
    "Support can't issue invoices in another currency.",
    "The box office isn't able to swap seats after the show starts.",
    'The company is not in a position to accept the claim.',
    'Sorry, mi cyaan change the due date.',
    'We cannae give out the code over the phone.',
  ])('"%s" is a can\'t', (draft) => expect(kinds(draft)).toContain('cant'));

  it.each([
    ["someone else's support", "Your bank's support can't see our records, so send them the PDF."],
    ["the customer's support agent in a condition", "If support can't reach you, we'll email you instead."],
    ['an idiom in Caribbean spelling', 'Cyaan beat that price!'],
    ['a third party', "The courier can't deliver on Sundays, so it will come Monday."],
    ['the customer not responsible', "You're not responsible for the return postage."],
  ])('not: %s', (_, draft) => expect(kinds(draft)).not.toContain('cant'));
});
