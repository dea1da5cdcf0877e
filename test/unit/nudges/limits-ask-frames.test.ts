// Customer messages that mention a refund, a credit or a fee with an amount but ask for nothing now,
// by kind: a quoted earlier message, a hypothetical question, asking to know, thanks that come back to
// it, a past price, the price of another thing than the one asked about. Sentences written for these
// tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const limitKinds = (text: string) =>
  analyse({ text }, starterRules)
    .map((n) => n.kind)
    .filter((kind) => kind === 'within-limit' || kind === 'over-limit');

describe('limits: what frames a mention, not only the words', () => {
  it.each([
    // Quoted from an earlier message.
    'Your earlier email said: "we will refund $75 within 5 days". It\'s been 10 days. Where is it?',
    "Your agent told me: 'I can give you a $150 credit'. I never saw it. Just checking it was applied.",
    'In my last message I said “please refund the $140”, but I’ve decided to keep the rug after all.',
    'My previous email (copied below) asked about the $130 refund:\n> Please refund the $130 for order 4471.\nAny update?',
    // Held by someone and only to be moved.
    "My mum got a $50 voucher from you for her birthday but she doesn't use computers. Could you post it to her instead?",
    // A hypothetical, or a question on the policy.
    'Hypothetically, if I returned both chairs, would you refund the full $340?',
    "If the replacement doesn't work either, would I be able to get a refund of the $230 I paid?",
    "Before I buy: if the $250 mattress doesn't suit me, is the refund full or partial?",
    // Asking to know.
    "The annual fee of $60 was charged on the 2nd. I'd like to know when it renews next year.",
    // Thanks that come back to it after it.
    "I'm due a $42 refund according to your email from Tuesday, thank you for processing it.",
    // A past price: what was bought.
    'The overnight shipping was $28 and it took four days.',
    'I paid $25 for express shipping and the parcel still took eight days.',
    'I just bought the $499 laptop and used your $50 off coupon. Great deal, thanks!',
    'Got an email saying I won a $500 voucher. Is this a scam?',
    // The price of another thing than the one asked about.
    'Your plan costs $45 a month and it was down for three days. Could you credit me for those days?',
    'My order was $180 in total. The delivery was two days late, so could you refund the delivery charge?',
    'I received my $300 order today but the blue mug was missing. Please refund the mug.',
    'I spent $400 on the party order and one cake was missing. Could you refund the cake?',
    // Credit the writer holds.
    "Hey, will my $25 credit expire if I don't use it this year?",
  ])('no limit nudge: %s', (text) => {
    expect(limitKinds(text)).toEqual([]);
  });

  it.each([
    [
      "I paid $25 for express shipping and it took eight days, so I'd like that $25 refunded.",
      'within-limit',
    ],
    ['If it has not arrived by Friday, can you refund the $180?', 'over-limit'],
    [
      'Your chat agent said, "we can offer you a $40 voucher". Could you send it to my email?',
      'within-limit',
    ],
    ['The late payment penalty of $12 should be removed, the payment was on time.', 'within-limit'],
    [
      'We paid the $950 deposit in March. The venue is now cancelled, so please return our deposit.',
      'over-limit',
    ],
    ['Could I have a goodwill voucher? $70 would cover my costs.', 'over-limit'],
    ['Could you credit back the $9.99 roaming charge?', 'within-limit'],
    ["My last message asked for a $130 refund but I'd now like store credit of $40 instead.", 'within-limit'],
    ['I paid $60 for the jacket. The zip broke, please refund the jacket.', 'within-limit'],
    ['My order was $180. Could you refund the whole thing?', 'over-limit'],
    // The refund turned down is no ask; the store credit preferred is.
    ["I'd rather have store credit than a refund. It's $75.", 'over-limit'],
  ])('still a limit nudge: %s', (text, kind) => {
    expect(limitKinds(text)).toEqual([kind]);
  });
});

describe('limits: several pieces at a price each', () => {
  it.each([
    ['Please refund both tickets, $60 each.', 'over-limit', '$120'],
    ['Can you refund the two chairs? They were $40 each.', 'within-limit', '$80'],
    ['Please refund one of the tickets, $60 each.', 'within-limit', '$60'],
  ])('%s', (text, kind, amount) => {
    const nudges = analyse({ text }, starterRules).filter((n) => n.kind === kind);
    expect(nudges).toHaveLength(1);
    expect(nudges[0]?.message).toContain(amount);
  });
});
