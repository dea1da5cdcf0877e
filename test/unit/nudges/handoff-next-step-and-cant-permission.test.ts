// Handoffs that leave the next step to another party, limit asks with no approvable amount, can't said
// as permission or tools, and a replacement named by its place in the count, each with its false alarms. Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string, text?: string) =>
  [...new Set(analyse({ draft, text }, starterRules).map((n) => n.kind))].sort();
const limits = (text: string | undefined, draft: string) =>
  kinds(draft, text).filter((kind) => kind.endsWith('-limit') || kind === 'rule-note');

describe('handoffs that leave the next step to another party', () => {
  it.each([
    [
      '"must be done by visiting" a branch',
      'Changes to the payee must be done by visiting your local branch.',
    ],
    ['"or by calling them"', 'You can do that on their website or by ringing them.'],
    ['"has to be made with" a name', 'Any insurance claim has to be made with Aviva by the policy owner.'],
    ['"has to be raised through" a party', 'The dispute has to be raised through your card issuer.'],
    ['a party that "needs you to" act', 'The airline needs you to complete the form with them.'],
    ['the same after a dash', "It's out of our control - the seller needs you to contact them."],
    ['"your employer has to request"', 'Your employer has to request the change.'],
    ['"your school must approve"', 'Your school must approve the booking first.'],
    ['"have your IT admin reset"', 'Have your IT admin reset the licence.'],
    ['"get your landlord to sign"', 'Please get your landlord to sign the form.'],
    [
      '"raise any questions with" a manager',
      'Please raise any other queries about the contract with your account manager.',
    ],
    ['"aren\'t issued by us"', "Parking permits aren't issued by us."],
    [
      '"a member of our <long name> service will…"',
      'A member of our Home Energy Advice Service will call you to arrange it.',
    ],
  ])('%s: "%s"', (_, draft) => {
    expect(kinds(draft)).toContain('handoff');
  });
});

describe('false alarms next to handoffs that leave the next step elsewhere', () => {
  it.each([
    'Claims must be made with care.',
    'Payment has to be made with the original card.',
    'Your payment has to be made with a UK card.',
    "These prices aren't set by us.",
    'This must be done by Friday.',
    'You can change it by calling us.',
    'Have your card ready when you call.',
    'Have your order number handy.',
    'Get your receipt to us by Friday.',
    'I need you to confirm the address.',
    'The courier needs you to be in.',
    'Delivery is tomorrow - the courier needs you to sign for it.',
    'Your order has to be approved before it ships.',
    'Please raise any further questions with me.',
    'Refunds are not processed by us at weekends.',
    "That text wasn't sent by us, so please delete it.",
    'If your employer has to request the change, I can help with the form.',
    "I'll get your landlord to sign it when I see him.",
    'I am a member of our support service and I will call you tomorrow.',
    'As a member of our loyalty service you get free delivery.',
  ])('"%s" is no handoff', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });
});

describe('limit nudges: no approvable ask', () => {
  it('reads a refund "meant to arrive" as one under way', () => {
    expect(limits('My $60 refund was meant to arrive on Monday.', 'Thanks, let me look.')).toEqual([]);
    expect(limits('My $60 refund should have landed by now.', 'Thanks, let me look.')).toEqual([]);
    expect(limits('I want a refund of $60.', 'Thanks, let me look.')).toEqual(['within-limit']);
  });

  it('reads "I can see the refund was sent" as a report, "I can reissue it" as an offer', () => {
    const text = 'Where is my $160 refund?';
    expect(limits(text, 'I can see the refund went out on the 3rd.')).toEqual([]);
    expect(limits(text, 'I can see it bounced, so I can reissue the refund today.')).toEqual(['over-limit']);
  });

  it('does not read correcting data as a replacement', () => {
    expect(limits(undefined, "I've replaced the estimated readings with the ones in your photo.")).toEqual(
      [],
    );
    expect(limits(undefined, "I've replaced the cracked lid for you.")).toEqual(['rule-note']);
  });

  it('does not read a service named after a swap as one', () => {
    expect(limits(undefined, 'eSIM swaps are done in the app settings.')).toEqual([]);
    expect(limits(undefined, 'I can swap it for the blue one.')).toEqual(['rule-note']);
  });

  it('does not read a fresh link or code as a replacement item', () => {
    expect(
      limits('My reset code expired', 'Codes only last ten minutes, so I have sent you a new one.'),
    ).toEqual([]);
    expect(limits('The mug arrived chipped', "I'm sorry, I have sent you a new one.")).toEqual(['rule-note']);
  });
});

describe("can't said as permission, tools or nothing further", () => {
  it.each([
    "That's not something I'm authorised to change, sorry.",
    "We don't have the access to edit payroll records.",
    "I'm sorry, there isn't anything further we can do.",
  ])('"%s" is a can\'t', (draft) => {
    expect(kinds(draft)).toContain('cant');
  });

  it.each([
    "I don't have the tools to hand, so I'll check in the morning.",
    "If you don't have access to the app, I can email it.",
    'Is this something I am allowed to share?',
  ])('"%s" is no can\'t', (draft) => {
    expect(kinds(draft)).not.toContain('cant');
  });
});

describe('a replacement named by its place in the count', () => {
  it('reads "send a fourth" after the third faulty unit as a repeat replacement', () => {
    const draft = "It's the third faulty unit on this order, so I've asked the warehouse to send a fourth.";
    const found = analyse({ draft }, starterRules).filter((n) => n.kind === 'rule-note');
    expect(found.map((n) => [n.kind, n.beyond])).toEqual([['rule-note', true]]);
  });

  it('does not read a second reminder or a third letter as one', () => {
    expect(limits(undefined, "I've sent a second reminder to the courier.")).toEqual([]);
    expect(limits(undefined, "We'll send a third letter if it stays unpaid.")).toEqual([]);
  });
});
