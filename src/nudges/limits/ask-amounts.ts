// The amount that goes with each ask: in its own sentence, the item it names, the nearest sentence,
// else the other field; never a bound ("up to $50"), a price of something else, or an amount another
// action's ask claims.

import { type AmountRole, amountFits, amountFitsApart, amountRole } from '../amounts/amount-object';
import type { AmountSpan } from '../amounts/amounts';
import { isConditional } from '../text/cues';
import type { Doc, Sentence } from '../text/document';
import type { Ask } from './asks';
import { binding, reads } from './binding-settings';
import {
  amountField,
  boundToAsk,
  countAsked,
  isCharge,
  namesAPart,
  putForward,
  refundsWhatWasSaid,
  thingAmount,
  unitOf,
} from './bound-amount';

function gap(ask: Ask, pos: number): number {
  if (pos >= ask.end) return pos - ask.end;
  if (pos < ask.start) return ask.start - pos - 1;
  return 0;
}

/**
 * Amounts another action claims: "$10 off" belongs to the discount, not to the refund beside it.
 * Built once per ask (a long message has many asks and amounts in one sentence).
 */
function claimsOf(asks: Ask[], ask: Ask): (span: AmountSpan) => boolean {
  const rivals = asks.filter(
    (other) => other !== ask && other.action !== ask.action && other.sentence === ask.sentence,
  );
  if (rivals.length === 0) return () => false;
  const positions = new Map(ask.sentence.amounts.map((a) => [a.span, a.pos]));
  return (span) => {
    const pos = positions.get(span);
    return pos !== undefined && rivals.some((other) => pos >= other.start && pos < other.end);
  };
}

const COMPARED = /\b(?:over|above|more than|under|below|less than|exceeds?|up to|beyond)\s*$/;

// A customer's "up to ¤", "over ¤" names a bound or a policy ("can you guys give up to $50 in credit?",
// "refunds over $100"), not the amount asked for; in a draft only an if-clause makes it one.
function isBound(text: string, pos: number, field: Doc['field']): boolean {
  const before = text.slice(Math.max(0, pos - 40), pos);
  if (field === 'text' && reads('floor') && floorPut(before, text.slice(pos + 1))) return false;
  return (
    (field === 'text' || isConditional(text, pos) || GENERIC.test(before)) && COMPARED.test(before.slice(-16))
  );
}

// A floor the customer puts forward is the least asked, judged at it: "a refund of no less than ¤", "anything
// over ¤ in store credit would be fair" (the floor reading); "refunds over ¤ need a manager?" is a policy.
const FLOOR_BEFORE = /\b(?:no|not|nothing) less than\s*$/;
const ANYTHING_OVER = /\b(?:anything|something) (?:over|above|more than)\s*$/;
const WOULD_DO = new RegExp(
  [
    String.raw`\b(?:would|will|'d|'ll) (?:be )?(?:fair|acceptable|ok|okay|reasonable|fine|enough|do|work|be fair|`,
    String.raw`be ok|be okay|be acceptable|be reasonable|be fine)\b|\b(?:i|we)(?:'d| would|'ll| will) (?:accept|`,
    String.raw`take|be happy with)\b`,
  ].join(''),
);

function floorPut(before: string, after: string): boolean {
  return FLOOR_BEFORE.test(before) || (ANYTHING_OVER.test(before) && WOULD_DO.test(after.slice(0, 80)));
}

// A policy said of a kind of thing in a draft: "I can't approve refunds over $500", "anything above ¤".
const GENERIC = new RegExp(
  String.raw`\b(?:refunds|credits|vouchers|fees|orders|amounts|items|purchases|discounts|waivers|claims|anything|everything)` +
    String.raw` (?:of |worth )?(?:over|above|more than|under|below|less than|exceeding|beyond|up to)\s*$`,
);

// Whose amount it is (amount-object.ts): "My order was $200, could I get some credit?", "my $29.99
// monthly plan… send a replacement": a price of something else is not the amount asked for.
function roles(docs: Doc[]): Map<AmountSpan, AmountRole> {
  return new Map(
    docs.flatMap((doc) =>
      doc.sentences.flatMap((s) =>
        s.amounts.map((a): [AmountSpan, AmountRole] => [a.span, amountRole(s.text, a.pos)]),
      ),
    ),
  );
}

// What another party charged: "my bank charged me a ¤ overdraft fee because you billed me twice" is the
// bank's fee, not the amount of the charge asked back from us.
const OTHERS_CHARGE = new RegExp(
  String.raw`\b(?:my|the|our|his|her|their) (?:bank|card issuer|card company|credit union|building society|landlord|employer|insurer)s?` +
    String.raw` (?:charged|took|deducted|debited|billed|fined)(?: (?:me|us|him|her|them))?(?: (?:a|an|another|the))?(?: [\w-]+)? $`,
);

