// Issue 15, second round of reading customers' limit asks: who asks what, for which amount. A rule
// without a money limit gives a quiet rule note, never a limit alarm; a report of what someone else
// did, the customer's own plans, pay and another seller's price are no asks or no amounts of an ask.
// Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { type AnalyseInput, analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const alarms = (text: string) =>
  analyse({ text } satisfies AnalyseInput, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
    .map((n) => [n.kind, n.rule, n.amount]);

describe('what someone else already did, or what the customer holds, is reported, not asked for', () => {
  it.each([
    'My neighbour said the shop gave her $30 off last year for the same fault. Anyway, when does mine ship?',
    'Your colleague Tom already refunded $80 on Friday, it is on my statement now, cheers.',
    'The $40 gift card you posted to me last week arrived safely.',
    'The $10 coupon worked a treat at checkout.',
    'You credited me $25 twice by mistake. How do I return the extra?',
    'Not asking for anything here, just letting you know the $20 voucher link in your newsletter is broken.',
  ])('no limit alarm: %s', (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it('asks again for what was done before, and a wish is no report', () => {
    expect(alarms('The $30 voucher you gave me expired last week, could you reissue it?')).toEqual([
      ['within-limit', 'credit-per-customer', 30],
    ]);
    expect(alarms("I'd renew today if you gave me a $20 discount.")).toEqual([
      ['over-limit', 'discount-per-order', 20],
    ]);
  });
});

describe("the customer's own plans, pay and other sellers' prices are not the amount asked for", () => {
  it.each([
    'If I send back the $180 jacket, how soon is the refund processed?',
    'I take home $12 an hour, so please waive the late fee this month.',
    'Walmart sells the very same kettle for $39. Will you price match?',
    'Does your team really hand out up to $50 of credit when a parcel is late? Asking for a friend.',
    'Is overnight delivery to Denver honestly $25?',
    'I would like to reload my store card with $150 before the sale.',
    'Can I combine two $20 vouchers on one basket?',
    'Please send the replacement by next-day courier, I will pay the $15 myself.',
  ])('no limit alarm: %s', (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it('still reads the amount of the ask itself', () => {
    expect(alarms('Target has it $20 cheaper. Can you price match?')).toEqual([
      ['over-limit', 'discount-per-order', 20],
    ]);
    expect(alarms('Could I get a voucher for the mix-up? Even $30 would do.')).toEqual([
      ['within-limit', 'credit-per-customer', 30],
    ]);
    expect(alarms('Can you bump me to overnight? Checkout wants $14 for it.')).toEqual([
      ['within-limit', 'expedite-per-order', 14],
    ]);
  });
});

describe('asks said in other ways', () => {
  it.each<[string, string, string, number]>([
    [
      'the $30 account closure fee has to go, I was never told about it',
      'fee-waiver-per-case',
      'over-limit',
      30,
    ],
    [
      'There is a $9 paper invoice fee on my bill. I never asked for paper. Could you please remove it?',
      'fee-waiver-per-case',
      'within-limit',
      9,
    ],
    [
      'can you do free 2-day delivery on this? it is only $8 more but I am short this week',
      'expedite-per-order',
      'within-limit',
      8,
    ],
    [
      'I am requesting return of my money, 140 USD, the lamp never worked.',
      'refund-per-order',
      'over-limit',
      140,
    ],
  ])('%s', (text, rule, kind, amount) => {
    expect(alarms(text)).toEqual([[kind, rule, amount]]);
  });
});

describe('rules without a money limit: a quiet note, never a limit alarm', () => {
  it('notes a replacement and a return-window extension beside a price, with no limit alarm', () => {
    const nudges = analyse(
      {
        text: 'The $400 chair arrived split. Please send a replacement chair. Could you also extend my return window by a week?',
      },
      starterRules,
    );
    expect(nudges.map((n) => [n.kind, n.rule])).toEqual([
      ['rule-note', 'replacement-per-order'],
      ['rule-note', 'return-window-extension'],
    ]);
  });

  it('says when the ask goes past the count, as a note still', () => {
    const [note] = analyse(
      { text: 'The replacement you sent is also faulty, I need another replacement.' },
      starterRules,
    );
    expect(note).toMatchObject({ kind: 'rule-note', rule: 'replacement-per-order', beyond: true });
  });

  it('leads the panel when the draft refuses or hands off what the agent may do', () => {
    const nudges = analyse(
      {
        text: 'The mug came smashed, can you send another?',
        draft: "I can't send a replacement, you'll need to contact the warehouse team.",
      },
      starterRules,
    );
    expect(nudges[0]).toMatchObject({ kind: 'rule-note', rule: 'replacement-per-order' });
    expect(nudges[0]?.message).toContain('No approval or handoff needed');
  });
});
