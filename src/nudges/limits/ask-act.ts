// Is the customer asking us for it? A mention of a refund, a credit or express shipping in a
// customer's message is a request only when the customer asks the company to give it. Two acts
// that name the same things are not requests (canonical sentence text, normalize.ts):
// - a purchase: the customer buys it ("I want to buy a $100 gift card", "I'm trying to pay for
//   express shipping", "I paid for next-day delivery and…");
// - thanks for a past action: "thanks for waiving last month's fee", "I really appreciate you
//   upgrading my shipping last time";
// - a report of a past action or of something held: "your rep already refunded $100", "they gave me
//   $20 off", "the $15 coupon you emailed me expired", "the $5 off coupon worked perfectly".
// Both are read in the mention's own clause, so "thanks for your help, I'd like a refund" and "I
// bought it last week, can I get a refund?" still ask.
import { ASK, clauseAround, clauseBefore } from '../text/cues';
import { reads } from './binding-settings';
import { LIMIT_WORDS } from './rule-keywords';

// The customer as buyer: a purchase verb with at most four words (or amounts) between it and the
// thing bought, or a present given to someone ("I want to send my mum a ¤ gift card"). "Order"
// counts as a verb only after a subject or "to" ("my order" is a noun), and "purchase" not after a
// determiner ("my purchase"); "purchases" is left out, as it is mostly a noun.
const GIFTED =
  `mum|mom|mother|dad|father|parents|sister|brother|son|daughter|kids|friend|friends|wife|husband|partner` +
  `|boyfriend|girlfriend|boss|colleague|colleagues|coworkers?|team|staff|employees|nephew|niece|grandson` +
  `|granddaughter|grandkids|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|teacher|clients|him|her|them`;
const PURCHASE = new RegExp(
  String.raw`\b(?:buy|buys|buying|bought|(?<!\b(?:my|the|a|your|this|that|our|his|her|their|any|of) )purchas(?:e` +
    String.raw`|ed|ing)|(?:i|we|to|i'll|we'll|and) order|ordering|ordered|pre-?order(?:s|ed|ing)?|pay(?:s|ing)?(?: (?:an )?(?:extra )?¤)? for` +
    String.raw`|paid(?: (?:an )?(?:extra )?¤)? for|(?:i|we)(?:'d like| would like| want| wish| need| am happy| 'm happy)?` +
    String.raw` to pay (?:the|this|that|my|our)|re-?load(?:s|ed|ing)?|recharg(?:e|es|ed|ing)|top(?:s|ped|ping)? up` +
    String.raw`(?: (?:my|our|the) (?:account|wallet|balance|card))?(?: with)?|get ` +
    String.raw`(?:one|some|a few|them|it) for (?:my|our|a)\b|(?:send|give|gift)(?:s|ing)? (?:(?:my|our|his|her|their) ` +
    String.raw`)?(?:${GIFTED})\b)(?: (?:[\w'-]+|¤)){0,4} $`,
);

// What the writer means to buy later: "I'm planning to get express shipping (¤) on my next order", "I'm
// thinking of upgrading to the ¤ express option next time" (limit-words.json).
const INTENDS_TO_BUY = new RegExp(LIMIT_WORDS.intendsToBuy);

