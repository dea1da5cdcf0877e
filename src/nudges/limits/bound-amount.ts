// Whether an amount in a customer's message is bound to an ask by the structure of the sentence, not
// only by standing near it. An amount counts for an ask when it is the ask's own: inside the words the
// lexicon read ("a ¤ credit", "¤ back"), the ask's object ("refund the ¤", "waive the ¤ fee", "a refund of
// ¤", "credit my account with ¤"), an amount said before the ask's participle in the same clause ("the ¤
// fee removed"), or the value of a form field that asks ("Refund amount: ¤"). Another clause (a comma, a
// "because", a relative clause with its own subject or verb of price: "a refund for the lamp I bought for
// ¤") or another sentence does not bind them: the engine stays quiet then.
//
// Over canonical sentence text (normalize.ts; money is "¤").

import { NUMBER_WORDS } from '../text/number-words';
import { binding, reads } from './binding-settings';

/** Words that end a clause or start another between an ask and an amount. */
const BREAK = /[,;:()–—.!?]|\s-\s|^-\s|\s-$/;

/**
 * Words between an ask and its object that keep them in one phrase: articles, possessives, the
 * recipient, prepositions of an amount, and words that say how much of it.
 */
const OBJECT_WORD = new Set(
  (
    'me us him her the my our a an that this those these your his their its back for of worth with to in into ' +
    'onto on about around approximately roughly only just another extra full partial additional other remaining ' +
    'whole entire amount sum rest total remainder difference money cash credit store account card refund balance ' +
    'original payment method please pls kindly at least minimum maximum off'
  ).split(' '),
);

/**
 * Words that start a clause of their own between an ask and an amount, or make the amount a price: a
 * subject, a verb of paying or costing, a relative word.
 */
const CLAUSE_WORD = new Set(
  (
    "i you we he she they it there i'm you're we're it's that's which who whose when where after before " +
    'since because as if unless though although while until whereas paid pay pays paying cost costs costing ' +
    'spent spend spending charged charge charges billed bill priced price prices was were is are be been being ' +
    'bought buy buying purchased purchase ordered order each per every apiece a-month monthly yearly annually ' +
    'weekly daily plus and or but then also when'
  ).split(' '),
);

// How many words may stand between an ask and its amount: `maxContent` content words and `maxGap` words
// in all after the ask ("waive the late ¤", "refund the shipping ¤"), `maxGapAfter` between an amount
// and the ask's word after it ("the ¤ late fee removed", "¤ in store credit"); binding-settings.ts.

function words(gap: string): string[] {
  return gap.trim().split(/\s+/).filter(Boolean);
}

/** Whether the words between an ask and the amount after it keep the amount as the ask's object. */
// An amount in apposition after the ask's object: "refund the extra seat, ¤", "my money back, the ¤
// please", "half of the price back, so ¤"; with the whole reading, "all of it, the full ¤", "back- ¤".
const APPOSITION = new RegExp(
  [
    String.raw`^(.*?)(?:[,.:]|\s?\(|\s-) ?(?:(?:the|so|that's|namely|exactly|maybe|perhaps|say|like|around|about|`,
    `quote was|quoted at|(?:it|they|which) (?:was|were|is|are|cost|costs)(?: me)?(?: only| just| about)?|`,
    `it's|they're|that's) )?$`,
  ].join(''),
);
const WHOLE_APPOSITION = new RegExp(
  [
    String.raw`^(.*?)(?:[,.:]|\s?\(|\s?-) ?(?:(?:the|so|that's|namely|exactly|(?:it|they|which) (?:was|were|is|`,
    `are)|it's|that's) )?(?:(?:the )?(?:full|whole|entire|total|complete)(?: (?:amount|sum|price|total|`,
    `refund|cost))?(?: of)? )?$`,
  ].join(''),
);

// The whole of it said as the object: "refund all of it, the full ¤".
const ALL_OF_IT = /^ (?:all of (?:it|them)|it all|them all|everything|the lot)\b/;

// The price named as the object, the amount its complement: "refund the purchase price of ¤", "the full
// price of ¤ back" (the priceOfObject reading).
const PRICE_OF =
  /^(?: (?:me|us))? (?:the|my) (?:(?:full|original|whole|purchase|total|ticket|item) )*(?:price|cost) of $/;

// A floor the customer puts forward: "a refund of no less than ¤" (the floor reading, ask-amounts.ts).
const FLOOR_GAP = / (?:no|not|nothing) less than $/;

