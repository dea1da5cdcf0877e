// Handoffs said by whose job the next step is, in any word order, and the false alarms
// next to them. Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { HANDOFFS, TRAPS } from './handoff-whose-job-sentences';
import { starterRules } from './helpers';

const isHandoff = (draft: string) => analyse({ draft }, starterRules).some((n) => n.kind === 'handoff');

describe('handoffs that name whose job it is', () => {
  it.each([
    ['a rule "dealt with by" a name', 'Warranty claims are dealt with by Samsung directly.'],
    [
      '"have to be requested from that" party',
      'Refunds for vouchers have to be requested from that supermarket.',
    ],
    [
      '"must be submitted to" the point of sale',
      'Resale tickets must be submitted to the original point of sale.',
    ],
    ['"must be made to" an officer', 'Your request must be made to the data protection officer in writing.'],
    ['"applications go to" an office', 'Applications go to the admissions office, not to us.'],
    ['"that would be" a helpdesk', 'I cannot see that here, that would be the pensions helpdesk.'],
    ['"you will want" a helpdesk', 'For anything about your pension you will want the pensions helpdesk.'],
    ['"the seller is who you need"', 'the seller is who you need for a return, not us'],
    ['a note without a subject', 'Transferred call to Retentions as cust wants to cancel.'],
    ['a note moving a chat to a queue', 'Moved chat to billing q.'],
    ['"so best to ring" a name', 'its the courier that has it now so best to ring DPD with the tracking no'],
    ['"have to ask you to contact"', 'gonna have to ask you to contact the airline for the baggage, sorry!!'],
    ['another team "will verify you"', 'Please use the recovery form and the security team will verify you.'],
    ['a colleague "will help you with that"', 'A colleague will help you with that.'],
  ])('%s: "%s"', (_, draft) => {
    expect(isHandoff(draft)).toBe(true);
  });
});

describe('false alarms next to handoffs that name whose job it is', () => {
  it.each([
    'The refund was processed by the bank.',
    'Payment is made by card.',
    'This must be done by Friday.',
    'Refunds are processed by us.',
    'That would be the best option.',
    'It will be the courier, he is outside.',
    "That would be the team's decision, and I will chase it.",
    'That will be the engineer at your door.',
    'You will need your receipt for that.',
    'Transferred funds to savings.',
    'Moved the appointment to Tuesday.',
    'Sent the label to customer.',
    'Returns go to our warehouse and I will refund you.',
    'This is approved by my manager already.',
    'Claims are handled by our claims team and I will stay your contact.',
    'so best to restart the router',
    'I have to ask you to confirm your address.',
    'so best to ring us back tomorrow',
    'Our team will verify you.',
    'I will help you with that.',
    'The app will verify you.',
    'You will need to verify your identity.',
    'A colleague will help you with that, and I will stay your contact.',
  ])('"%s"', (draft) => {
    expect(isHandoff(draft)).toBe(false);
  });
});

describe('the whose-job probe (written before the code)', () => {
  it('flags none of its traps', () => {
    expect(TRAPS.filter(isHandoff)).toEqual([]);
  });

  it('finds at least 60 of its 65 handoffs (52 before the whose-job frames)', () => {
    const found = HANDOFFS.filter(isHandoff).length;
    expect(HANDOFFS.length).toBe(65);
    expect(found).toBeGreaterThanOrEqual(60);
  });
});
