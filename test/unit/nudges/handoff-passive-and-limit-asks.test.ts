// Handoffs said without a contact verb, what a limit nudge reads as the ask, and can't as a limit of
// authority, each with the false alarms next to it. Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string, text?: string) =>
  [...new Set(analyse({ draft, text }, starterRules).map((n) => n.kind))].sort();
const limits = (text: string | undefined, draft: string) =>
  kinds(draft, text).filter((kind) => kind.endsWith('-limit') || kind === 'rule-note');

describe('handoffs said without a contact verb', () => {
  it.each([
    ['"can only be … by" a party', 'Gift card balances can only be restored by the retailer.'],
    ['"can only be … by" a name', 'Subscriptions bought in the app can only be cancelled by Google.'],
    [
      '"has to be done in person at" a store',
      'Name changes must be done in person at a branch with your passport.',
    ],
    ['"signed in store"', 'The paperwork needs to be signed in store.'],
    ['"let your bank know"', 'Please let your insurer know about the damage.'],
    ['"let … know" after a modal', "You'll want to let the letting agent know before you move out."],
    ['"the best route is via" a party', 'The best route is via your HR portal.'],
    ['"needs the account holder to call us"', 'This needs the account holder to call us.'],
    ['"requires the cardholder to…"', 'A chargeback requires the cardholder to sign the form.'],
    ['a team that can help "on" a number', 'The billing team can sort that for you on 0333 123 4567.'],
    ['"another engineer will pick up"', 'Another technician will pick up your ticket tomorrow.'],
    ['a hedged "not the right person"', "I'm not quite the right person to help with payroll, sorry."],
    ['a hedged "not my department"', "That's not really my department."],
    ['a claim with a two-word noun', 'You need to open a formal price-match request with the store.'],
    ['a claim "with <name> directly"', 'Please raise a lost item claim with DPD directly.'],
    ['a case note: "advised cust to call"', 'Advised cust to call the courier.'],
    ['a case note: "advised to contact"', 'Advised to contact bank re the chargeback.'],
    ['a case note: "passed to X for…"', 'Passed to billing for review.'],
    ['"has to be made by the policy holder"', 'The claim has to be made by the policy holder.'],
    ['"get the bill payer to…"', 'Please get the bill payer to ring us.'],
    ['another party must sort it out', 'The venue will have to sort out the refund.'],
    ['"…, but X at your branch can"', "I can't help with mortgages; a mortgage adviser at your branch can."],
    ['"only the airline can"', 'Only the airline can rebook you now.'],
    ['"go via the app store"', 'You need to go via the app store for that.'],
  ])('%s: "%s"', (_, draft) => {
    expect(kinds(draft)).toContain('handoff');
  });
});

describe('false alarms next to handoffs said without a contact verb', () => {
  it.each([
    "Refunds can only be issued by me once the item is back, so I'll watch for it.",
    'It can only be opened by you with the code.',
    "The change was done in person at our store yesterday, and it's all set.",
    'Let me know if that works.',
    'Let us know what time suits.',
    "Let the team know if you need anything else, we're here.",
    "I'll let the courier know you're away.",
    "I've let your bank know about the refund.",
    'The best way is via our app.',
    'The account holder needs to be over 18.',
    "I need the account holder's name to check.",
    'Our team can help you on 0800 000 000 any time.',
    'We can call you back on 07700 900123 this afternoon.',
    'Our engineer will ring tomorrow to confirm the slot.',
    'Just ask at the desk for your parcel.',
    'Ask at reception for your keys.',
    'The rate is set by your bank when it converts the payment.',
    'The price is decided by the seller.',
    'Advised to restart the router and check again.',
    "We've asked them to call the depot about it.",
    'The card can only be used by the account holder.',
    "It has to be done in person, so I've booked you a slot at our Leeds store.",
    'Only you can see this note.',
    'Let your friend know the code is 4411.',
  ])('"%s" is no handoff', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });

  it('still reads an engineer arranging the visit as someone else taking over', () => {
    expect(kinds('The repair team will be in touch to book an engineer visit.')).toContain('handoff');
  });
});

describe('limit nudges: what is asked, not every amount or keyword', () => {
  it('reads a reply to "where is my refund?" as a report, unless it offers something fresh', () => {
    expect(
      limits("where's my refund of $40?", 'I checked, and the $40 refund was issued on the 3rd.'),
    ).toEqual([]);
    // Re-issued over the limit (within it, a draft that gives is saying yes already: no nudge).
    expect(limits("where's my refund of $140?", "I've re-issued the $140 refund to your card.")).toEqual([
      'over-limit',
    ]);
  });

  it('reads an answer to "how much is…?" as a price, unless the agent offers it', () => {
    expect(limits('How much is next day delivery?', 'Next-day delivery costs $8.99 on this item.')).toEqual(
      [],
    );
    expect(
      limits('How much is express shipping?', "I'll upgrade you to express for free, normally $32."),
    ).toEqual(['over-limit']);
  });

  it('needs the offer of a rule keyword in its own clause, or one that comes back to it', () => {
    expect(
      limits(undefined, "The $5 paper bill fee applies because it's switched on; I've turned it off."),
    ).toEqual([]);
    expect(limits(undefined, "There's a $35 fee for paper bills, I can take it off this month.")).toEqual([
      'over-limit',
    ]);
  });

  it('does not read "to the new one" as a replacement', () => {
    expect(limits(undefined, "I'm moving your savings from the old account to the new one now.")).toEqual([]);
    expect(limits('It arrived cracked.', "I'll send you a new one today.")).toEqual(['rule-note']);
  });
});