function objectGap(gap: string): boolean {
  if (reads('priceOfObject') && PRICE_OF.test(gap)) return true;
  if (reads('floor') && FLOOR_GAP.test(gap)) return objectGap(gap.replace(FLOOR_GAP, ' '));
  if (reads('whole') && ALL_OF_IT.test(gap)) return objectGap(gap.replace(ALL_OF_IT, ''));
  const apposition = APPOSITION.exec(gap) ?? (reads('whole') ? WHOLE_APPOSITION.exec(gap) : null);
  if (apposition) return objectGap(apposition[1] ?? '');
  if (BREAK.test(gap)) return false;
  const list = words(gap);
  if (list.length > binding().maxGap) return false;
  let content = 0;
  for (const word of list) {
    if (word === '¤' || CLAUSE_WORD.has(word)) return false;
    if (!OBJECT_WORD.has(word)) content++;
  }
  return content <= binding().maxContent;
}

/** Whether the words between an amount and the ask after it keep them in one phrase. */
function modifierGap(gap: string): boolean {
  if (BREAK.test(gap)) return false;
  const list = words(gap);
  return list.length <= binding().maxGapAfter && list.every((word) => word !== '¤' && !CLAUSE_WORD.has(word));
}

// What comes just before an amount that makes it a price, a total or something held: "I paid ¤", "it
// cost ¤", "my balance is ¤", "a total of ¤", "tax of ¤".
const PRICE_BEFORE = new RegExp(
  [
    String.raw`\b(?:paid|pay|cost|costs|costing|spent|spend|charged|billed|priced|price|prices|was|were|is|are|`,
    `totall?ed|totals?|totalling|totaling|subtotal|balance|tax|taxes|vat|tip|tips|gratuity|deposit of|`,
    `worth of goods|bought|purchased|ordered)(?: (?:at|of|for|me|us|about|around|only|just|over|nearly|`,
    `almost))* $`,
  ].join(''),
);

// What comes just after an amount that makes it a price a piece, per period or a total: "¤ each", "¤ a
// month", "¤ total".
const PRICE_AFTER =
  /^ (?:each(?! time)|apiece|a piece|per\b|a (?:month|year|week|day|night|head|person|ticket|seat)\b|\/|monthly|yearly|annually|weekly)/;
const PER_PERIOD =
  /^ (?:per (?:month|year|week|day)\b|a (?:month|year|week|day)\b|\/|monthly|yearly|annually|weekly)/;
const TOTAL_AFTER =
  /^ (?:total\b|in total\b|altogether\b|all in\b|plus\b|incl|including\b|with tax\b|before tax\b|after tax\b)/;

/**
 * Whether the amount at `pos` is bound to the ask at [start, end) of the same canonical sentence
 * `text`.
 */
export function boundToAsk(text: string, start: number, end: number, pos: number): boolean {
  // Read into the ask's own words: "a ¤ credit", "¤ back", "waive the ¤ fee".
  if (pos >= start && pos < end) return true;
  const before = text.slice(Math.max(0, pos - 40), pos);
  const after = text.slice(pos + 1, pos + 30);
  // A price a piece or per period, or a total, is not the ask's amount unless the ask's words hold it.
  // "refund the jacket I paid ¤ for" is kept out by its subject; "refund the ¤ I paid" and "refund the
  // total of ¤" keep the amount as the ask's object, taken whole.
  // A price a piece said with the ask is multiplied by the count it names (ask-amounts.ts, timesEach).
  if (pos >= end) return objectGap(text.slice(end, pos)) && !PER_PERIOD.test(after);
  if (reads('onAccount') && onAccount(before, text.slice(pos + 1, start))) return true;
  if (PRICE_AFTER.test(after) || PRICE_BEFORE.test(before) || TOTAL_AFTER.test(after)) return false;
  if (reads('paidBack') && PAID_BEFORE_ASK.test(text.slice(pos + 1, start)) && OWN_MONEY.test(before))
    return true;
  return modifierGap(text.slice(pos + 1, start));
}

// What was paid, asked back: "we need the ¤ we paid refunded", "I want the ¤ I paid for it returned" (the
// paidBack reading). The amount is the money itself, the clause of paying only says whose it is.
const PAID_BEFORE_ASK =
  /^ (?:that |which )?(?:i|we)(?: (?:already|originally))? (?:paid|spent)(?: (?:for|on) (?:it|them|this|that|(?:the|my|our) [\w-]+))? $/;
