// A probe of trigger words of the goodwill actions (replace, exchange, swap, new one, credit,
// discount, fee, voucher, express) in senses that are not an approvable goodwill action, and real
// asks and offers beside them, in mixed voices. Written before the replaced-object reading existed,
// scored once as a probe (first score in test/fixtures/nudges/README.md), then used by
// replaced-object.test.ts.
import type { AnalyseInput } from '../../../src/nudges/types';

const draft = (d: string): AnalyseInput => ({ draft: d });
const text = (t: string): AnalyseInput => ({ text: t });

/** No limit nudge: the word names a ticket, a record, a visit, a setting, a price fact. */
export const SENSES: AnalyseInput[] = [
  draft("I've opened a fresh one for you and closed the duplicate ticket."),
  draft('Your old case was archived, so I logged a new one under your name.'),
  draft('The engineer will come for the boiler replacement survey on Tuesday between 8 and 12.'),
  draft('Our meter exchange visit is booked for the 4th; the fitter will call ahead.'),
  draft('I replaced the estimated reading with the one from your photo.'),
  draft('I have replaced the old phone number on file with the mobile you gave me.'),
  draft('I swapped the direct debit date to the 15th as you asked.'),
  draft('We exchanged a few emails last week about the invoice, I have it here.'),
  draft('I replaced your temporary password; check your inbox for the new one.'),
  draft('The replacement of the water mains in your street is council work, nothing on our side.'),
  draft(
    'Sorry, typo in my last message - I meant Thursday, not Tuesday. I replaced the date in the booking.',
  ),
  text('Can you replace my email address on the account with my work one?'),
  text('i need to swap my delivery slot to saturday please'),
  text('Please exchange the contact name on the account to my wife.'),
  text('I want to book the smart meter exchange, when are you free?'),
  text('My bank replaced my card, so the payment failed. Can I pay again?'),
  text('hi, just started a new one as the old chat timed out'),
  draft('I have credited your payment to the right account reference now; it was sitting on an old one.'),
  draft('Your credit check came back fine, so the contract is ready to sign.'),
  draft('Your account is in credit by $12.40, so nothing is due this month.'),
  text('Why is my balance showing as credit when I owe you money?'),
  text('is the credit card surcharge still 2%?'),
  draft('The discount code you used last month has expired, it was only valid in March.'),
  text('I already used the discount at checkout, just asking where my order is'),
  draft('Our fees are listed on the pricing page under Plans; the monthly fee is $4.'),
  text('What is the late fee on my account for? I paid on time.'),
  draft('The cancellation fee applies to bookings changed within 24 hours, as in your terms.'),
  text('I have a voucher from my birthday, how do I use it on the app?'),
  draft('Your voucher code is on the email we sent; enter it at checkout in the box marked Promo.'),
  text('my gift card balance says 0, can you check it'),
  draft('Express lanes at the depot are closed on Sundays, so drop-offs are Monday.'),
  text('How long does express delivery usually take to the Highlands?'),
  draft('The exchange rate on your statement is the one your bank used on the day.'),
  text('Do you exchange foreign coins at the till?'),
  draft('I have replaced the wording in the letter so it reads correctly now.'),
  draft('We replaced our phone system last month, which is why the hold music changed.'),
  text('The tech who came to replace the router was really polite, thank you.'),
  draft('I have exchanged your tariff to the fixed plan from next month as agreed.'),
  draft('Please refresh the page; a fresh one should load with your updated plan.'),
  text('can I swap my shift pattern for the deliveries, I work nights now'),
  draft('Just to note, the replacement ticket number is 55812 if you call back.'),
  draft("I've reset your login and issued a new one; it's in your inbox."),
];

/** A limit nudge: a real ask or offer of a goodwill action (an amount or a replacement). */
// Limits in money need an amount (a request that states none gets no limit nudge), so the asks
// for credit, fee waivers, discounts and faster shipping state one; the drafts' offers state one over
// the limit (a draft that simply gives within it is saying yes already and gets no limit nudge).
export const ASKS: AnalyseInput[] = [
  text('The kettle arrived with a cracked lid, can you send me a new one?'),
  text('Could I exchange the jacket for a size up please?'),
  text('my headphones stopped working after a week, I want them replaced'),
  text('Wrong colour sofa cushions came, please swap them for the grey ones.'),
  text('Can you resend the parcel? It never turned up.'),
  draft("I'm sorry the mug arrived broken, I've arranged a replacement to go out today."),
  draft('I can exchange the boots for the size 6, just pop the old pair back in the bag.'),
  draft('No problem, I will send you a new charger free of charge.'),
  draft("I've sent a fresh one out by courier; the first lamp must have been damaged in transit."),
  draft("We'll replace the faulty blender, you should have it by Friday."),
  text('Could you put $10 of credit on my account for the trouble?'),
  text('I think a $10 credit would be fair after three missed deliveries.'),
  draft("I've added $65 credit to your account for the delay."),
  draft("As a goodwill gesture I've sent you a $70 voucher."),
  text('Can I have a $20 voucher for the inconvenience?'),
  text('Can you waive the $15 late fee this once? It was the bank holiday.'),
  draft("I've removed the $38 admin fee from your bill."),
  text('please take the $20 cancellation charge off, I cancelled within the hour'),
  draft("I've waived the $35 rebooking fee for you."),
  text('Any chance of a $10 discount as it arrived scratched?'),
  draft('I can offer you $20 off this order to say sorry.'),
  text('Could you knock $5 off since the box was damaged?'),
  draft("I've applied an $18 discount to the order."),
  text("Can you send it express? I need it for Saturday, it's $12 extra."),
  draft("I've upgraded your delivery to next-day, the $29 charge is on us."),
  text('please expedite my order for the $9 fee, it is a birthday present'),
  text('I want my $45 back for the cancelled class.'),
  draft("I've refunded the $130 to your card, it should show in 3-5 days."),
  text('The trainers I got are the wrong size, can I get them exchanged?'),
  draft('I will get a replacement phone case posted to you tomorrow.'),
  text('the replacement toaster you sent is also broken, please send another'),
  text('Could you swap the faulty remote for a working one?'),
];
