// Whose amount is it? In "my $29.99 monthly plan… can you send a replacement?" the $29.99 is the
// price of the plan, not the amount of the replacement; in "I'd like $20 off" or "the $35 late fee,
// please waive it" the amount is the object of the ask. Read over canonical sentence text
// (normalize.ts: money is "¤").
import type { RuleAction } from '../../shared/model';
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

const RECURRING =
  /^ ?(?:(?:a|per|each|every|\/) ?(?:month|mo|year|yr|annum|week|wk|day|night|quarter|term|season)\b|(?:monthly|annually|yearly|weekly|quarterly|pm|p\/m|pcm)\b)/;
const PRICE_VERB =
  /\b(?:was|were|cost|costs|costing|paid|pay|pays|paying|spent|spend|spending|totals?|totalled|totaled|priced at|comes to|came to|on the)(?: (?:an extra|an additional|another|extra))?\s*$/;

/** The words after an amount, up to the first that is not part of a noun phrase before it. */
function modified(text: string, end: number): string {
  const words: string[] = [];
  for (const token of text
    .slice(end, end + 160)
    .split(' ')
    .slice(0, 5)) {
    if (!token) continue;
    const word = token.replace(/[^\p{L}\p{N}'-]+$/u, '');
    // A participle ("¤ applied", "¤ attached") says what happened to the amount, names nothing.
    if (!/^[\p{L}][\p{L}'-]*$/u.test(word) || NOT_A_NOUN.has(word) || /..ed$/.test(word)) break;
    words.push(word);
    // Punctuation after a word ends the phrase ("¤ sofa, any chance…").
    if (word !== token) break;
  }
  return words.join(' ');
}

/** The role of the amount whose "¤" is at `pos` in the canonical sentence `text`. */
export function amountRole(text: string, pos: number): AmountRole {
  const end = pos + 1;
  const before = text.slice(Math.max(0, pos - 20), pos);
  const after = text.slice(end, end + 16);
  return {
    price: PRICE_VERB.test(before) || RECURRING.test(after),
    modifies: modified(text, end),
    before: clauseBefore(text, pos).slice(-160).trim().split(' ').slice(-7).join(' '),
    surcharge:
      /^ (?:extra|on top)(?:\s*[,.!?;]|\s*$| for (?:it|that|this|express|shipping|delivery|overnight)\b)/.test(
        after,
      ) && /\b(?:it|that|this|it's|that's)(?: (?:was|is|costs?))?\s*$/.test(before),
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
    /\b(?:shipping|delivery|postage|upgrade|courier|express|overnight|dispatch|charges?|fees?|costs?|price)\b/,
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
  if (!action || action === 'refund' || action === 'custom') return true;
  // What faster shipping costs on top ("can I get express for free? it was $12 extra") is its amount.
  if (action === 'expedite' && role.surcharge) return true;
  const own = OWN_NOUNS[action];
  if (role.modifies) return own.test(role.modifies) || MONEY_NOUN.test(role.modifies);
  return !role.price || own.test(role.before) || !PRICED_THING.test(role.before);
}
