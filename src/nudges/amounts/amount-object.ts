// Whose amount is it? In "my $29.99 monthly plan… can you send a replacement?" the $29.99 is the
// price of the plan, not the amount of the replacement; in "I'd like $20 off" or "the $35 late fee,
// please waive it" the amount is the object of the ask. Read over canonical sentence text
// (normalize.ts: money is "¤").

import type { RuleAction } from '../../shared/model';
import { reads } from '../limits/binding-settings';
import { clauseBefore } from '../text/cues';

/** What an amount in a sentence is, as far as the words around it say. */
export interface AmountRole {
  /** Said as a price: "was ¤", "paid ¤", "i pay ¤", "¤ a month". */
  price: boolean;
  /** The noun phrase the amount stands before ("¤ monthly plan" → "monthly plan"), if any. */
  modifies: string;
  /** The last words before it in its clause: what a price verb gives the price of ("the late fee was"). */
  before: string;
  /** Said as a surcharge of the thing just named: "it was ¤ extra", "it's ¤ on top". */
  surcharge?: boolean;
  /**
   * Someone's pay or another seller's price: "i earn ¤ an hour", "best buy has it for ¤": the amount
   * of no action the customer asks for.
   */
  elsewhere?: boolean;
  /** Said as a difference: "¤ less", "¤ cheaper". */
  difference?: boolean;
  /**
   * Put forward on its own, as a figure for what was just asked: "Even $25 would help.", "Maybe
   * $45?", "$100 at least.".
   */
  proposed?: boolean;
}

// Words that may follow an amount without it standing before a noun: "¤ for the jug", "¤ off",
// "¤ back", "¤ please", "¤ in credit", "¤ worth of…", "¤ today".
const NOT_A_NOUN = new Set(
  `a an the and or but nor for to in into on onto of off at by from with without as than then so if
  because back please pls asap now today tonight tomorrow yesterday already again too also instead
  only just each per total altogether extra more less max maximum minimum min worth which that who
  it this these those them me you us him her i we they he she is are was were be been being will
  would can could should may might must do does did has have had not no never plus minus or
  including inc incl excluding ex approx roughly about around nearly almost over under up down out
  before after since until till last next every year years month months week weeks day days night
  nights hour hours when while where what why how cheaper dearer pricier lower higher better worse
  short shy came went got gave took broke sent left made said ran fell stopped arrives arrived comes
  goes seems seem sounds sound feels feel fair reasonable ok okay normally usually typically`.split(/\s+/),
);

const RECURRING = new RegExp(
  String.raw`^ ?(?:(?:an?|per|each|every|\/) ?(?:month|mo|year|yr|annum|week|wk|day|` +
    String.raw`night|quarter|term|season|hour|hr)\b(?! (?:after|before|later|earlier|` +
    String.raw`ago|late|early)\b)|(?:monthly|annually|yearly|weekly|quarterly|hourly|` +
    String.raw`pm|p\/m|pcm)\b)`,
);
// Pay: "i earn ¤ an hour", "i make ¤ a month", "my salary is ¤".
const INCOME =
  /\b(?:earn|earns|earning|earned|(?:i|we) make|(?:i|we) made|get paid|salary(?: is| of)?|income(?: is| of)?|wages?(?: is| are| of)?|take home)(?: (?:about|around|like|only|just|roughly))?\s*$/;
// Another seller's price: "best buy has the same vacuum for ¤", "they're selling it at ¤" (not "your
// checkout lists 2-day at ¤": ours).
const SELLER = new RegExp(
  String.raw`(?<!\b(?:i|we|can|could|may|might|will|would|you|u|your|our)(?: \w+)? )\b(?:has|` +
    String.raw`have|had|sells?|selling|sold|lists?|listed|listing|offers?|offering|going|` +
    String.raw`goes|advertis\w*|on sale)\b(?: [\w'-]+){0,5} (?:for|at)\s*$`,
);
const DIFFERENCE = /^ (?:less|cheaper|lower|off|more)\b/;
// An amount standing alone in its sentence, not a price and not before a noun ("maybe ¤?", "¤ would cover my costs").
const ALONE = /^(?:[\w'-]+ ){0,2}¤(?: [\w'-]+){0,4}\W*$/;
const PROPOSING = new RegExp(
  String.raw`^(?:(?:maybe|perhaps|even|just|say|like|about|around|at least|how about|what about) ¤|¤\W*$|¤ (?:please` +
    String.raw`|pls|plz|at least|minimum|max|tops|or so|or more)\b)|¤ (?:would|will|should|could|might) (?:help|do|cover|be ` +
    String.raw`(?:fine|fair|enough|ok|okay|good|great|reasonable))\b|¤ (?:is|seems|sounds) (?:fair|enough|reasonable|ok` +
    String.raw`|okay|fine)\b`,
);
const PRICE_VERB =
  /\b(?:was|were|cost|costs|costing|paid|pay|pays|paying|spent|spend|spending|totals?|totalled|totaled|priced at|comes to|came to|on the)(?: (?:an extra|an additional|another|extra))?\s*$/;

