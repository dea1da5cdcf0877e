// Handoff grammar added in round 8: who does the next step (the customer, another team or an
// outside party), said in ways the older patterns missed, and the false alarms next to each. One
// sentence per category, written apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string, text?: string) =>
  [...new Set(analyse({ draft, text }, starterRules).map((n) => n.kind))].sort();

describe('handoffs by grammar class', () => {
  it.each([
    ['modal + contact verb + party', "You'd need to liaise with the letting agency about the deposit."],
    ['"connect with" a person', 'Please connect with your customer success manager for a renewal quote.'],
    ['a report filed with a party', 'You need to lodge a lost property report with the station staff.'],
    ['a complaint made to a party', 'Best to make a formal complaint to the energy regulator.'],
    ['report it to a party', 'You can report the faulty streetlight to the local authority.'],
    ['"what you want to do is…"', 'What you want to do is phone the claims line and quote your policy.'],
    ['"feel free to contact" a party', 'Feel free to get in touch with the organisers about parking.'],
    ['"if I were you" advice', "If I were you, I'd ring the landlord today."],
    ['another party as the one who', 'The school office are the ones who issue the bus passes.'],
    ['"who you need to speak to"', 'Your employer is who you need to talk to about the payslip.'],
    ['"the people to chase"', 'The depot are the people to chase for a delivery slot.'],
    ['cleft "it will be X who"', 'It will be our recoveries team who writes to you next.'],
    ['a new contact', 'The adjuster who visited will be your contact until the claim is settled.'],
    [
      'passive with a relative clause',
      'Card disputes are processed by our partner bank, who will email you.',
    ],
    ['gerund "needs raising with"', 'The overcharge needs raising with the airline directly.'],
    ['"should now be addressed to"', 'Future letters should now be addressed to our recoveries agency.'],
    ['"falls under the responsibility of"', 'This falls under the responsibility of the venue.'],
    ['"up to" another party', 'Whether they take it back is up to the retailer.'],
    ['"for X to decide"', "It's for the insurer to decide on the payout."],
    ['"X would know more"', 'The pharmacist would know more about the side effects.'],
    ['another party must act', 'Your card issuer will have to reverse the payment.'],
    ['someone else must act for the customer', "You'll need your account admin to approve the upgrade."],
    ['another party’s form', 'Please complete the claim form on the courier’s website.'],
    ['their website, for a report', 'You can report the missed collection on their website.'],
    ['"in the hands of"', "It's now in the hands of the manufacturer's repair centre."],
    ['a colleague carries on', "I'm finishing for the day, so a colleague will carry on with your case."],
    ['someone else keeps you updated', 'Our network team will keep you updated on the repair.'],
    ['"first port of call"', 'Your bank should be your first port of call for this.'],
    ['"point you towards"', "I'll point you towards our hardship team, they can offer a plan."],
    ['"better luck with"', "You'd have better luck with the ticket office."],
    ['"any branch"', 'Take it to any branch and they can exchange it.'],
    ['chase a party', 'Please chase the seller through the order page.'],
    ['another party’s helpline', "The manufacturer's helpline is 0800 765 432."],
    ['"here\'s the number for"', "Here's the number for the lost luggage desk: 0161 496 0123."],
    ['"can be reached on"', 'The campsite office can be reached on 01234 998877.'],
    ['"we can\'t, but they can"', "We can't reset that for you, but your IT department can."],
    ['paid by an outside party', 'Delay compensation is paid by the rail operator.'],
    ['"the decision rests with"', 'The final decision rests with the claims assessor.'],
    ['"you want X for that"', 'You want the partnerships team for that.'],
    [
      '"someone else will take a look and reach out"',
      'Tech support will take a look in the morning and reach out.',
    ],
    ['"if you contact X, they\'ll…"', "If you ring the garage, they'll book you in this week."],
    ['"more joy with"', "You'll have more joy with the parish council."],
    ['a party named bare', 'Zurich will take it from here.'],
    ['non-native "please to contact"', 'Please to contact the courier company for the delivery.'],
    ['"you are requested to contact"', 'You are requested to contact your home branch for the same.'],
    ['"will revert to you"', 'Our colleague from the cards department will revert to you.'],
    ['a bare party after "ask"', 'for refund u must ask merchant'],
    ['"has to come from"', 'Any compensation has to come from the tour operator.'],
    ['"get help from"', 'You can get advice with that from your local Citizens Advice.'],
  ])('%s: "%s"', (_, draft) => {
    expect(kinds(draft)).toContain('handoff');
  });
});

describe('false alarms next to the new handoff grammar', () => {
  it.each([
    'The money transfer to your landlord bounced, so I re-sent it with the right sort code.',
    "I've escalated it to my manager, but I'm keeping your case and will update you by noon.",
    "That's up to the team lead, and I'll get her answer to you by 4pm.",
    "It's up to you whether you keep the spare.",
    'Delivery is up to 5 working days.',
    "You'll need your order number to hand when you call us.",
    "We're the ones who can fix this, so leave it with me.",
    "I'm the person to speak to about refunds, so you're in the right place.",
    'Feel free to reply here anytime.',
    'Perhaps try restarting the router first.',
    'Your bank will have to process the refund, which usually takes 3-5 days.',
    'The seller must approve it, and they already did this morning.',
    "You can check the status on their website, but I'll keep you updated too.",
    'Our team will process your refund today.',
    'Please consult the size guide before ordering.',
    'Just check with your partner whether Tuesday works, then let me know.',
    'Take it to the post office with the prepaid label.',
    "Your account was referred to collections by mistake, and I've reversed that.",
    "I've filled in the claim form on the insurer's website for you.",
    'The courier will need to collect the old unit, I’ve booked that for Tuesday.',
    'The technician can be reached through me, so just reply here.',
    "The delivery fee is set by the courier, but I've waived it for you.",
    "I've requested the refund from the supplier and will let you know when it lands.",
    'The best way to reach us is by calling 0800 000 000.',
    "The seller's address is on the returns label.",
    "If you call the courier they might not know yet, so I'll chase them for you.",
    "It's us who'll call you back tomorrow.",
    'The app will email you a receipt.',
    'The payment was sent to the merchant yesterday.',
    "The refund has to come from the airline, but I've already chased them.",
    'Your replacement will come from our warehouse in Leeds.',
    "You're advised to restart the router.",
  ])('"%s" is no handoff', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });
});

describe("can't, said about the future", () => {
  it('reads "not going to be able to" as a can’t', () => {
    expect(kinds("I'm not going to be able to move the delivery date, sorry.")).toContain('cant');
    expect(kinds("You're not going to believe how fast it arrived!")).toEqual([]);
  });
});