const OWN_MONEY = /\b(?:the|my|our|all the|all my) $/;

// Credit put on the account: "put the ¤ on my account as store credit", "I'd like the ¤ for that lesson
// put on my account as credit". The amount is the object of putting; the account and the credit word
// follow it.
const PUT_BEFORE = /\b(?:put|add|load|apply|place|stick|move)(?: (?:the|that|this|my|those|these))? $/;
const ON_ACCOUNT = new RegExp(
  String.raw`^(?: for (?:the|that|this|my|those|these) [\w-]+(?: [\w-]+)??)?(?: (?:put|added|applied|loaded|placed|moved))?` +
    String.raw` (?:on|onto|to|into) (?:my|our|the) (?:account|balance|wallet)(?: as(?: (?:a|an))?)?(?: (?:store|account|shop|future))? $`,
);

const PUT_IN_GAP = /\b(?:put|added|applied|loaded|placed|moved) (?:on|onto|to|into)\b/;

/** Whether the amount before a credit ask is what the customer asks put on the account. */
function onAccount(before: string, gap: string): boolean {
  return ON_ACCOUNT.test(gap) && (PUT_IN_GAP.test(gap) || PUT_BEFORE.test(before));
}

// A form's field that gives the amount asked: "Refund amount: ¤", "Amount requested: ¤", "Credit
// requested: ¤"; not a price, a total or what was paid.
const AMOUNT_FIELD =
  /^(?:[a-z]+ ){0,3}(?:amount|sum|value|requested|claimed|claim|refund|credit)(?: [a-z]+){0,3}:? ¤$/;
const PRICE_FIELD =
  /\b(?:paid|price|cost|total|subtotal|balance|charged|order|tax|shipping|fee|each|item|unit|invoice|bill)\b/;

/** Whether a whole sentence is a form field with the amount asked ("Refund amount: ¤"). */
export function amountField(text: string): boolean {
  const t = text.replace(/[.!]+$/, '').trim();
  if (!AMOUNT_FIELD.test(t)) return false;
  const label = t.slice(0, t.lastIndexOf('¤'));
  return !PRICE_FIELD.test(label);
}

// The thing an ask takes whole, named with its amount elsewhere in the message: a fee a waiver asks off
// ("a ¤ 'convenience fee'… please waive the convenience fee", "late fee ¤, pls waive"), the price of the
// faster shipping an upgrade asks for free ("please send it overnight at your cost. Overnight is ¤"), a
// charge a refund asks back ("you still took this month's ¤. Refund it please.").
const FEE_NOUN = String.raw`(?:fee|fees|charge|surcharge|penalty|fine|levy)`;
const SHIP_NOUN = String.raw`(?:overnight|express|expedited|next-day|same-day|2-day|two-day|priority|rush|courier|freight|upgrade|upgrading|shipping|delivery)`;
const LINK = [
  `(?: (?:of|is|was|came to|comes to|at|for|would be|will be|costs?|runs?|listed|quoted|priced|shown|`,
  String.raw`showing|advertised|=)){0,3}:?(?: (?:about|around|only|just|another|an extra|extra))? \(?`,
].join('');

const THING_BEFORE: Record<string, RegExp> = {
  'fee-waiver': new RegExp(
    String.raw`\b${FEE_NOUN}\b(?: (?!(?:i|you|we|but|and|so|because|which|that)\b)[\w'-]+){0,4}?${LINK}$`,
  ),
  expedite: new RegExp(
    String.raw`\b${SHIP_NOUN}\b(?: (?!(?:i|you|we|but|and|so|because|which|that|paid|pay)\b)[\w'-]+){0,5}?${LINK}$` +
      String.raw`|\b(?:it's|it is|that's|that is|which is|quoted at|quote (?:was|is)|the upgrade's)(?: (?:only|just|about|around))? \(?$`,
  ),
  // A refund that names no thing of its own takes back what was charged or paid for the order whole: "you
  // still took this month's ¤. Refund it please.", "I paid ¤ for these headphones… Refund please."
  refund: new RegExp(
    [
      String.raw`\b(?:charged|billed|took|taken|debited|deducted|overcharged|charging|billing|paid|was|were|cost|`,
      `costs|came to|total was|totalled|totaled|overcharged by|charges? of|it's the|it is the|(?:bought|`,
      `ordered|got|purchased)(?: (?:it|them|this|these))? for|bought|ordered|purchased|return|returned|`,
      `returning|total|totals|order total|still out|excess of)(?: (?:me|us|my card|my account|my bank|`,
      `twice|again|by|only|just|about|around))*,?(?: (?:this month's|last month's|another|an extra|a|an|`,
      String.raw`the|my))? \(?$|[a-z] ?\( ?$`,
    ].join(''),
  ),
};
const THING_AFTER: Record<string, RegExp> = {
  'fee-waiver': new RegExp(String.raw`^'?(?: '?[\w'-]+){0,3} '?${FEE_NOUN}\b`),
  expedite: new RegExp(String.raw`^(?: (?:for|to))?(?: the)?(?: [\w'-]+)? ${SHIP_NOUN}\b`),
  refund:
    /^ (?:charge|debit|payment|transaction|deduction|one|model|version|total|came out|went out|was taken|taken|twice)\b/,
};