const QUOTES = /^['"‘’“”]+|['"‘’“”]+$/gu;
const SPEED = /^(?:express|overnight|next-day|same-day|priority|expedited)$/;

/** The words after an amount, up to the first that is not part of a noun phrase before it. */
function modified(text: string, end: number): string {
  const words: string[] = [];
  for (const token of text
    .slice(end, end + 160)
    .split(' ')
    .slice(0, 5)) {
    // Quotation marks around a name are no punctuation of the phrase: "a ¤ 'convenience fee'".
    const bare = token.replace(QUOTES, '');
    if (!bare) continue;
    const word = bare.replace(/[^\p{L}\p{N}'-]+$/u, '');
    // A speed after a thing's name says how it goes ("ship my ¤ flea treatment express"), not what it is.
    if (words.length > 0 && SPEED.test(word)) break;
    // A participle ("¤ applied", "¤ attached") says what happened to the amount, names nothing.
    if (!/^[\p{L}][\p{L}'-]*$/u.test(word) || NOT_A_NOUN.has(word) || /..ed$/.test(word)) break;
    words.push(word);
    // Punctuation after a word ends the phrase ("¤ sofa, any chance…").
    if (word !== bare) break;
  }
  return words.join(' ');
}

/** The role of the amount whose "¤" is at `pos` in the canonical sentence `text`. */
export function amountRole(text: string, pos: number): AmountRole {
  const end = pos + 1;
  const before = text.slice(Math.max(0, pos - 20), pos);
  const after = text.slice(end, end + 16);
  const lead = clauseBefore(text, pos).slice(-160);
  return {
    price: PRICE_VERB.test(before) || RECURRING.test(after),
    modifies: modified(text, end),
    before: lead.trim().split(' ').slice(-7).join(' '),
    surcharge:
      /^ (?:extra|more|on top)(?:\s*[,.!?;]|\s*$| (?:for (?:it|that|this|express|shipping|delivery|overnight)|but|and|so|though)\b)/.test(
        after,
      ) &&
      /\b(?:it|its|that|this|it's|that's|thats)(?: (?:was|is|costs?|only|just|like|about))*\s*$/.test(before),
    elsewhere: INCOME.test(before) || (SELLER.test(lead.slice(-120)) && !DIFFERENCE.test(after)),
    difference: DIFFERENCE.test(after),
    proposed:
      ALONE.test(text) &&
      PROPOSING.test(text) &&
      !PRICE_VERB.test(before) &&
      !RECURRING.test(after) &&
      !modified(text, end),
  };
}

/** Nouns that say an amount belongs to an action: "a ¤ late fee", "a ¤ voucher", "¤ express shipping". */
const OWN_NOUNS: Record<RuleAction, RegExp> = {
  refund: /\b(?:refunds?|reimbursements?)\b/,
  credit:
    /\b(?:credits?|vouchers?|gift ?cards?|gift (?:certificate|voucher)s?|e-?gifts?|compensation|goodwill|gestures?|points)\b/,
  replacement: /\b(?:replacements?)\b/,
  'fee-waiver': /\b(?:fees?|charges?|penalt(?:y|ies)|surcharges?|fines?)\b/,
  discount: /\b(?:discounts?|coupons?|reductions?|promo|deals?)\b/,
  // The charge for faster shipping is what the agent gives away: "the $9 charge is on us".
  expedite:
    /\b(?:shipping|delivery|postage|upgrade|courier|express|overnight|same-day|next-day|dispatch|charges?|fees?|costs?|price|rates?)\b/,
  custom: /$^/,
};

// Nouns that name only money, nothing bought: "the $20 difference", "a $30 amount".
const MONEY_NOUN = /^(?:[\w'-]+ )?(?:amount|sum|difference|balance owed)$/;

// What a price is the price of: a thing named before the verb ("the order was", "it cost"), or the
// customer's own payment ("i paid", "we pay"). "Which normally costs ¤" (the upgrade just offered)
// names nothing else.
const PRICED_THING = new RegExp(
  String.raw`\b(?:(?:the|my|our|your|this|that|his|her|their|a|an)(?: [\w'-]+){1,3}|i|we|i've|we've|i'd|we'd|i'm|we're|it` +
    String.raw`|they|these|those)\s+(?:was|were|cost|costs|costing|paid|pay|pays|paying|spent|spend|spending` +
    String.raw`|totals?|totalled|totaled|priced at|comes to|came to|on the)(?: (?:an extra|an additional|another|extra))?$`,
);

/**
 * Whether an amount with `role` can be what `action` asks for. A refund gives back a price ("refund
 * my $140 order", "I paid $60, I want my money back"); the other actions have amounts of their own,
 * so a price or an amount standing before another thing's name ("the $899 sofa", "my $29.99 monthly
 * plan", "I pay $120 a month") is not theirs, unless it names the action's own thing ("a $12
 * monthly fee", "the $25 upgrade").
 */
export function amountFits(action: RuleAction | undefined, role: AmountRole): boolean {
  if (role.elsewhere) return false;
  if (!action || action === 'refund' || action === 'custom') return true;
  // What faster shipping costs on top ("can I get express for free? it was $12 extra") is its amount.
  if (action === 'expedite' && role.surcharge) return true;
  const own = OWN_NOUNS[action];
  // A coupon asked for a later order is a voucher (requests.ts reads the ask as a credit).
  if (action === 'credit' && role.modifies && reads('coupon') && /\bcoupons?$/.test(role.modifies))
    return true;
  if (role.modifies) return own.test(role.modifies) || MONEY_NOUN.test(role.modifies);
  return !role.price || own.test(role.before) || !PRICED_THING.test(role.before);
}

// "Could you upgrade me to express? It's $20.99": a pronoun for the thing asked for just before.
const SAID_OF_IT =
  /(?:^|\b(?:it|that|this|which|they|the quote|the price|the cost))(?:'s| is| was| costs?| comes to| would be| will be| are)(?: [\w'-]+){0,3}$/;
// What the seller asks for the upgrade just named: "the site wants $32 for it", "checkout says $28".
// "Your checkout lists 2-day at $14.99": the speed named between the verb and the price.
const QUOTED =
  /\b(?:wants?|charges?|asks?|asking|quoted?|quotes|lists?|listed|shows?|showing|says?|said)(?: (?:me|us|you|like|about|around|only|just))?(?:(?: [\w-]+){1,2} (?:at|for))?$/;
// A price that fell by the amount asked back: "the price dropped by $12", "it's $25 cheaper now".
const DROPPED = /\b(?:dropped|fell|went down|reduced|lowered|cut|decreased|slashed)(?: by)?$/;

/**
 * Whether an amount from another sentence than the ask's can be the ask's amount. A refund gives
 * back a price said anywhere ("I paid $60. I want my money back"); the other actions take an amount
 * only where it names their own thing ("There's a $12.50 paper statement fee…. Can you reverse
 * it?", "Express to my zip is $16.50") or the thing just asked for ("It's $20.99"), never someone's
 * pay or another thing's price said apart ("I earn $15 an hour. … Can you waive the late fee?").
 */
export function amountFitsApart(action: RuleAction | undefined, role: AmountRole): boolean {
  if (!amountFits(action, role)) return false;
  if (!action || action === 'refund' || action === 'custom') return true;
  if (action === 'expedite' && role.surcharge) return true;
  if (action === 'expedite' && QUOTED.test(role.before)) return true;
  if (action === 'discount' && (DROPPED.test(role.before) || role.difference)) return true;
  const own = OWN_NOUNS[action];
  return own.test(role.modifies) || own.test(role.before) || SAID_OF_IT.test(role.before) || !!role.proposed;
}
