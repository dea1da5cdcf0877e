import { describe, expect, it } from 'vitest';
import { analyse, type Nudge } from '../../../src/nudges/index';
import { rule, starterRules } from './helpers';

// What the rules say of an ask: limit nudges and the quiet notes of rules without a money limit.
const limits = (nudges: Nudge[]) =>
  nudges.filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit' || n.kind === 'rule-note');
const only = (input: { text?: string; draft?: string }, rules = starterRules) => {
  const found = limits(analyse(input, rules));
  expect(found, JSON.stringify(input)).toHaveLength(1);
  return found[0]!;
};

describe('requests and what they ask for', () => {
  it.each([
    ['I want a refund of $45', 'refund-per-order'],
    ['Could you give me a $30 voucher for the trouble?', 'credit-per-customer'],
    ['Please send a replacement, it arrived smashed.', 'replacement-per-order'],
    ['Can I exchange it for a bigger size?', 'replacement-per-order'],
    ['Can you waive the $20 late fee?', 'fee-waiver-per-case'],
    ['Would you knock $10 off?', 'discount-per-order'],
    ['Can you upgrade it to express shipping? It is $12 extra.', 'expedite-per-order'],
    ['The $60 fee was taken by mistake, please pay it back.', 'refund-per-order'],
    ['I missed the return window because I was in hospital, can you extend it?', 'return-window-extension'],
  ])('"%s" matches %s', (text, id) => {
    expect(only({ text }).rule).toBe(id);
  });

  it('reads the request in a rule’s own keywords when the lexicon does not know it', () => {
    const chargeback = rule({ id: 'chargeback', action: 'custom', limit: null, keywords: ['chargeback'] });
    expect(only({ text: 'I want to avoid a chargeback, please help me fix this' }, [chargeback]).rule).toBe(
      'chargeback',
    );
  });

  it('ignores an amount with no ask, an ask turned down, and a refund already under way', () => {
    for (const text of [
      'I paid $45 for it.',
      "I don't want a refund, just tell me when it ships.",
      'Where is my $45 refund?',
      'Thanks, the $45 refund arrived!',
      'My credit card was charged $40.',
      'What is your refund policy?',
    ]) {
      expect(limits(analyse({ text }, starterRules)), text).toEqual([]);
    }
  });

  it('takes the amount that goes with each request', () => {
    const nudges = limits(
      analyse({ text: 'I want a refund of $150 and a $20 voucher for the wait.' }, starterRules),
    );
    expect(nudges.map((n) => [n.kind, n.rule, n.amount])).toEqual([
      ['over-limit', 'refund-per-order', 150],
      ['within-limit', 'credit-per-customer', 20],
    ]);
  });

  it('joins a request in the draft with the amount in the customer’s message', () => {
    const nudge = only({
      text: 'I paid $45 for the lamp and it arrived broken.',
      draft: "I'll need to check with my supervisor before I can refund you.",
    });
    expect(nudge).toMatchObject({ kind: 'within-limit', rule: 'refund-per-order', amount: 45 });
  });

  it('leaves a draft that simply gives within the limit alone, and nudges one that hesitates', () => {
    const limitKinds = (draft: string) =>
      analyse({ draft }, starterRules)
        .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
        .map((n) => n.kind);
    // Already saying yes: "yours to approve" would only repeat what the agent is doing.
    expect(limitKinds("I've credited $25 to your account for the outage.")).toEqual([]);
    expect(limitKinds('I can take $10 off your next order.')).toEqual([]);
    // Asking leave, refusing or handing off what is theirs to give: the nudge says it is.
    expect(limitKinds("Let me check if I'm allowed to refund $80 and I'll come back to you.")).toEqual([
      'within-limit',
    ]);
    expect(limitKinds("I'll ask my team lead whether we can waive the $20 fee.")).toEqual(['within-limit']);
    expect(limitKinds("Sorry, I can't refund the $40.")).toEqual(['within-limit']);
    // Over the limit a draft's offer still gets the escalation path.
    expect(limitKinds("I've refunded the $150 for the order.")).toEqual(['over-limit']);
  });
});

