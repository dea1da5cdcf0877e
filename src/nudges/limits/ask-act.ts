// Is the customer asking us for it? A mention of a refund, a credit or express shipping in a
// customer's message is a request only when the customer asks the company to give it. Two acts
// that name the same things are not requests (canonical sentence text, normalize.ts):
// - a purchase: the customer buys it ("I want to buy a $100 gift card", "I'm trying to pay for
//   express shipping", "I paid for next-day delivery and…");
// - thanks for a past action: "thanks for waiving last month's fee", "I really appreciate you
//   upgrading my shipping last time".
// Both are read in the mention's own clause, so "thanks for your help, I'd like a refund" and "I
// bought it last week, can I get a refund?" still ask.
import { ASK, clauseBefore } from '../text/cues';

// The customer as buyer: a purchase verb with at most four words (or amounts) between it and the
// thing bought. "Order" counts as a verb only after a subject or "to" ("my order" is a noun), and
// "purchase" not after a determiner ("my purchase"); "purchases" is left out, as it is mostly a noun.
const PURCHASE = new RegExp(
  String.raw`\b(?:buy|buys|buying|bought|(?<!\b(?:my|the|a|your|this|that|our|his|her|their|any|of) )purchas(?:e` +
    String.raw`|ed|ing)|(?:i|we|to|i'll|we'll|and) order|ordering|ordered|pre-?order(?:s|ed|ing)?|pay(?:s|ing)? for` +
    String.raw`|paid for|top(?:s|ped|ping)? up(?: (?:my|our|the) (?:account|wallet|balance|card))?(?: with)?|get ` +
    String.raw`(?:one|some|a few|them|it) for (?:my|our|a)\b)(?: (?:[\w'-]+|¤)){0,4} $`,
);

/** Whether the words at `start` name something the writer buys (or bought), not asks for. */
export function isPurchase(text: string, start: number): boolean {
  const clause = clauseBefore(text, start).slice(-160);
  const m = PURCHASE.exec(clause);
  if (!m) return false;
  // The buyer is the writer, not the company: "can you pay for the courier", "please buy me a new
  // one" and a bare command ("pay for overnight delivery since you sent the wrong one") ask.
  const lead = clause.slice(0, m.index).trim();
  if (/\b(?:you|u|ya|your company|your team|please|pls|plz|kindly)\b/.test(lead)) return false;
  return lead !== '' || !/^(?:buy|pay|purchase|order|top)\b/.test(m[0]);
}

// Thanks before the thing thanked for, in the same clause ("so" does not end it here: "thanks so
// much for…"), with no ask in between ("thanks, and could you refund…" asks).
// "I'd appreciate a refund", "I would really appreciate it if I could get a refund" ask.
const THANKS =
  /\b(?:thanks|thank you|thank u|thankyou|thx|ty|cheers|grateful|(?<!\b(?:i'd|we'd|would|i'll|we'll|will)(?: \w+)? )appreciate(?! (?:it )?if\b)|appreciated|kudos)\b((?: [\w'-]+| ¤){0,8}) $/;
const THANKS_CLAUSE_END =
  /.*(?:[,;:()–—]|\bbut\b|\bhowever\b|\bbecause\b|\band\b(?= (?:could|can|would|will|please|i'd|i)\b))/;

/** Whether the words at `start` are what the writer thanks someone for: done, not asked. */
export function isThanks(text: string, start: number): boolean {
  // Eight words fit in this window; a longer one would only slow hostile input down.
  const before = text.slice(Math.max(0, start - 160), start);
  const cut = THANKS_CLAUSE_END.exec(before);
  const m = THANKS.exec(cut ? before.slice(cut[0].length) : before);
  return !!m && !ASK.test(m[1] ?? '');
}

// The customer offers to pay: "happy to pay the $18", "I'll pay for it", "at my own cost".
// Paying part of it ("I'll pay the difference", "…anything over $25") still asks for the rest.
const PAYS = new RegExp(
  String.raw`\b(?:(?:(?:happy|willing|glad|ok|okay|fine|prepared|able) to pay|i(?:'ll| will| can| don't mind` +
    String.raw`| do not mind| am happy to| am willing to)(?: \w+)? pay(?:ing)?)(?! (?:the )?(?:difference|rest|part` +
    String.raw`|half|some|a bit|a little|extra|anything|more|over|above|only)\b)|(?:at|on) my (?:own )?(?:cost` +
    String.raw`|expense|dime)|i(?:'ll| will) cover (?:it|the cost)|charge (?:it to )?my card)\b`,
);

/**
 * Whether the sentence buys what is named in it: the customer offers to pay. Only what can be
 * bought reads so (express shipping, a gift card or credit): "send a replacement, I'll pay the
 * difference" still asks for the replacement.
 */
export function paysForIt(text: string): boolean {
  return PAYS.test(text);
}