const PRICED_THING = /(?:^|\b(?:the|my|our|this|that)) $/;
const THING_NAMED =
  /^ (?!(?:on|to|for|in|into|back|off|from|as|at|and|or|please|now|each|per|a|an|the|i|you|we|is|was)\b)[a-z][\w-]*/;

/** Whether the amount at `pos` in `text` is the amount of the thing an ask of `action` takes whole. */
export function thingAmount(action: string | undefined, text: string, pos: number): boolean {
  if (!action) return false;
  const before = THING_BEFORE[action];
  const after = THING_AFTER[action];
  const raw = text.slice(Math.max(0, pos - 60), pos);
  // "fee( ¤": a parenthesis attached to the word before reads as a space, or as itself.
  const near = raw.replace(/ ?\( ?$/, ' ');
  if (before?.test(raw)) return true;
  if (PRICE_AFTER.test(text.slice(pos + 1, pos + 30))) return false;
  if (before?.test(near) || after?.test(text.slice(pos + 1, pos + 40))) return true;
  // A thing named with its price for a refund that names none: "The ¤ heater is dead", "the ¤ fee was
  // taken by mistake".
  return action === 'refund' && PRICED_THING.test(near) && THING_NAMED.test(text.slice(pos + 1, pos + 40));
}

// What a refund asks back when it names no thing of its own: "refund it please", "refund please", "refund
// the charge", "I want my money back or a new one", "a refund, not a reship", "a refund for order 55123".
const REFUND_OBJECT = new RegExp(
  [
    `^(?: (?:me|us))?(?: back)?(?: (?:it|that|this|them|the same|that one|the (?:second|duplicate|double|`,
    `extra|other) (?:charge|payment)|the charge|the payment|the amount|the money|that charge|this charge|`,
    `the full amount|the whole amount|the full price|my money|the whole thing|everything|all of it|one|`,
    `one of them|one of those|the duplicate|the double charge|the extra one|the second one|(?:my|the|`,
    `this|that|our)(?: whole| entire)? (?:order|purchase|booking|subscription)))?`,
  ].join('') +
    String.raw`(?: (?:back|please|pls|plz|asap|now|today|in full|immediately|to my card|to my account|on my card|possible|available))*` +
    String.raw`(?:[.!?]|$|,? (?:or|not|instead)\b|,? for (?:(?:my |the |this |that )?order\b|it\b|this\b|that\b|them\b))`,
);
// A pronoun object ended by a comma or a semicolon, another clause after it: "please refund it, I'll pay
// on the day" (not "refund it, but only…").
const IT_THEN_CLAUSE =
  /^(?: (?:me|us))?(?: back)? (?:it|that|this|them)(?: (?:back|please|pls|in full))*[,;] (?!(?:but|only|except|minus|less|just|apart|partly|part|half)\b)/;

/** Whether a refund ask names no thing of its own, so it may take the price or charge said before, whole. */
export function refundsWhatWasSaid(text: string, end: number): boolean {
  const after = text.slice(end);
  return REFUND_OBJECT.test(after) || (reads('itComma') && IT_THEN_CLAUSE.test(after));
}

// A part of what was bought is named between the price and the ask: "my order came to ¤ and one of the
// jars was smashed… a refund for that", "5 items, ¤ total. The two mugs were smashed". The whole's price is
// not the part's.
const A_PART = new RegExp(
  [
    String.raw`\b(?:one|two|three|four|five|some|several|a few|half|part|most|\d+) of (?:the|them|those|these|my|`,
    String.raw`our|it)\b|\b(?:the|those|these) (?:broken|damaged|missing|faulty|smashed|cracked|wrong) ones?\b|`,
    String.raw`\b(?:one|two|three|four|five|\d+) (?:of them )?(?:were|was|are|is|arrived|came) (?:broken|damaged|`,
    String.raw`missing|faulty|smashed|cracked|wrong)\b`,
  ].join(''),
);

/** Whether `text`, the words between a price and the ask, names a part of the thing priced. */
export function namesAPart(text: string): boolean {
  return A_PART.test(text);
}

// An amount charged more than once, or said as a charge: "one of those" takes one charge, not a part.
const A_CHARGE =
  /\b(?:charged|billed|debited|took|taken|charges? of|payments? of)(?: (?:me|us|my card|my account|twice|again))*(?: (?:a|an|the))? $|^ (?:twice|two times|each time|came out twice)\b/;

/** Whether the amount at `pos` is a charge (each of several charges is that amount). */
export function isCharge(text: string, pos: number): boolean {
  return (
    A_CHARGE.test(text.slice(Math.max(0, pos - 50), pos)) || A_CHARGE.test(text.slice(pos + 1, pos + 30))
  );
}

// A price a piece or per period: "¤ each", "¤ a unit", "¤ per ticket", "¤ a month", "¤ every month".
const UNIT_PRICE = /^ (?:each(?! time)|apiece|a piece|(?:a|per|an|every|for each) ([a-z]+)|\/ ?([a-z]+))\b/;
// With the listed reading, a charge said over the last periods: "charged ¤ for the last two months".
const OVER_PERIODS =
  /^ (?:for|over|in) (?:each of )?(?:the )?(?:last|past|previous) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (months|weeks|years|days)\b/;

/** The unit of a price a piece or per period (`each` when none is named), or undefined. */
export function unitOf(text: string, pos: number): string | undefined {
  const m = UNIT_PRICE.exec(text.slice(pos + 1, pos + 30));
  if (!m) return reads('listed') ? OVER_PERIODS.exec(text.slice(pos + 1, pos + 50))?.[1] : undefined;
  return m[1] ?? m[2] ?? 'each';
}

const COUNTS: Readonly<Record<string, number>> = { both: 2, ...NUMBER_WORDS };
// The count an ask takes: "refund me for the 14 tubs", "refund all six months", "those two months", "the 4
// tickets", "refunded for all 60 units".
const ASKED_COUNT = new RegExp(
  String.raw`^(?: (?:me|us))?(?: (?:for|on))?(?: (?:all|the|those|these|my|our|the last|the past|all the|all of the|for all))*` +
    String.raw` (\d+|both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: ([a-z]+)|(?=[.!?,]|$))`,
);
const stem = (word: string) => word.replace(/(?:es|s)$/, '');

/**
 * The number of units an ask takes, when it names them right after its words ("refund all six months")
 * and they are the unit of the price (`unit`, or any for a price "each").
 */
export function countAsked(text: string, end: number, unit: string): number | undefined {
  const m = ASKED_COUNT.exec(text.slice(end, end + 60));
  if (!m) return undefined;
  const n = COUNTS[m[1] ?? ''] ?? Number(m[1]);
  // "Refund me for those 8": the count alone takes the price a piece.
  if (!m[2]) return n > 1 && unit === 'each' ? n : undefined;
  const noun = stem(m[2]);
  if (!(n > 1) || (unit !== 'each' && stem(unit) !== noun && !(unit === 'unit' && noun === 'unit')))
    return undefined;
  return n;
}

// A sentence that only puts an amount forward, next to an ask: "Could I have a goodwill voucher? ¤ would
// cover my costs.", "Maybe ¤?", "Refund. ¤. Now.", "I want compensation. ¤ at least."
const PUT_FORWARD = new Set(
  (
    'maybe even just at least around about say like please pls now would will help be do fair cover my costs ' +
    "enough reasonable ok okay every cent in full only is that's all total right away today asap perhaps " +
    'something or so thanks thank you'
  ).split(' '),
);

/** Whether a whole sentence only puts an amount forward ("¤ would be fair", "Maybe ¤?"). */
export function putForward(text: string): boolean {
  const list = words(text.replace(/[.,!?;:()-]+/g, ' '));
  return list.filter((w) => w === '¤').length === 1 && list.every((w) => w === '¤' || PUT_FORWARD.has(w));
}