describe('limits', () => {
  it('a request within the limit is yours to approve', () => {
    const nudge = only({ text: 'I want a refund of $45' });
    expect(nudge).toMatchObject({ kind: 'within-limit', amount: 45, currency: 'USD' });
    expect(nudge.message).toBe(
      'Yours to approve: refunds up to $100 per order ($45 here). No approval needed.',
    );
    expect(nudge.principle).toMatch(/Empowered/);
  });

  it('a limit equal to the amount is within it', () => {
    expect(only({ text: 'Please refund $100.' }).kind).toBe('within-limit');
    expect(only({ text: 'Please refund $100.01.' }).kind).toBe('over-limit');
  });

  it('above the limit: the escalation path, keeping ownership', () => {
    const nudge = only({ text: '$150 refund please' });
    expect(nudge).toMatchObject({ kind: 'over-limit', rule: 'refund-per-order', amount: 150 });
    expect(nudge.message).toContain('$150 is above your $100 limit');
    expect(nudge.message).toContain("Get team-lead approval behind the scenes, stay the customer's contact");
    expect(nudge.message).toContain('Send your team lead the case, the amount and your recommendation.');
  });

  it('counts replacements in a quiet note, no limit alarm: the first is yours, a repeat goes beyond', () => {
    const first = only({ text: 'Please send a replacement.' });
    expect(first).toMatchObject({ kind: 'rule-note', rule: 'replacement-per-order' });
    expect(first.beyond).toBeUndefined();
    expect(first.message).toContain('Yours to approve: one replacement per order');
    const repeat = only({ text: 'The replacement is broken too. Please send another replacement.' });
    expect(repeat).toMatchObject({ kind: 'rule-note', beyond: true });
    expect(repeat.message).toContain('A second replacement is above your limit of 1 per order');
  });

  it('a rule without a money limit never raises a limit alarm, whatever amount stands near the ask', () => {
    for (const text of [
      'Please send a replacement for the cracked $250 vase.',
      'Please extend my return window. The item was $300.',
      'I paid $150 for this blender. Please send a replacement.',
    ]) {
      const found = limits(analyse({ text }, starterRules));
      expect(
        found.map((n) => n.kind),
        text,
      ).toEqual(['rule-note']);
    }
    // The rule note comes last, after any limit nudge of the same message.
    const both = analyse({ text: 'Please send a replacement and refund the $30 shipping.' }, starterRules);
    expect(both.map((n) => n.kind)).toEqual(['within-limit', 'rule-note']);
  });

  it('a limit in money needs an amount: a request or offer that states none gets no limit nudge', () => {
    expect(only({ text: 'Can I have a refund of $40?' }).message).toContain('refunds up to $100');
    expect(limits(analyse({ text: 'Can I have a refund?' }, starterRules))).toEqual([]);
    expect(limits(analyse({ text: 'Please refund the overcharge on my statement.' }, starterRules))).toEqual(
      [],
    );
    expect(limits(analyse({ draft: "I'll refund you today." }, starterRules))).toEqual([]);
    // A limit in counts or none at all reads the request alone, as a quiet note.
    expect(only({ text: 'Please send a replacement, it arrived smashed.' }).kind).toBe('rule-note');
  });

  it('does not compare amounts in another currency with the limit', () => {
    expect(limits(analyse({ text: 'I want a refund of €45' }, starterRules))).toEqual([]);
    expect(limits(analyse({ text: 'Refund £300 please' }, starterRules))).toEqual([]);
    const euro = rule({ id: 'eu-refund', action: 'refund', limit: { amount: 80, currency: 'EUR' } });
    expect(only({ text: 'I want a refund of €45' }, [euro])).toMatchObject({
      kind: 'within-limit',
      currency: 'EUR',
    });
  });

  it('reads "$" as any dollar, and a bare number in the rule’s currency', () => {
    const cad = rule({ id: 'ca-refund', action: 'refund', limit: { amount: 50, currency: 'CAD' } });
    expect(only({ text: 'Refund $60 please' }, [cad])).toMatchObject({ kind: 'over-limit', currency: 'USD' });
    expect(only({ text: 'Please refund 40.00' }, [cad])).toMatchObject({
      kind: 'within-limit',
      currency: 'CAD',
    });
  });

  it('a rule anyone may decide is always within', () => {
    const open = rule({ id: 'open', action: 'refund', above: '' });
    expect(only({ text: 'Refund $500 please' }, [open]).kind).toBe('within-limit');
  });

  it('one nudge per rule, the most demanding one', () => {
    const found = limits(
      analyse({ text: 'Refund $40 please.', draft: 'I can refund the $140 order in full.' }, starterRules),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'over-limit', amount: 140 });
  });
});