/** Whether the words at `start` name something the writer buys (or bought, or means to buy), not asks for. */
export function isPurchase(text: string, start: number): boolean {
  // The thing's own prefix is part of its name: "buy a ¤ e-voucher" buys a voucher.
  const clause = clauseBefore(text, start)
    .slice(-160)
    .replace(/\b[a-z]-$/, '');
  if (INTENDS_TO_BUY.test(clause)) return true;
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
// "I'd appreciate a refund", "I would really appreciate it if I could get a refund", "I'd be very
// grateful if you would return my $45" ask.
const THANKS = new RegExp(
  String.raw`\b(?:thanks|thank you|thank u|thankyou|thx|ty|cheers` +
    String.raw`|(?<!\b(?:i'd|we'd|would|i'll|we'll|will) be(?: \w+)? )grateful(?! if\b)` +
    String.raw`|(?<!\b(?:i'd|we'd|would|i'll|we'll|will)(?: \w+)? )appreciate(?! (?:it )?if\b)|appreciated|kudos)` +
    String.raw`\b((?: [\w'-]+| ¤){0,8}) $`,
);
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

// The customer offers to pay: "happy to pay the $18", "I'll pay for it", "at my own cost", "can you
// invoice us?".
// Paying part of it ("I'll pay the difference", "…anything over $25") still asks for the rest.
const PAYS = new RegExp(
  String.raw`\b(?:(?:(?:happy|willing|glad|ok|okay|fine|prepared|able) to pay|i(?:'ll| will| can| don't mind` +
    String.raw`| do not mind| am happy to| am willing to)(?: \w+)? pay(?:ing)?)(?! (?:the )?(?:difference|rest|part` +
    String.raw`|half|some|a bit|a little|extra|anything|more|over|above|only)\b)|(?:at|on) my (?:own )?(?:cost` +
    String.raw`|expense|dime)|i(?:'ll| will| can| could| don't mind)(?: \w+)? cover (?:it|that|this|the cost|the ¤|¤)` +
    String.raw`|charge (?:it to )?my card|(?:pay|cover) (?:for )?(?:it|that|this|the [\w-]+|the ¤|¤) (?:myself|ourselves)` +
    // A bill asked for, or a price a piece: "can you invoice our company?", "20 gift cards at $25 each".
    String.raw`|(?:(?:can|could|would|will) you(?: please| just)?|please|kindly) (?:invoice|bill) (?:us|me|our|my)|(?:send|email) (?:us|me)` +
    // The edge after the last word is no "\b": after "i'll cover the ¤." there is no word character either side.
    String.raw` an? (?:invoice|quote|pro ?forma)|at ¤ (?:each|apiece|a piece|per (?:card|voucher|unit)))(?!\w)`,
);

// The thing named, then the writer's purchase of it: "the ¤ gift card I bought for my niece".
const BOUGHT_AFTER =
  /^(?: [\w'-]+)?(?: (?:that|which))? (?:i|we) (?:just |already |recently )?(?:bought|purchased|ordered)\b/;

/** Whether the mention ending at `end` is followed by the writer's purchase of it. */
export function boughtByWriter(text: string, end: number): boolean {
  return BOUGHT_AFTER.test(text.slice(end, end + 60));
}

/**
 * Whether the sentence buys what is named in it: the customer offers to pay. Only what can be
 * bought reads so (express shipping, a gift card or credit): "send a replacement, I'll pay the
 * difference" still asks for the replacement.
 */
export function paysForIt(text: string): boolean {
  return PAYS.test(text);
}

// Someone other than the customer did it, in the past: "your rep already refunded", "they gave me",
// "Maria sent me", "you refunded me", "you approved a $55 refund"; or someone else got it: "my
// friend said she got $40 back". The subject is not the writer ("I"/"we" would be a purchase or
// a report of their own, read elsewhere), and no ask comes between it and the thing done.
const DONE_BY_OTHERS = new RegExp(
  String.raw`\b(?:you|you guys|ye|youse|they|he|she|(?:your|the|an?|one of your) [\w'-]+(?: [\w'-]+)?|[a-z]+)(?: (?:already|just|kindly|` +
    String.raw`also|even|actually|once|then))? (?:gave|sent|emailed|mailed|texted|offered|issued|applied|refunded|credited|` +
    String.raw`waived|added|knocked|honou?red|upgraded|granted|comped|processed|approved|authori[sz]ed|arranged|got|` +
    String.raw`received)(?: (?:me|us|you))?(?: (?:[\w'-]+|¤)){0,4} $`,
);
// The thing named is what was done, said as a past-tense verb: "your rep already refunded ¤…",
// "you refunded me ¤ too much", "your competitor refunded me ¤ for a similar issue".
const DONE_VERB = /^(?:refunded|credited|waived|reimbursed|comped|reversed)\b/;
const DONE_SUBJECT = new RegExp(
  String.raw`\b(?:you|you guys|ye|youse|they|he|she|(?:your|the) (?:rep|agent|team|colleague|` +
    String.raw`manager|supervisor|store|shop|company|staff|driver|courier|bank|competitor|seller|airline|insurer|[\w'-]+ (?:rep|` +
    String.raw`agent|team))(?: [a-z]+)?)(?: (?:already|just|kindly|also|even|actually|` +
    String.raw`once))? $`,
);
// Using what is held: "can I use two $25 vouchers…?", "how do I redeem the gift card?".
const USED_BEFORE =
  /\b(?:use|used|using|redeem|redeemed|redeeming|apply|applying|spend|spent|spending|combine|combining|stack|stacking|check|checking)(?: (?:[\w'-]+|¤)){0,3} $/;
// Held by the writer: "I have a $40 credit on my account", "we've still got two vouchers", "I won a
// $500 voucher".
const HELD_BEFORE = new RegExp(
  String.raw`\b(?:i|we)(?:'ve| have| had| still have| already have)(?: (?:still|already|now))?(?: got)?(?! to\b)` +
    String.raw`(?: (?:a|an|the|some|my|our|this|that|two|three|\d+))?(?: (?:[\w'-]+|¤)){0,2} $|\b(?:i|we) (?:just |recently |already )?` +
    String.raw`(?:won|received|was given|were given)(?: (?:a|an|the|my|our|this|that|two|\d+))?(?: (?:[\w'-]+|¤)){0,2} $`,
);
// Said of something the customer holds or was given: "the ¤ coupon you emailed me", "the refund of ¤ you
// processed on Monday", "the gift card I got for my birthday", "the voucher that came yesterday",
// "…worked perfectly", "…expired".
// "Refund the ¤ please, I got them from the vet": "please" ends the ask, no relative clause follows.
const HELD_AFTER = new RegExp(
  String.raw`^(?: (?!(?:please|pls|plz)\b)(?:[\w'-]+|¤)){0,3}? (?:(?:that|which) )?(?:(?:you|they|your [\w'-]+)(?: (?:already|just))? (?:sent|` +
    String.raw`emailed|mailed|texted|gave|issued|offered|processed|approved|applied|credited|refunded|put through)|(?:i|we)(?: (?:already|just))? (?:got|received|was given|were given` +
    String.raw`|won|bought)|(?:that |which )?(?:worked|expired|expires|expiring|arrived|came|helped|made ` +
    String.raw`my day|was (?:great|lovely|perfect|appreciated)))\b`,
);

// The thing asked, told as done to it (the doneAsPassive gate): "my ¤ refund was approved on the 2nd",
// "the ¤ credit has been issued". Only verbs of granting it: "the ¤ fee was applied twice" tells what
// the waiver is asked for.
const DONE_AS_PASSIVE = new RegExp(
  [
    String.raw`^(?: (?!(?:please|pls|plz)\b)[\w'-]+){0,2}? (?:was|were|has been|have been|had been|'s been|`,
    `got)(?: (?:already|just|finally|actually|all))? (?:approved|issued|processed|granted|authori[sz]ed|`,
    String.raw`confirmed|put through|refunded|credited|waived|sent)\b`,
  ].join(''),
);
// Promised by someone else and told as past (the promised gate): "your rep promised me a ¤ credit last
// week". Asked again for after it ("…and I never got it, can you send it?"), it is asked (isDone).
const PROMISED_BY_OTHERS = new RegExp(
  String.raw`\b(?:you|you guys|they|he|she|(?:your|the|an?|one of your) [\w'-]+(?: [\w'-]+)?)(?: (?:already|also|even|once|then))?` +
    String.raw` promised(?: (?:me|us))?(?: (?:[\w'-]+|¤)){0,4} $`,
);

/**
 * Whether the words from `start` to `end` (a mention of an action) report what was done or what the
 * customer holds, with no ask for it: "your agent gave me a $25 voucher last month", "the $5 off
 * coupon worked perfectly".
 */
export function isReport(text: string, start: number, end: number): boolean {
  const clause = clauseBefore(text, start);
  const cut = clause.slice(-160);
  const lead = DONE_BY_OTHERS.exec(cut);
  // "I'd stay if you gave me a $30 discount" wishes; it reports nothing.
  if (lead && !ASK.test(cut) && !/\b(?:if|unless|would|wish|only)\b/.test(cut.slice(0, lead.index)))
    return !isWriter(lead[0]);
  const promised = reads('promised') ? PROMISED_BY_OTHERS.exec(cut) : null;
  if (promised && !ASK.test(cut) && !/\b(?:if|unless|would|wish)\b/.test(cut.slice(0, promised.index)))
    return true;
  if (USED_BEFORE.test(cut) && !/\b(?:you|please|pls|kindly)\b/.test(cut)) return true;
  if (HELD_BEFORE.test(cut) && !ASK.test(cut)) return true;
  const mention = text.slice(start, end);
  if (DONE_VERB.test(mention) && DONE_SUBJECT.test(cut) && !ASK.test(cut)) return !isWriter(cut.slice(-40));
  const after = text.slice(end, end + 80);
  if (reads('doneAsPassive') && DONE_AS_PASSIVE.test(after) && !ASK.test(clause)) return true;
  return HELD_AFTER.test(after) && !ASK.test(clause);
}

/** "I" or "we" as the one who did it: the writer's own act is not a report of someone else's. */
function isWriter(words: string): boolean {
  return /^(?:\s*)(?:i|we|i've|we've|i'd|we'd)\b/.test(words.trim());
}

// "If I return the $220 coat, how long does the refund take?": the writer's own act as a condition.
const OWN_CONDITION = /\b(?:if|when|once|after) (?:i|we)\b(.*)$/;

// "If I return the $120 boots, will I get store credit or a refund?": a question on what follows
// the writer's own act, asked with no ask ("…, can I get a refund?" asks).
const LEADING_CONDITION = /^(?:[\w']+ )?(?:if|when|once|after) (?:i|we)\b[^,;]{0,160}[,;] /;

/** Whether the words at `start` sit in a condition on the writer's own act, with no ask in it. */
export function isOwnCondition(text: string, start: number): boolean {
  const [from, to] = clauseAround(text, start);
  const m = OWN_CONDITION.exec(text.slice(Math.max(from, start - 160), start));
  if (m) return !ASK.test(`${m[1] ?? ''}${text.slice(start, Math.max(to, start + 40))}`);
  const lead = LEADING_CONDITION.exec(text);
  const main = lead ? text.slice(lead[0].length) : '';
  return !!lead && start >= lead[0].length && main.trimEnd().endsWith('?') && !ASK.test(main);
}

// "Not asking for anything, just letting you know…": the writer says the message asks nothing.
const ASKS_NOTHING = new RegExp(
  String.raw`\b(?:not (?:asking|requesting|looking) for (?:anything|a refund|money|` +
    String.raw`compensation|a discount|credit)|(?:just|only) (?:letting you know|(?:wanted|` +
    String.raw`want) to (?:let you know|say|share|flag|tell you))|no action (?:needed|` +
    String.raw`required)|(?:just|purely) (?:fyi|for your information))\b`,
);

/** Whether the message says of itself that it asks for nothing. */
export function asksNothing(text: string): boolean {
  return ASKS_NOTHING.test(text);
}

// Another seller's price or deal ("Chewy sells it for ¤ less", "your competitor offers ¤ off") and
// a comparison said as the reason to leave ("it's ¤ cheaper elsewhere, so I'm switching") are a
// price-match ask only when the customer asks us to match or lower it, in that sentence or the next:
// "Your competitor offers $25 off first orders. Do you have any promo codes?" asks about codes.
const COMPARISON = /^(?:¤ (?:less|cheaper)|better price)\b/;
const DEAL = /^¤ (?:less|cheaper|off)\b/;
// A seller that is not the writer or us: the verb with no "I", "we" or "you" just before it.
const ELSEWHERE = new RegExp(
  String.raw`(?<!\b(?:i|we|can|could|may|might|will|would|you|u|guys)(?: \w+)? )\b(?:has|have|had|sells?|selling|sold` +
    String.raw`|offers?|offering|offered|gives?|giving|runs?|running|lists?|listed|advertis\w*|is doing|are doing)\b` +
    String.raw`(?: [\w'-]+){0,5}?(?: (?:for|at))?\s*$`,
);
const LEAVING =
  /\b(?:cancel\w*|close|terminate|unsubscribe|switch(?:ing)?(?: to| over)?|leav(?:e|ing)|mov(?:e|ing) to|go(?:ing)? elsewhere|tak(?:e|ing) my business)\b/;
const MATCH =
  /\b(?:(?:price[- ])?match\w*|beat|lower|reduce|same price|do the same|discount|adjust\w*|honou?r)\b/;

/**
 * Whether the discount `mention` (canonical text from the mention on) is another seller's price or
 * a comparison given as the reason to leave, with no ask to match it in `sentence` or `next`.
 */
export function othersPriceOnly(mention: string, before: string, sentence: string, next: string): boolean {
  const matchAsked = [sentence, next].some(
    (text) => MATCH.test(text) && (ASK.test(text) || /\bmatch/.test(text)),
  );
  if (matchAsked) return false;
  if (DEAL.test(mention) && ELSEWHERE.test(before)) return true;
  return COMPARISON.test(mention) && LEAVING.test(`${sentence} ${next}`);
}

// Paid back by someone else, for whom the writer needs a paper: "…as my office requires it for
// reimbursement", "my employer reimburses me once I send the receipt".
const THIRD_PARTY = new RegExp(
  String.raw`\b(?:my|our|the) (?:office|employer|company|work|workplace|insurer|insurance(?: company)?|boss|firm|` +
    String.raw`finance (?:team|department)|accounts (?:team|department)|hr|school|university|client)s? (?:requires?|needs?|` +
    String.raw`wants?|asks? for|will|would|only|reimburses?|pays?)\b(?: (?:[\w'-]+|¤)){0,5} $`,
);

// Someone else will do it: "can I transfer it to my brother's name? He'll pay me back directly", "my
// dad is going to reimburse me" (limit-words.json).
const OTHERS_WILL_DO = new RegExp(LIMIT_WORDS.othersWillDo);

/**
 * Whether the mention at `start` is what a third party (an employer, an insurer, a relative or friend)
 * does for the writer, not what the writer asks of us.
 */
export function byThirdParty(text: string, start: number): boolean {
  const before = clauseBefore(text, start).slice(-160);
  return THIRD_PARTY.test(before) || OTHERS_WILL_DO.test(before);
}