/** Amounts that are bounds in an if-clause ("I'll pay the difference if it's over $25") or another party's charge, not asks. */
function bounds(docs: Doc[]): Set<AmountSpan> {
  return new Set(
    docs.flatMap((doc) =>
      doc.sentences.flatMap((s) =>
        s.amounts
          .filter(
            (a) =>
              isBound(s.text, a.pos, doc.field) ||
              OTHERS_CHARGE.test(s.text.slice(Math.max(0, a.pos - 80), a.pos)),
          )
          .map((a) => a.span),
      ),
    ),
  );
}

/** Whether `span` is the price of another thing than the item a refund names. */
type Elsewhere = (span: AmountSpan, item: string[]) => boolean;

/** Whether `span` can be the amount of `ask`; `apart` when it is in another sentence or field. */
type Fits = (ask: Ask, span: AmountSpan, apart?: boolean) => boolean;

// The item a refund names: "a refund for the blender", "refund that mug", "my money back for the
// jacket"; its price is the amount, not another item's beside it ("a blender ($89) and a set of
// knives ($140)… I'd like a refund for the blender").
const NAMED_ITEM =
  /^(?: (?:me|us|it))?(?: back)?(?: (?:for|on|of))? (?:the|that|this|my|our|those|these) ([a-z][a-z-]{2,})(?: ([a-z][a-z-]{2,}))?/;
const OBJECT_INSIDE = /^ (?:the|that|this|my|our|those|these) ([a-z][a-z-]{2,})(?: ([a-z][a-z-]{2,}))?/;
// A charge's qualifier names no item ("the duplicate charge"), nor do words of money or quantity.
const QUALIFIERS = 'duplicate|double|extra|second|additional|wrong|incorrect';
const NO_THING =
  'order|orders|purchase|amount|money|charge|charges|payment|difference|whole|full|rest|same|please|entire|total|' +
  'thing|things|lot|stuff|one|ones|price|cost|balance|bill';
const NOT_AN_ITEM = new RegExp(`^(?:${QUALIFIERS}|${NO_THING})$`);
const RETURNED_ITEM =
  /\breturn(?:s|ed|ing)? (?:the|that|this|my|our|those|these) ([a-z][a-z-]{2,})(?: ([a-z][a-z-]{2,}))? for (?:a|my|the|full)?\s*(?:[\w-]+ )?$/;
const stem = (word: string) => word.replace(/(?:es|s)$/, '');

/** The words that may name the item a refund asks for (a noun, or an adjective and a noun). */
function itemNamed(ask: Ask): string[] {
  if (ask.action !== 'refund') return [];
  // Or named before it: "I'm returning the dog harness for a refund".
  // The lexicon may read the thing into the mention itself: "reverse the duplicate charge".
  const inside = ask.sentence.text.slice(ask.start, ask.end).replace(/^\S+/, '');
  const m =
    OBJECT_INSIDE.exec(inside) ??
    NAMED_ITEM.exec(ask.sentence.text.slice(ask.end)) ??
    RETURNED_ITEM.exec(ask.sentence.text.slice(Math.max(0, ask.start - 80), ask.start));
  return [m?.[1], m?.[2]].filter((w): w is string => !!w && !NOT_AN_ITEM.test(w)).map(stem);
}

// A pasted receipt's line, its label ended by dot leaders and its amount read as a sentence of its own:
// "Outdoor cushion set (grey) ... $39.99". A line of a total, a tax or a fee is no item's price.
const LEADERS = /[a-z0-9)\]"'] ?\.{3,}$/;
const AMOUNT_ALONE = /^¤[.!]?$/;
const TOTAL_LINE =
  /\b(?:total|subtotal|sub-total|tax|taxes|vat|shipping|delivery|postage|discount|fee|tip|balance|paid|due)\b/;

/** The label of a receipt line whose amount is the sentence `s`, or undefined when `s` is no such line. */
export function receiptLabel(doc: Doc, s: Sentence): string | undefined {
  const label = doc.sentences[s.index - 1]?.text;
  return AMOUNT_ALONE.test(s.text) && label && LEADERS.test(label) ? label : undefined;
}

// The whole of a thing asked back ("refund the whole booking", "the entire order"), and a price a piece
// said within a few words after an amount ("¤ booking fee per ticket", "¤ each").
const WHOLE_ASKED = /^(?: (?:me|us))?(?: (?:for|on))? (?:the|my|our|this|that) (?:whole|entire|full)\b/;
const A_UNIT_PRICE =
  /^(?: [a-z][\w-]*){0,3} (?:per [a-z]+|each|apiece|a piece|a (?:ticket|seat|head|person|night))\b/;

