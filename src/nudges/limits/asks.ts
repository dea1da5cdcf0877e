// The asks in one field: requests in the customer's message, offers or refusals in the draft,
// found by the built-in lexicon (requests.ts) and by each rule's own keywords.
import type { RuleAction } from '../../shared/model';
import { ASK, clauseAround, clauseBefore, isNegated, OFFER } from '../text/cues';
import type { Doc, Sentence } from '../text/document';
import type { NudgeRule } from '../types';
import {
  asksNothing,
  boughtByWriter,
  byThirdParty,
  isOwnCondition,
  isPurchase,
  isReport,
  isThanks,
  othersPriceOnly,
  paysForIt,
} from './ask-act';
import {
  aboutTheAsk,
  acceptedAsIs,
  askedAfter,
  asksAgainFor,
  asksToKnow,
  backgrounded,
  heldCredit,
  isHypothetical,
  isQuoted,
  laterClause,
  openToAnyone,
  pricedInPast,
  refusedOffer,
  sourceSays,
  thankedAfter,
  turnedDown,
} from './ask-frame';
import { notAskedOfUs } from './ask-owner';
import {
  asksOnAnotherThing,
  clauseOf,
  comesBack,
  HEARSAY_OR_CHECK,
  INQUIRY,
  oughtToBeUndone,
  QUESTION_ABOUT,
  restAsked,
  thankedForDeed,
} from './ask-scope';
import { reads } from './binding-settings';
import { replacesAnItem } from './replaced-object';
import { findMentions } from './requests';
import { keywordHits, LIMIT_WORDS, STATUS } from './rule-keywords';

const NOT_OFFERED = new RegExp(LIMIT_WORDS.notOffered, 'g');

export interface Ask {
  doc: Doc;
  sentence: Sentence;
  /** [start, end) in the sentence's canonical text. */
  start: number;
  end: number;
  /** What the lexicon read; undefined when only `rule`'s keywords matched. */
  action?: RuleAction;
  rule?: NudgeRule;
  negated: boolean;
}

/** A message asks for a handful of things; past this many, the rest is noise (and slow). */
const MAX_MENTIONS = 40;

interface Joined {
  text: string;
  offsets: number[];
}

function join(doc: Doc): Joined {
  const offsets: number[] = [];
  let text = '';
  for (const sentence of doc.sentences) {
    if (text) text += ' ';
    offsets.push(text.length);
    text += sentence.text;
  }
  return { text, offsets };
}

function locate(doc: Doc, joined: Joined, start: number, end: number): Omit<Ask, 'negated'> | undefined {
  let i = joined.offsets.length - 1;
  while (i > 0 && (joined.offsets[i] ?? 0) > start) i--;
  const sentence = doc.sentences[i];
  const offset = joined.offsets[i] ?? 0;
  if (!sentence) return undefined;
  return { doc, sentence, start: start - offset, end: Math.min(end - offset, sentence.text.length) };
}

// The ask of a writer whose first language drops the subject: "Is possible to refund me 30 dollars?",
// "is possible for you to send a new one?" (the possibleTo reading).
const POSSIBLE_TO = /(?:^|[,;:] |\b(?:hello|hi|please|so|and|but) )is possible (?:to|for (?:you|u) to)\b/;

/**
 * A refund under way ("where is my refund?", "my refund … hasn't showed up"), thanks for one, or
 * an inquiry ("is express shipping available?"): the words after the ask count, the ones before
 * it ("the parcel hasn't arrived, refund me") do not.
 */
function isStatus(ask: Omit<Ask, 'negated'>): boolean {
  const text = ask.sentence.text;
  if (isHypothetical(text)) return true;
  const [from, to] = clauseOf(text, ask.start);
  const clause = text.slice(from, Math.max(to, ask.end));
  if (ASK.test(clause) || (reads('possibleTo') && POSSIBLE_TO.test(clause))) return false;
  // "I was promised a voucher and never got it. Can you send it?" asks again.
  const next = ask.doc.sentences[ask.sentence.index + 1]?.text ?? '';
  if (asksAgainFor(next)) return false;
  return (
    STATUS.test(clause) ||
    askedAfter(next) ||
    sourceSays(clauseBefore(text, ask.start)) ||
    STATUS.test(laterClause(text, Math.max(to, ask.end))) ||
    ((HEARSAY_OR_CHECK.test(clause) || (INQUIRY.test(clause) && text.includes('?'))) && !actedOnLater(ask))
  );
}

