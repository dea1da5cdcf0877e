// The choices of the customer's ask-to-amount gate (bound-amount.ts, ask-amounts.ts) in one place, so
// that each one can be judged writer by writer: scripts/limits-folds.ts scores every choice with one
// writer's set left out, picks on the others and reports the one left out. The engine reads only
// `binding()`; the defaults are what ships.

/** Readings of an amount bound to an ask in another shape than one amount beside it. */
export type Reading =
  /** "$30-40 back", "between $40 and $60": a range, judged at its upper end. */
  | 'range'
  /** "take 10% off that order" with the order's price said: the share of that price. */
  | 'percent'
  /** "It was $150. Would you refund half of that?": half of the thing's price. */
  | 'half'
  /** "$96 plus $7.68 tax… refund both the price and the tax": the price with its tax. */
  | 'tax'
  /** "Refund all of it, the full $97.85", "everything back including the tip, $105.36": the whole, named. */
  | 'whole'
  /** "put the $70 on my account as store credit": credit put on the account. */
  | 'onAccount'
  /** "The wrong ones were $8 and $11. Please refund those two": the prices listed, summed. */
  | 'listed'
  /** "a $25 coupon for next time": a coupon for a later order is a voucher, not a discount. */
  | 'coupon'
  /** "I paid a $60 deposit; please refund it, I'll pay on the day": a pronoun object ends at its comma. */
  | 'itComma'
  /** "The freight is $65 — please waive that": a pronoun object takes the amount said of the thing. */
  | 'pronoun'
  /** Gate: "my bank will refund the $150 charge": another party gives it, nothing is asked of us. */
  | 'othersDo'
  /** Gate: "you already refused to refund the $150": an ask turned down before, told as past. */
  | 'refused'
  /** Gate: "If it breaks again, would you refund the $150?": a recurrence supposed, a question on policy. */
  | 'hypothetical'
  /** Gate: "charged $129 AUD… refund the $129": a bare "$" beside an amount written in another dollar is that dollar. */
  | 'otherDollar'
  /** Gate: "I'm writing for her - can you refund her $30?": money asked for someone else, named after the ask. */
  | 'forAnother'
  /** Gate: "My $120 refund was approved on the 2nd": the thing asked, told as done to it (a passive). */
  | 'doneAsPassive'
  /** Gate: "Your rep promised me a $30 credit last week": promised by someone else, told as past. */
  | 'promised'
  /** "I'd like 50% of the $120 back": a share of the amount said, never the whole of it. */
  | 'shareOf'
  /** Gate: "Total ........ $238.33" pasted before an ask: a receipt's line is not an amount put forward. */
  | 'receiptLine'
  /** "Can you refund the cushion line only?" on a pasted receipt: the price on the one line naming it. */
  | 'lineItem'
  /** Gate: "$1.50 booking fee per ticket… refund the whole booking": a price a piece is no price of the whole. */
  | 'wholeNotUnit'
  /** "I paid $150 for the bundle… I'd like half of it back": half of the price said before. */
  | 'halfOfIt'
  /** "Please return me the 40$", "the devolution of my 150$": the money itself asked back. */
  | 'moneyReturned'
  /** "refund the purchase price of $349": the price named as the ask's object. */
  | 'priceOfObject'
  /** Gate: "> Please refund the $150 deposit." under "Got it, thanks!": an ask in quoted or forwarded mail is no ask now. */
  | 'quotedPart'
  /** "Is possible to refund me 30 dollars?": the ask of a writer whose first language drops the "it". */
  | 'possibleTo'
  /** Gate: "you gave me a $15 discount… can you resend the receipt showing it?": a paper about it is no ask again. */
  | 'paperOfIt'
  /** Gate: "she got $20 off… is that a promo anyone can use?": whether a deal is open to anyone is asked about, not for. */
  | 'openToAnyone'
  /** Gate: "I wouldn't accept a $10 voucher for this": what the customer would not accept is no ask. */
  | 'refusedOffer'
  /** "could you give me $20 off my next order?": money off a later order is a voucher, not a discount on this one. */
  | 'nextOrder'
  /** "We need the $450 we paid refunded", "the $85 I paid for it back": what was paid, asked back. */
  | 'paidBack'
  /** "a refund of no less than $110", "anything over $60 in store credit would be fair": a floor put forward. */
  | 'floor'
  /** "refund $60 for the lamp and $55 for the vase": the amounts of one refund, each for its thing, summed. */
  | 'eachFor';

export const READINGS: readonly Reading[] = [
  'range',
  'percent',
  'half',
  'tax',
  'whole',
  'onAccount',
  'listed',
  'coupon',
  'itComma',
  'pronoun',
  'othersDo',
  'refused',
  'hypothetical',
  'otherDollar',
  'forAnother',
  'doneAsPassive',
  'promised',
  'shareOf',
  'receiptLine',
  'lineItem',
  'wholeNotUnit',
  'halfOfIt',
  'moneyReturned',
  'priceOfObject',
  'quotedPart',
  'possibleTo',
  'paperOfIt',
  'openToAnyone',
  'refusedOffer',
  'nextOrder',
  'paidBack',
  'floor',
  'eachFor',
];

export interface BindingSettings {
  /** Content words allowed between an ask and its object amount ("waive the late ¤"). */
  maxContent: number;
  /** Words allowed between an ask and its object amount. */
  maxGap: number;
  /** Words allowed between an amount and the ask after it ("the ¤ late fee removed"). */
  maxGapAfter: number;
  /** Sentences either side of an ask in which what it takes may be named with its amount. */
  thingReach: number;
  /** Sentences before an ask in which a price a piece may stand. */
  unitReach: number;
  readings: Readonly<Record<Reading, boolean>>;
}

/**
 * Choices that ship off (thirteenth session, `scripts/limits-folds.ts` with blind-limits-l12 as a ninth
 * writer). A choice that finds an amount ships when, in the folds where the other writers chose it, it added
 * no false alarm on the writer left out. The receipt's line read as no amount put forward changes no
 * development case on its own (the line's own price, lineItem, already keeps l12-086 quiet), so it is off.
 * The three quiet gates of the twelfth session (another party that gives it, an ask refused before, a
 * recurrence supposed) change no development case either, and no fold chose them; they stay ON: each can
 * only silence a nudge, they were written from the causes (no writer's message), and on customer
 * messages a false alarm costs more than a miss (an agent shown false alarms ignores every nudge).
 */
const OFF_BY_DEFAULT: ReadonlySet<Reading> = new Set(['receiptLine']);

export const DEFAULT_BINDING: BindingSettings = Object.freeze({
  maxContent: 2,
  maxGap: 6,
  maxGapAfter: 3,
  thingReach: 2,
  unitReach: 3,
  readings: Object.freeze(
    Object.fromEntries(READINGS.map((r) => [r, !OFF_BY_DEFAULT.has(r)])) as Record<Reading, boolean>,
  ),
});

let current: BindingSettings = DEFAULT_BINDING;

/** The gate's settings in force. */
export function binding(): BindingSettings {
  return current;
}

/** Whether a reading is on. */
export function reads(reading: Reading): boolean {
  return current.readings[reading];
}

/**
 * Sets the gate's choices for a measuring run (scripts/limits-folds.ts runs each setting in a process of
 * its own, before any text is read: sentences are memoised with the amounts found in them).
 */
export function setBinding(settings: BindingSettings): void {
  current = settings;
}