/** With the lineItem reading, the one receipt line whose label names the item ("the cushion line" → its line). */
function linePrice(item: string[], doc: Doc, free: (span: AmountSpan) => boolean): AmountSpan | undefined {
  if (!reads('lineItem')) return undefined;
  const lines = doc.sentences.flatMap((s) => {
    const label = receiptLabel(doc, s);
    const span = s.amounts[0]?.span;
    if (!label || !span || TOTAL_LINE.test(label)) return [];
    const words = (label.match(/[a-z][a-z-]+/g) ?? []).map(stem);
    return item.some((word) => words.includes(word)) ? [span] : [];
  });
  const only = lines.length === 1 ? lines[0] : undefined;
  return only && free(only) ? only : undefined;
}

/** The amount written beside the item named: "a blender( ¤)", "the ¤ blender". */
function priceOf(
  item: string[],
  doc: Doc,
  free: (span: AmountSpan) => boolean,
  whole = false,
): AmountSpan | undefined {
  if (item.length === 0) return undefined;
  const line = linePrice(item, doc, free);
  if (line) return line;
  for (const sentence of doc.sentences) {
    for (const { span, pos } of sentence.amounts) {
      if (whole && A_UNIT_PRICE.test(sentence.text.slice(pos + 1, pos + 40))) continue;
      const before = sentence.text.slice(Math.max(0, pos - 24), pos).match(/[a-z][a-z-]+/g) ?? [];
      const after = sentence.text.slice(pos + 1, pos + 30).match(/[a-z][a-z-]+/g) ?? [];
      // "the ¤ jacket", "jacket (¤)", "¤ for the jacket".
      const named = after[0] === 'for' ? after.slice(0, 3) : after.slice(0, 1);
      const near = [...before.slice(-2), ...named].map(stem);
      // Shipping said as "express", "delivery" or "postage" is one thing.
      const things = near.map(sameThing);
      if (item.some((word) => near.includes(word) || things.includes(sameThing(word))) && free(span))
        return span;
    }
  }
  return undefined;
}

// The thing an amount is the price of, when the words around it name one: "my order was ¤", "two
// lamps for ¤", "¤ on the party order" ("my ¤ order" is the role's `modifies`).
const THING_BEFORE =
  /\b(?:the|my|our|a|an|this|that|two|three|four|\d+)((?: [a-z][\w-]*){1,3}) (?:was|were|is|are|cost|costs|came to|comes to|totall?ed|for)(?: (?:about|around|only|just|over))? $/;
const THING_AFTER =
  /^(?: [a-z][\w-]*)?? (?:on|for)(?: (?:the|my|our|a|an|two|three|four|\d+))?((?: [a-z][\w-]*){1,3})/;

// "Total ¤", "a total of ¤", "order total: ¤".
const TOTAL_OF =
  /\b(?:total|totals|totalling|totaling|subtotal|grand total)(?: (?:of|is|was|came to|comes to))?:? $/;

// Words that name no thing of their own ("it was $95 for the two"), and the names of one thing:
// shipping said as "express", "delivery" or "postage".
const NOT_A_THING =
  /^(?:two|three|four|both|all|each|them|it|one|ones|and|or|of|with|lot|total|whole|month|year|week|day)$/;
const SHIPPING =
  /^(?:shipping|delivery|postage|express|courier|overnight|next-day|faster|priority|upgrade|post)$/;
const sameThing = (word: string) => (SHIPPING.test(word) ? 'shipping' : stem(word));

/**
 * Whether the amount at `pos` is the price of a thing other than `item`, the one the refund names:
 * "My order was $180…. Could you refund the delivery charge?" asks for the charge, not the $180.
 */
function pricesOther(text: string, pos: number, modifies: string, item: string[]): boolean {
  // A phrase's head is its last word: "the ¤ barista mug set" is a set, not a mug. A total is the
  // whole order's ("5 items, ¤ total… a refund for the broken ones").
  const named = [
    modifies.split(' ').pop() ?? '',
    TOTAL_OF.test(text.slice(Math.max(0, pos - 24), pos)) || TOTAL.test(text.slice(pos + 1)) ? 'order' : '',
    THING_BEFORE.exec(text.slice(Math.max(0, pos - 60), pos))?.[1] ?? '',
    THING_AFTER.exec(text.slice(pos + 1, pos + 60))?.[1] ?? '',
  ]
    .join(' ')
    .match(/[a-z][a-z-]+/g)
    ?.filter((word) => !NOT_A_THING.test(word))
    .map(sameThing);
  return !!named?.length && !named.some((word) => item.map(sameThing).includes(word));
}