// "Your restocking fee is $20? That's ridiculous, it's not in your terms. Please remove it.": a
// question about it, then an act asked on it a sentence or two later.
const ACT_ON_IT =
  /\b(?:remove|waive|refund|reverse|drop|cancel|take|knock|credit|match|honou?r|upgrade|send|give|apply)\b(?: [\w']+){0,3}? (?:it|that|this|them)\b/;

function actedOnLater(ask: Omit<Ask, 'negated'>): boolean {
  return ask.doc.sentences
    .slice(ask.sentence.index + 1, ask.sentence.index + 3)
    .some((s) => ASK.test(s.text) && ACT_ON_IT.test(s.text));
}

// "There's a $5 fee for paper bills, I can take it off": the offer comes back to it.
const GIVES_IT = new RegExp(
  String.raw`\b(?:i'll|i can|i could|i've|i have|let me|we'll|we can|we've|happy to)(?: \w+)? (?:waived?|remov` +
    String.raw`(?:e|ed)|take|took|taken|refund(?:ed)?|cancel(?:led)?|revers(?:e|ed)|drop(?:ped)?|wip(?:e|ed)|credit` +
    String.raw`(?:ed)?|appl(?:y|ied)|add(?:ed)?|extend(?:ed)?|give|given|honou?r(?:ed)?|knock(?:ed)?|writ(?:e|ten)` +
    String.raw`|upgrad(?:e|ed)|send|sent|swap(?:ped)?|replac(?:e|ed)) (?:it|that|this|them|you)\b`,
);

// A rule keyword in a draft is offered in its own clause, or by a later one that comes back to
// it; "The $5 paper bill fee applies because…; I've switched it back on" offers nothing.
function offeredNear(ask: Omit<Ask, 'negated'>): boolean {
  // What the agent only checks or confirms ("we have reviewed… and can confirm that…") offers nothing.
  const text = ask.sentence.text.replace(NOT_OFFERED, (m) => ' '.repeat(m.length));
  const [from, to] = clauseAround(text, ask.start);
  const end = Math.max(to, ask.end);
  return OFFER.test(text.slice(from, end)) || GIVES_IT.test(text.slice(end));
}

/** A purchase, thanks for a past action or a report of one (ask-act.ts), not a request. */
function isAct(ask: Omit<Ask, 'negated'>, action: RuleAction): boolean {
  return bought(ask, action) || isDone(ask);
}

/**
 * Thanks for it (before it or coming back to it after), a report that it was done or is held, or
 * someone's earlier words quoted: asked about at most.
 */
function isDone(ask: Omit<Ask, 'negated'>): boolean {
  const text = ask.sentence.text;
  if (isThanks(text, ask.start) || thankedAfter(text, ask.end) || thankedForDeed(text, ask.start))
    return true;
  if (byThirdParty(text, ask.start)) return true;
  if (backgrounded(text, ask.start)) return true;
  // "The ¤ vet approval fee is fine, but…": accepted as it is.
  if (acceptedAsIs(text, ask.start, ask.end)) return true;
  // "An invoice showing the ¤ refund", "last time I asked for a ¤ credit": about it, not asked now.
  if (aboutTheAsk(text, ask.start) && !asksAgain(ask)) return true;
  return (isReport(text, ask.start, ask.end) || isQuoted(text, ask.start)) && !asksAgain(ask);
}

// "The voucher you sent was for $60 but it expired, can you reissue it?", "my neighbour got $30
// off… could you do the same for me?": what was done, asked for again after it, in the same
// sentence or the next, in the clause of the ask itself ("…can you send me the reference so I can
// give it to my bank" asks for the reference, not the refund).
function asksAgain(ask: Omit<Ask, 'negated'>): boolean {
  // A re-ask follows soon: 300 characters of each keep a pathological sentence linear.
  const rest = ask.sentence.text.slice(ask.end, ask.end + 300);
  const next = (ask.doc.sentences[ask.sentence.index + 1]?.text ?? '').slice(0, 300);
  return [rest, next].some((text) => {
    const m = ASK.exec(text);
    if (!m) return false;
    const [, to] = clauseAround(text, m.index);
    const clause = text.slice(m.index, Math.max(to, m.index + m[0].length));
    return (
      /\b(?:it|that|this|them|one|another|the same)\b/.test(clause) &&
      !USES_IT.test(clause) &&
      !(reads('paperOfIt') && PAPER_OF_IT.test(clause))
    );
  });
}

// Using, moving or keeping what is held is no ask to give it again: "I have a $25 voucher. Can I use it on
// sale items?", "please just apply it to invoice 4471", "could you post it to her instead?", "can you
// extend it another month?".
const USES_IT = new RegExp(
  [
    String.raw`\b(?:use|redeem|apply|spend|combine|stack|move|transfer|put|post|mail|forward|print|extend|`,
    String.raw`renew)(?: \w+)? (?:it|them|this|that)\b(?! (?:again|back)\b)(?!(?: [\w']+){0,3} (?:again|`,
    String.raw`another(?! (?:month|week|year|day|fortnight)s?\b)|new)\b)`,
  ].join(''),
);

// A paper about what was done, asked for after it: "can you resend the receipt showing it?", "could you
// email me a confirmation of that?" (the paperOfIt gate). The paper is asked for, not the thing again.
const PAPER_OF_IT = new RegExp(
  [
    String.raw`\b(?:receipt|invoice|confirmation|proof|record|statement|screenshot|copy|breakdown|paperwork|letter|`,
    `reference|e-?mail|document)s?(?: (?:showing|that shows|which shows|for|of|about|confirming|listing|`,
    String.raw`mentioning|with))? (?:it|that|this|them)\b`,
  ].join(''),
);

/** Things a customer can buy are bought when the customer offers to pay for them. */
const BOUGHT_WHEN_PAID: ReadonlySet<RuleAction> = new Set(['expedite', 'credit']);

function bought(ask: Omit<Ask, 'negated'>, action: RuleAction): boolean {
  if (isPurchase(ask.sentence.text, ask.start)) return true;
  // "The ¤ gift card I bought for my niece…": a thing, not money ("return the ¤ I paid"), bought.
  const named = ask.sentence.text.slice(ask.start, ask.end);
  if (!named.includes('¤') && boughtByWriter(ask.sentence.text, ask.end)) return true;
  if (!BOUGHT_WHEN_PAID.has(action)) return false;
  // "The overnight shipping was $28": what it cost, so it was bought.
  if (pricedInPast(ask.sentence.text, ask.start, ask.end)) return true;
  // "Can I upgrade to express? Happy to pay the $15.": the offer may follow in the next sentence.
  // The offer may come a sentence later still: "could I add express shipping? It's ¤ on the site. Happy to
  // pay it".
  const [next = '', after = ''] = ask.doc.sentences
    .slice(ask.sentence.index + 1, ask.sentence.index + 3)
    .map((s) => s.text);
  return paysForIt(ask.sentence.text) || paysForIt(next) || paysForIt(after);
}

/** Another seller's price or deal, or a reason to leave, that the customer does not ask us to match. */
function othersPrice(ask: Omit<Ask, 'negated'>): boolean {
  const text = ask.sentence.text;
  const next = ask.doc.sentences[ask.sentence.index + 1]?.text ?? '';
  return othersPriceOnly(text.slice(ask.start), clauseBefore(text, ask.start), text, next);
}

/** A firm ask for what `rule`'s keyword names, in this sentence or in the next one if it comes back to it. */
function asksFor(doc: Doc, sentence: Sentence, rule: NudgeRule): boolean {
  const firm = (text: string) =>
    (ASK.test(text) && !QUESTION_ABOUT.test(text) && !asksToKnow(text)) || oughtToBeUndone(text);
  if (firm(sentence.text)) return true;
  const [next = '', after = ''] = doc.sentences
    .slice(sentence.index + 1, sentence.index + 3)
    .map((s) => s.text);
  if (firm(next)) return !asksOnAnotherThing(next, (text) => keywordHits(rule, text).length > 0);
  // "The late fee on my account is ¤. I've been a customer for six years… Can you take it off?"
  return firm(after) && comesBack(after) && !ASK.test(next) && !asksOnAnotherThing(after, () => false);
}

// A fresh offer in a reply to "where is my refund?": "I'll reissue it", "I've sent a new one";
// not what the agent sees or checks ("I can see the refund was sent on the 12th").
const FRESH_OFFER = new RegExp(
  String.raw`\b(?:(?:i'll|i will|i can|i could|let me|i'm going to|we'll|we can)(?! (?:(?:also|now|just) )?(?:see` +
    String.raw`|tell|confirm|check|assure|understand|imagine|appreciate|look|find|track)\b)|i've (?:now |just )?` +
    String.raw`(?:re-?issued|reissued|re-?sent|issued|sent|raised|processed|arranged|approved|added|refunded` +
    String.raw`|credited|put|applied|waived|upgraded)|new|another|second|again|re-?issu\w*|extra|additional)\b`,
);

/**
 * Actions the customer only asks about ("where is my refund?", "how much is next-day delivery?").
 * A draft that answers ("the refund was issued on the 14th", "it's $4.99") reports or quotes; it
 * only asks for approval when it offers something fresh in the same clause.
 */
export function dropAnswers(asks: Ask[], askedAbout: ReadonlySet<RuleAction>): Ask[] {
  if (askedAbout.size === 0) return asks;
  const askedFor = new Set(asks.filter((a) => a.doc.field === 'text').map((a) => a.action));
  return asks.filter((ask) => {
    if (ask.doc.field !== 'draft' || !ask.action || !askedAbout.has(ask.action)) return true;
    if (askedFor.has(ask.action)) return true;
    const [from, to] = clauseAround(ask.sentence.text, ask.start);
    return FRESH_OFFER.test(ask.sentence.text.slice(from, Math.max(to, ask.end)));
  });
}

/**
 * Asks in `doc` for the actions and keywords of `rules`. Actions the customer only asks about
 * (status, inquiry) go into `askedAbout` when given.
 */
export function findAsks(doc: Doc, rules: readonly NudgeRule[], askedAbout?: Set<RuleAction>): Ask[] {
  const joined = join(doc);
  const customer = doc.field === 'text';
  // "Not asking for anything, just letting you know…": only a sentence that asks outright counts.
  const quiet = customer && asksNothing(joined.text);
  const lexical: Ask[] = [];
  const spans: [number, number][] = [];
  for (const mention of findMentions(joined.text).slice(0, MAX_MENTIONS)) {
    spans.push([mention.start, mention.end]);
    const where = locate(doc, joined, mention.start, mention.end);
    if (!where) continue;
    const negated = isNegated(where.sentence.text, where.start, 4);
    // A customer who turns something down, or asks where it is, is not asking for it.
    if (customer && (negated || turnedDown(where.sentence.text, where.start))) continue;
    if (customer && bought(where, mention.action)) continue;
    if (customer && notAskedOfUs(where.sentence.text, where.start, where.end)) continue;
    // "I wouldn't accept a ¤ voucher", "is that a promo anyone can use?": refused, or asked about.
    if (
      customer &&
      (refusedOffer(where.sentence.text, where.start) ||
        openToAnyone(where.sentence.text, where.start, where.end))
    )
      continue;
    if (customer && mention.action === 'discount' && othersPrice(where)) continue;
    if (
      customer &&
      (isOwnCondition(where.sentence.text, where.start) || (quiet && !ASK.test(where.sentence.text)))
    )
      continue;
    const held = mention.action === 'credit' && heldCredit(where.sentence.text, where.start);
    if (customer && (isStatus(where) || isDone(where) || held)) {
      askedAbout?.add(mention.action);
      // "You refunded ¤ for the dresser… I need the other ¤": the rest of it is asked for.
      const rest = isDone(where) ? restAsked(doc.sentences, where.sentence.index) : undefined;
      const sentence = rest && doc.sentences[rest[0]];
      if (rest && sentence)
        lexical.push({ doc, sentence, start: rest[1], end: rest[2], action: mention.action, negated });
      continue;
    }
    lexical.push({ ...where, action: mention.action, negated });
  }
  const keyworded: Ask[] = [];
  for (const rule of rules) {
    for (const hit of keywordHits(rule, joined.text).slice(0, MAX_MENTIONS)) {
      if (spans.some(([a, b]) => hit.start < b && a < hit.end)) continue;
      // The same object check as the lexicon: "swap my delivery slot" is not a replacement.
      if (rule.action === 'replacement' && !replacesAnItem(joined.text, hit.start, hit.end)) continue;
      const where = locate(doc, joined, hit.start, hit.end);
      if (!where) continue;
      const negated = isNegated(where.sentence.text, where.start, 4);
      // A customer often gives the context in one sentence and asks in the next.
      const asked = customer
        ? asksFor(doc, where.sentence, rule) &&
          !isStatus(where) &&
          !isAct(where, rule.action) &&
          !notAskedOfUs(where.sentence.text, where.start, where.end)
        : offeredNear(where);
      // A rule with its own lexicon only falls back on keywords when nothing else was asked.
      if (negated || !asked || (rule.action !== 'custom' && lexical.length > 0)) continue;
      keyworded.push({ ...where, rule, negated });
    }
  }
  return [...lexical, ...keyworded];
}