describe('the part given now, beside an ask over the limit', () => {
  const found = (text: string, draft: string) =>
    analyse({ text, draft }, starterRules)
      .filter((n) => n.kind.endsWith('-limit'))
      .map((n) => [n.kind, n.rule, n.amount]);

  it('shows the within-limit part the draft gives and the over-limit ask', () => {
    expect(
      found(
        'I think I deserve $120 in credit for this.',
        "I've put $40 on your account now and asked about the rest.",
      ),
    ).toEqual([
      ['over-limit', 'credit-per-customer', 120],
      ['within-limit', 'credit-per-customer', 40],
    ]);
  });

  it('gives one nudge when the draft gives the whole ask, refuses it or offers more', () => {
    expect(found('I want $120 in credit.', "I've put $120 on your account.")).toEqual([
      ['over-limit', 'credit-per-customer', 120],
    ]);
    expect(found('I want $120 in credit.', "I can't add $40 credit to your account today.")).toEqual([
      ['over-limit', 'credit-per-customer', 120],
    ]);
    expect(found('Refund $40 please.', 'I can refund the $140 order in full.')).toEqual([
      ['over-limit', 'refund-per-order', 140],
    ]);
  });
});

describe('amounts and questions that are not the ask', () => {
  const found = (text?: string, draft?: string) =>
    analyse({ text, draft }, starterRules)
      .filter((n) => n.kind.endsWith('-limit'))
      .map((n) => [n.kind, n.rule, n.amount]);

  it('does not take the price paid as the credit or discount asked', () => {
    // The credit and the discount state no amount of their own: no limit to compare with.
    expect(found('My order was $200, could I get some credit for the delay?')).toEqual([]);
    expect(found('It cost $90, can I get a discount for the scratch?')).toEqual([]);
    // A refund of what was paid, or a fee that was charged, is the amount asked.
    expect(found('My order was $200, I want a refund.')).toEqual([['over-limit', 'refund-per-order', 200]]);
    expect(found('The late fee was $40, can you waive it?')).toEqual([
      ['over-limit', 'fee-waiver-per-case', 40],
    ]);
  });

  it('reads "do you price match?" as a question about the policy', () => {
    expect(found('Do you price match?', "We match any UK retailer's price on identical items.")).toEqual([]);
    expect(found('Could you price match the $10 cheaper one?')).toEqual([
      ['within-limit', 'discount-per-order', 10],
    ]);
  });

  it('keeps an offer made later in the sentence to the customer', () => {
    expect(
      found(
        'How much would express cost?',
        "Express is $29.99, or I can upgrade you for free as it's our delay.",
      ),
    ).toEqual([['over-limit', 'expedite-per-order', 29.99]]);
  });
});

describe("can't, said as a limit of the agent's authority", () => {
  it('reads "beyond what I can authorise" as a can’t, and keeps "authorise" as written', () => {
    expect(kinds("That's beyond what I can authorise.")).toContain('cant');
    expect(kinds("It's beyond anything we can approve.")).toContain('cant');
    expect(kinds("That's more than I can approve, so I'm asking my team lead now.")).not.toContain('cant');
    expect(kinds('I can authorise that for you now.')).not.toContain('cant');
    expect(kinds("Thank you, that's more than we could ask for.")).not.toContain('cant');
  });
});

describe('credit held, not asked for', () => {
  const rulesFound = (text?: string, draft?: string) =>
    analyse({ text, draft }, starterRules)
      .filter((n) => n.kind.endsWith('-limit'))
      .map((n) => n.rule);

  it('reads "your account is $45 in credit" as a balance', () => {
    expect(rulesFound(undefined, 'Your account is $45 in credit, so nothing is due this month.')).toEqual([]);
    expect(rulesFound(undefined, "I've put $80 in credit on your account.")).toEqual(['credit-per-customer']);
  });

  it('reads "I have a $20 voucher" as a voucher held', () => {
    expect(rulesFound('I have a $20 voucher, how do I use it?', 'Enter the code at checkout.')).toEqual([]);
    expect(rulesFound("I've got a voucher but it expired, can I have a new $20 voucher?")).toEqual([
      'credit-per-customer',
    ]);
  });
});