// A part of something asked for: "could you refund part of it?", "a partial refund", "some of the
// money back". The price of the whole is not the amount of the part.
const PART_AFTER =
  /^(?: (?:me|us))? (?:part|some|a bit|a little|a portion|a fraction|a share)(?: (?:of|back)\b|[,.!?]|$)/;
const PART_BEFORE = /\b(?:partial|part|some of the|some of my|a bit of (?:a|the|my)) $/;

/** Whether `ask` is for a part of a thing whose amount is not said with it. */
function partAsked(ask: Ask): boolean {
  const text = ask.sentence.text;
  return (
    PART_AFTER.test(text.slice(ask.end, ask.end + 40)) ||
    PART_BEFORE.test(text.slice(Math.max(0, ask.start - 30), ask.start))
  );
}

// The amount of the part itself: "a partial refund of ¤", "refund ¤ of it", "¤ back for the scratch".
const PART_AMOUNT = /^(?: (?:of|for|worth))? ¤|^(?: [\w'-]+){0,2} of ¤/;

/** The amount that goes with `ask` in its own field: in its sentence, else the nearest sentence. */
function ownAmount(ask: Ask, asks: Ask[], fits: Fits, elsewhere: Elsewhere): AmountSpan | undefined {
  // A part asked for takes only an amount said as the part's: the rest are the whole's prices.
  if (partAsked(ask)) return partAmount(ask, fits);
  if (ask.doc.field === 'text') return boundAmount(ask, asks, fits);
  const claimed = claimsOf(asks, ask);
  const item = itemNamed(ask);
  const other = (span: AmountSpan) => item.length > 0 && elsewhere(span, item);
  const free = (span: AmountSpan, apart = true) =>
    !claimed(span) && fits(ask, span, apart) && !(apart && other(span));
  const own = ask.sentence.amounts
    .filter((a) => free(a.span, false))
    .sort((a, b) => gap(ask, a.pos) - gap(ask, b.pos));
  if (own[0]) return own[0].span;
  const priced = priceOf(itemNamed(ask), ask.doc, (span) => free(span));
  if (priced) return priced;
  // Sentences busy with another action keep their amounts to themselves.
  const busy = (index: number) =>
    asks.some(
      (other) => other.doc === ask.doc && other.sentence.index === index && other.action !== ask.action,
    );
  const near = ask.doc.sentences
    .filter((s) => s.amounts.some((a) => free(a.span)) && !busy(s.index))
    .sort(
      (a, b) =>
        Math.abs(a.index - ask.sentence.index) - Math.abs(b.index - ask.sentence.index) || a.index - b.index,
    )[0];
  return near ? largest(near.amounts.map((a) => a.span).filter((span) => free(span))) : undefined;
}

/**
 * A customer's ask takes only an amount the message binds to it (bound-amount.ts): its object, "¤ back", "a ¤
 * credit"; a price a piece times the count the ask names; the thing it takes whole named with its amount
 * near it; an amount put forward on its own beside it; or a form's amount field. Any other amount is context
 * (a price, a total, what was paid or promised before): with none bound there is no amount, and no limit
 * nudge.
 */
function boundAmount(ask: Ask, asks: Ask[], fits: Fits): AmountSpan | undefined {
  const claimed = claimsOf(asks, ask);
  const text = ask.sentence.text;
  const own = ask.sentence.amounts
    .filter(
      (a) => !claimed(a.span) && fits(ask, a.span, false) && boundToAsk(text, ask.start, ask.end, a.pos),
    )
    .sort((a, b) => gap(ask, a.pos) - gap(ask, b.pos));
  if (own[0]) return shareOf(text, own[0]) ?? eachFor(ask, fits) ?? own[0].span;
  // Half of a thing asked for takes half of its price, or no amount: never the whole price.
  if (halfAsked(ask)) return shapedAmount(ask, claimed, fits);
  return (
    shapedAmount(ask, claimed, fits) ??
    unitsAsked(ask, claimed, fits) ??
    thingTaken(ask, claimed, fits) ??
    forward(ask, claimed, fits) ??
    ask.doc.sentences.find(
      (s) => s.amounts.length === 1 && amountField(s.text) && s.amounts.every((a) => fits(ask, a.span)),
    )?.amounts[0]?.span
  );
}

// Amounts an ask binds in another shape than one amount beside it (binding-settings.ts, each a reading).
// Half of the thing's price: "It was ¤. Would you refund half of that?".
const HALF =
  /^(?: (?:me|us))?(?: back)? half (?:of )?(?:it|that|this|the (?:price|cost|amount|total|money)|what i paid)\b/;
// A share of the order's price: "take 10% off that order", "20% off the total".
const PERCENT = /\b(\d{1,2}(?:\.\d+)?) ?(?:%|percent)/;
const OFF_ORDER =
  /^(?: of)? (?:(?:that|the|my|this|our)(?: whole| entire| full)? (?:order|total|bill|booking|purchase|invoice)|it|that|this)\b/;
const ORDER_PRICE_BEFORE =
  /(?:\b(?:order|booking|purchase|bill|invoice)\b[^¤.]{0,24}?(?:was|is|of|came to|comes to|totall?ed|for|at)?|\btotal(?: (?:of|was|is|came to))?:?|\b(?:came to|comes to|totall?ed)|# ?[\w-]+,?) \(?$/;
const ORDER_PRICE_AFTER = /^ (?:total|in total|all in|altogether)\b/;
// The price with its tax: "refund both the price and the tax", "everything including tax".
const TAX_ASKED = /^[^.?!¤]{0,40}\b(?:and|including|incl|plus|with) (?:the )?(?:sales )?(?:tax|taxes|vat)\b/;
const PLUS_TAX = /^ (?:plus|\+|and|with) $/;
const TAX_AFTER = /^ (?:in )?(?:sales )?(?:tax|taxes|vat)\b/;
// Prices listed, the ask taking them all: "The wrong ones were ¤ and ¤. Please refund those two".
const LISTED_ASKED = new RegExp(
  [
    `^(?: (?:me|us))?(?: for)? (?:(?:those|these|the|both|all|all the|both the)(?: of them)? )?(both|two|`,
    String.raw`three|four)\b(?! (?:of (?:the|my|them)|months|weeks|years|days)\b)|^(?: (?:me|us))?(?: for)? both\b`,
  ].join(''),
);
const LIST_JOIN = /^(?:,|,? and|\+|&) $/;
const COUNT_WORDS: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4 };
// A pronoun object, not a relative clause's "that": "waive that", "cover it".
const PRONOUN_OBJECT =
  /^(?: (?:me|us))? (?:that|it|this)(?! (?:i|you|we|he|she|they|is|was|would|will|it|the|my|our)\b)(?:[\s,.!?;]|$)/;
// The amount said as what a thing is or costs: "the freight is ¤", "overnight would be ¤".
const COMPLEMENT =
  /\b[a-z][\w-]* (?:is|was|costs?|comes to|came to|would be|will be|runs|is listed at|is priced at)(?: (?:only|just|about|around|another|an extra))? \(?$/;
const cents = (amount: number) => Math.round(amount * 100) / 100;

// A share of the amount said with it: "I'd like 50% of the ¤ back", "refund 25 percent of the ¤".
const SHARE_OF = /\b(\d{1,2}(?:\.\d+)?) ?(?:%|percent|per cent) of (?:the |my |that |this |what i paid,? )?$/;

/** With the shareOf reading, the share of an amount asked as a share of it ("50% of the ¤"). */
function shareOf(text: string, amount: { span: AmountSpan; pos: number }): AmountSpan | undefined {
  const share = reads('shareOf') ? SHARE_OF.exec(text.slice(Math.max(0, amount.pos - 40), amount.pos)) : null;
  return share ? { ...amount.span, amount: cents((amount.span.amount * Number(share[1])) / 100) } : undefined;
}

// The amounts of one refund, each for its own thing: "please refund ¤ for the lamp with the broken switch and ¤
// for the cracked vase" asks the two back on one order, so a limit on the order judges their sum (the eachFor
// reading). Each amount is followed by the thing it is for, and they are joined by "and" or commas.
const ASK_TO_FIRST = /^(?: (?:me|us))? $/;
const FOR_THING = /^ (?:for|on) (?:the|my|our|a|an|this|that|those|these) /;
const FOR_THING_THEN =
  /^ (?:for|on) (?:the|my|our|a|an|this|that|those|these) [^¤.;!?]{1,60}?(?:,| and|, and|,and|, plus| plus) $/;

function eachFor(ask: Ask, fits: Fits): AmountSpan | undefined {
  if (!reads('eachFor') || (ask.action ?? ask.rule?.action) !== 'refund') return undefined;
  const text = ask.sentence.text;
  const list = ask.sentence.amounts.filter((a) => a.pos >= ask.end);
  const first = list[0];
  if (!first || list.length < 2 || !ASK_TO_FIRST.test(text.slice(ask.end, first.pos))) return undefined;
  let sum = first.span.amount;
  let count = 1;
  for (let i = 1; i < list.length; i++) {
    const [prev, next] = [list[i - 1], list[i]];
    if (!prev || !next || !FOR_THING_THEN.test(text.slice(prev.pos + 1, next.pos)) || !fits(ask, next.span))
      break;
    sum += next.span.amount;
    count++;
  }
  const last = list[count - 1];
  if (count < 2 || !last || !FOR_THING.test(text.slice(last.pos + 1, last.pos + 12))) return undefined;
  return { ...first.span, amount: cents(sum) };
}

function halfAsked(ask: Ask): boolean {
  const text = ask.sentence.text;
  return (
    reads('half') &&
    (HALF.test(text.slice(ask.end, ask.end + 80)) || /^half\b/.test(text.slice(ask.start, ask.end)))
  );
}

/** The amount an ask binds in another shape: half a price, a share of the order, price and tax, prices listed. */
function shapedAmount(ask: Ask, claimed: (span: AmountSpan) => boolean, fits: Fits): AmountSpan | undefined {
  const text = ask.sentence.text;
  const after = text.slice(ask.end, ask.end + 80);
  const usable = (span: AmountSpan) => !claimed(span) && fits(ask, span);
  const before = near(ask).filter((s) => s.index <= ask.sentence.index);
  // The amounts said before the ask, nearest sentence first.
  const said = (s: Sentence) => s.amounts.filter((a) => s !== ask.sentence || a.pos < ask.start);
  if (halfAsked(ask)) {
    const s = [...before].reverse().find((x) => said(x).length > 0);
    const found = s && said(s);
    const price = found && found.length === 1 ? found[0]?.span : undefined;
    return price && usable(price) ? { ...price, amount: cents(price.amount / 2) } : undefined;
  }
  const share = PERCENT.exec(text.slice(ask.start, ask.end));
  if (reads('percent') && share && OFF_ORDER.test(after)) {
    const prices = ask.doc.sentences
      .filter((s) => s.index <= ask.sentence.index)
      .flatMap((s) =>
        s.amounts.filter(
          (a) =>
            ORDER_PRICE_BEFORE.test(s.text.slice(Math.max(0, a.pos - 40), a.pos)) ||
            ORDER_PRICE_AFTER.test(s.text.slice(a.pos + 1)),
        ),
      );
    const values = new Set(prices.map((a) => a.span.amount));
    const price = values.size === 1 ? prices[0]?.span : undefined;
    return price ? { ...price, amount: cents((price.amount * Number(share[1])) / 100) } : undefined;
  }
  // "Overnight freight for the treadmill is ¤ — please waive that": a pronoun object takes the one amount
  // said as the complement of the clause before it, in its sentence or the one before.
  if (reads('pronoun') && PRONOUN_OBJECT.test(after)) {
    const s = said(ask.sentence).length > 0 ? ask.sentence : ask.doc.sentences[ask.sentence.index - 1];
    const list = s ? said(s) : [];
    const only = list.length === 1 ? list[0] : undefined;
    if (
      s &&
      only &&
      COMPLEMENT.test(s.text.slice(Math.max(0, only.pos - 40), only.pos)) &&
      !claimed(only.span) &&
      fits(ask, only.span, false)
    )
      return only.span;
  }
  if ((ask.action ?? ask.rule?.action) !== 'refund') return undefined;
  if (reads('tax') && TAX_ASKED.test(after)) {
    for (const s of [...before].reverse()) {
      const list = said(s);
      for (let i = 0; i + 1 < list.length; i++) {
        const [price, tax] = [list[i], list[i + 1]];
        if (!price || !tax || !usable(price.span)) continue;
        if (PLUS_TAX.test(s.text.slice(price.pos + 1, tax.pos)) && TAX_AFTER.test(s.text.slice(tax.pos + 1)))
          return { ...price.span, amount: cents(price.span.amount + tax.span.amount) };
      }
    }
  }
  const listed = reads('listed') ? LISTED_ASKED.exec(after) : null;
  if (listed) {
    const n = COUNT_WORDS[listed[1] ?? 'both'] ?? 0;
    const s = [...before].reverse().find((x) => said(x).length > 0);
    const list = s ? said(s) : [];
    const joined =
      s &&
      list.length === n &&
      list.every((a, i) => i === 0 || LIST_JOIN.test(s.text.slice((list[i - 1]?.pos ?? 0) + 1, a.pos)));
    const first = list[0]?.span;
    if (joined && first && list.every((a) => usable(a.span)))
      return { ...first, amount: cents(list.reduce((sum, a) => sum + a.span.amount, 0)) };
  }
  return undefined;
}

/** Sentences either side of an ask in which what it takes may be named with its amount (binding-settings.ts). */
function near(ask: Ask, reach = binding().thingReach): Sentence[] {
  return ask.doc.sentences.filter((s) => Math.abs(s.index - ask.sentence.index) <= reach);
}

/** "They're ¤ each. Please refund me for the 14 tubs": the price a piece times the count asked. */
function unitsAsked(ask: Ask, claimed: (span: AmountSpan) => boolean, fits: Fits): AmountSpan | undefined {
  // An order's line "48 boxes at ¤ each" may stand a few sentences before the ask.
  for (const s of near(ask, binding().unitReach)) {
    for (const a of s.amounts) {
      const unit = unitOf(s.text, a.pos);
      if (!unit || claimed(a.span) || !fits(ask, a.span)) continue;
      const n = countAsked(ask.sentence.text, ask.end, unit);
      if (n) return { ...a.span, amount: Math.round(a.span.amount * n * 100) / 100 };
    }
  }
  return undefined;
}

/** The words from an amount to an ask: in one sentence, or the sentences from one to the other. */
function between(ask: Ask, s: Sentence, pos: number): string {
  if (s.index === ask.sentence.index) return s.text.slice(Math.min(pos, ask.start), Math.max(pos, ask.end));
  const [from, to] =
    s.index < ask.sentence.index ? [s.index, ask.sentence.index] : [ask.sentence.index, s.index];
  return ask.doc.sentences
    .slice(from, to + 1)
    .map((x) => x.text)
    .join(' ');
}

const IT_WAS = /^(?:it|they|that|this one) (?:was|were|cost|costs|is|are)(?: (?:only|just|about|around))? $/;

/**
 * The amount of the thing an ask takes whole, named in another clause or sentence near it: a fee waived,
 * the faster shipping asked for free, the price or charge a refund with no object of its own asks back, or
 * the item a refund names priced beside its name ("the jacket ($80)"). A part of the thing named between
 * them ("one of the jars was smashed") keeps the whole's price out.
 */
function thingTaken(ask: Ask, claimed: (span: AmountSpan) => boolean, fits: Fits): AmountSpan | undefined {
  const action = ask.action ?? ask.rule?.action;
  if (action === 'refund') {
    // "Please refund the whole booking": a price a ticket or a fee a ticket is no price of the whole.
    const whole = reads('wholeNotUnit') && WHOLE_ASKED.test(ask.sentence.text.slice(ask.end, ask.end + 40));
    const priced = priceOf(itemNamed(ask), ask.doc, (span) => !claimed(span) && fits(ask, span), whole);
    if (priced) return priced;
    // "Could you please refund her child ticket? It was ¤.": the next sentence prices the thing named.
    const next = ask.doc.sentences[ask.sentence.index + 1];
    const said = next?.amounts[0];
    if (
      next &&
      said &&
      IT_WAS.test(next.text.slice(0, said.pos)) &&
      !claimed(said.span) &&
      fits(ask, said.span)
    )
      return said.span;
    if (!refundsWhatWasSaid(ask.sentence.text, ask.end)) return undefined;
  }
  const found = near(ask)
    .flatMap((s) =>
      s.amounts
        .filter(
          (a) =>
            !claimed(a.span) &&
            // In the ask's own sentence an amount fits as it would beside the ask; apart, only when it
            // names the action's own thing (amountFitsApart).
            fits(ask, a.span, s !== ask.sentence) &&
            (s !== ask.sentence ||
              thingAmount(action, s.text, a.pos) ||
              (action !== 'refund' && fits(ask, a.span))) &&
            // A refund gives back any price (amount-object.ts): its thing is read here. The other actions
            // take an amount apart from the ask only when it names their own thing, is quoted for it or is
            // said of it (amountFitsApart), so that reading is their binding.
            (action !== 'refund' || thingAmount(action, s.text, a.pos)) &&
            !(action === 'refund' && namesAPart(between(ask, s, a.pos)) && !isCharge(s.text, a.pos)),
        )
        .map((a) => ({ span: a.span, far: Math.abs(s.index - ask.sentence.index) })),
    )
    .sort((a, b) => a.far - b.far);
  return found[0]?.span;
}

/** "Could I have a goodwill voucher? ¤ would cover my costs.": an amount put forward beside the ask. */
function forward(ask: Ask, claimed: (span: AmountSpan) => boolean, fits: Fits): AmountSpan | undefined {
  for (const index of [ask.sentence.index + 1, ask.sentence.index - 1]) {
    const s = ask.doc.sentences[index];
    const a = s?.amounts[0];
    // A receipt's line ("Total ........ ¤") is a price listed, not an amount put forward.
    if (s && reads('receiptLine') && receiptLabel(ask.doc, s)) continue;
    if (s && a && putForward(s.text) && !claimed(a.span) && fits(ask, a.span)) return a.span;
  }
  return undefined;
}

/** The amount said with a part asked for ("a partial refund of ¤"), or put forward on its own after it. */
function partAmount(ask: Ask, fits: Fits): AmountSpan | undefined {
  const text = ask.sentence.text;
  const own = ask.sentence.amounts.find(
    (a) =>
      a.pos >= ask.end &&
      PART_AMOUNT.test(text.slice(ask.end, a.pos + 1)) &&
      !/\b(?:part|some) of (?:the|my|your)? ?$/.test(text.slice(Math.max(0, a.pos - 16), a.pos)) &&
      fits(ask, a.span, false),
  );
  return own?.span;
}

/**
 * The amount for each ask: its own field first; else the largest amount in the other field that no
 * ask of another action there has taken ("Refund please. $55." keeps the $55 for the refund).
 */
export function pickAmounts(asks: Ask[], docs: Doc[]): Map<Ask, AmountSpan | undefined> {
  const bound = bounds(docs);
  const role = roles(docs);
  const fits: Fits = (ask, span, apart = true) => {
    const r = role.get(span);
    // An ask found by a rule's keywords fits amounts as its rule's action does: "Your plan costs ¤ a
    // month… Could you credit me for those days?" names the price of the plan, not a credit.
    const action = ask.action ?? ask.rule?.action;
    return !bound.has(span) && (!r || (apart ? amountFitsApart : amountFits)(action, r));
  };
  const at = new Map(
    docs.flatMap((doc) => doc.sentences.flatMap((s) => s.amounts.map((a) => [a.span, { s, a }] as const))),
  );
  const elsewhere: Elsewhere = (span, item) => {
    const found = at.get(span);
    return !!found && pricesOther(found.s.text, found.a.pos, role.get(span)?.modifies ?? '', item);
  };
  const picked = new Map<Ask, AmountSpan | undefined>(
    asks.map((ask) => [ask, ownAmount(ask, asks, fits, elsewhere)]),
  );
  for (const ask of asks) {
    if (picked.get(ask)) continue;
    const taken = (span: AmountSpan) =>
      asks.some(
        (other) => other.doc !== ask.doc && other.action !== ask.action && picked.get(other) === span,
      );
    const other = docs
      .filter((doc) => doc !== ask.doc)
      .flatMap((doc) => doc.sentences.flatMap((s) => s.amounts.map((a) => a.span)))
      .filter((span) => fits(ask, span) && !taken(span));
    picked.set(ask, largest(other));
  }
  for (const ask of asks) {
    const span = picked.get(ask);
    const found = span && at.get(span);
    if (found && ask.doc.sentences.includes(found.s))
      picked.set(ask, timesEach(ask, span, found.s.text, found.a.pos));
  }
  return picked;
}

// "Please refund both tickets, $60 each": the ask names how many, the amount is a piece's price.
const EACH = /^ (?:each|apiece|a piece|per (?:ticket|item|unit|person|piece|seat|night|pair))\b/;
const COUNT =
  /^(?: (?:me|us))?(?: (?:for|on))? (?:(both)|(?:all |the |my |our )?(two|three|four|five|[2-9]))\b/;
// The sum said beside the price a piece: "$96 each, $288 total".
const TOTAL = /^ (?:total|in total|altogether|all in)\b/;
const NUMBERS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5 };

/** The amount an ask for several pieces at a price each comes to; `span` itself otherwise. */
function timesEach(ask: Ask, span: AmountSpan, text: string, pos: number): AmountSpan {
  const count = COUNT.exec(ask.sentence.text.slice(ask.end));
  if (!EACH.test(text.slice(pos + 1))) return span;
  const total = ask.sentence.amounts.find((a) => TOTAL.test(ask.sentence.text.slice(a.pos + 1)));
  if (total && ask.sentence.text === text) return total.span;
  if (!count) return span;
  const word = count[1] ?? count[2] ?? '';
  const n = NUMBERS[word] ?? Number(word);
  return n > 1 ? { ...span, amount: Math.round(span.amount * n * 100) / 100 } : span;
}

function largest(spans: AmountSpan[]): AmountSpan | undefined {
  return spans.reduce<AmountSpan | undefined>(
    (best, span) => (!best || span.amount > best.amount ? span : best),
    undefined,
  );
}
