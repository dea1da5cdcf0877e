// The frame a customer's mention of an action stands in, read over canonical sentence text
// (normalize.ts: money is "¤"): words quoted from an earlier message, a hypothetical question about
// what would happen, a question about the policy, or thanks that come back to it after it. In none
// of them does the writer ask for the action now.
import { ASK, clauseBefore } from '../text/cues';
import { reads } from './binding-settings';
import { LIMIT_WORDS } from './rule-keywords';

// Quotation marks: straight and curly double quotes, and a single quote that is not an apostrophe
// inside a word ("i'd").
const QUOTE = /["“”]|(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu;

// "My previous email asked about the ¤ refund", "as my last message said, …".
const EARLIER = new RegExp(
  String.raw`\b(?:my|our|the) (?:previous|last|earlier|first|original) (?:e?mail|message|letter|chat|ticket|reply|note)\S*` +
    String.raw`(?: [\w'()-]+){0,3}? (?:asked|said|mentioned|requested|explained|was)\b(?:(?! but\b)[^.!?])*$`,
);

/**
 * Whether the words at `start` are quoted ("your email said: "we will refund ¤"", "i said 'please
 * refund the ¤'", a reply's "> …" line): someone's earlier words, not the writer asking now. Quotation marks are paired
 * in reading order; a quote that holds one word only ("a "refund" of ¤") is emphasis, not a quote.
 */
export function isQuoted(text: string, start: number): boolean {
  // A line quoted in an email reply ("> Please refund the $130…"), or what an earlier message said.
  if (text.startsWith('>') || EARLIER.test(text.slice(Math.max(0, start - 160), start))) return true;
  const marks = [...text.matchAll(QUOTE)].map((m) => m.index);
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const open = marks[i] ?? 0;
    const close = marks[i + 1] ?? 0;
    if (start > open && start < close)
      return (
        text
          .slice(open + 1, close)
          .trim()
          .split(/\s+/).length > 1
      );
  }
  return false;
}

// A hypothetical said outright ("hypothetically", "in theory", "say the parcel gets lost", "what
// if…"), or a question asked before buying ("before I order, …").
const HYPOTHETICAL = new RegExp(
  String.raw`\b(?:hypothetically|in theory|theoretically|suppos(?:e|ing)|what if|what happens if|` +
    String.raw`before (?:i|we) (?:buy|order|purchase|book|commit|sign up|subscribe|pay)|` +
    String.raw`^(?:so |and |but )?say (?:the|my|it|i|we|that)\b)`,
);
// An if-clause on what has not happened: the writer's own later act or what the product might do
// ("if the replacement doesn't work either", "if it breaks again"); not "if possible", "if you can".
const IF_CLAUSE = /\b(?:if|in case|should)\b (?!(?:possible|you|u|that's|it's (?:possible|ok|okay))\b)/;
// The question asks what would follow, not for it: "would I be able to get…", "is the refund full
// or partial?", "will I get…", "do I get…".
const WOULD_FOLLOW = new RegExp(
  String.raw`\b(?:would|will|do|does|is|are|should|could) (?:i|we|it|there|that|the [\w-]+|my [\w-]+)` +
    String.raw`(?: (?:still|also|then|just))? (?:be|get|have|qualify|receive|count|cover|mean|apply|work)\b|` +
    String.raw`\b(?:is|would|will) (?:the|that|my) [\w-]+ (?:be )?(?:full|partial|in full|the whole)\b`,
);

// Which of two things would follow in a case that has not happened: "If the replacement arrives damaged
// too, would you refund the ¤ or just send another one?", "If I cancel now, will you refund the ¤ or only
// part of it?" ask what the policy would be.
const CHOICE_IF =
  /^(?:[\w']+ )?(?:if|in case|should)\b[^,;?]{0,160}, (?:would|will) you\b[^?]{0,160}\bor\b[^?]{0,80}\?\s*$/;

// An ask said plainly beside the hypothetical: "can you", "please", "I'd like", "we need".
const PLAIN_ASK = /\b(?:can|could) you\b|\bplease\b|\bi(?:'d| would) like\b|\b(?:i|we) (?:want|need)\b/;

/**
 * Whether the sentence asks what would happen in a case that has not happened ("Hypothetically, if
 * I returned both chairs, would you refund the full ¤?", "If the replacement doesn't work either,
 * would I be able to get a refund?", "Before I buy: if the ¤ mattress doesn't suit me, is the refund
 * full or partial?"): a question on the policy, not an ask. "If it hasn't come by Friday, can you
 * refund me?" and "…, please refund me" still ask.
 */
export function isHypothetical(text: string): boolean {
  if (!text.trimEnd().endsWith('?')) return false;
  if (HYPOTHETICAL.test(text)) return !PLAIN_ASK.test(text);
  if (CHOICE_IF.test(text)) return true;
  return IF_CLAUSE.test(text) && WOULD_FOLLOW.test(text) && !PLAIN_ASK.test(text) && !ASK.test(text);
}

// Asking to know, not for the thing: "I'd like to know when it renews", "I want to understand why".
const TO_KNOW =
  /\b(?:(?:i'd|i would|i) (?:like|want|need|wanted)|i'm (?:trying|hoping)) to (?:know|understand|find out|check|ask|confirm|see)\b/;

/** Whether the sentence asks to know something, with no other ask in it. */
export function asksToKnow(text: string): boolean {
  return TO_KNOW.test(text) && !ASK.test(text.replace(TO_KNOW, ''));
}

// Thanks after the mention that come back to it: "…a ¤ refund…, thank you for processing it".
const THANKS_AFTER = new RegExp(
  String.raw`\b(?:thanks|thank you|thank u|appreciate|grateful)(?: (?:so|very) much)?(?: for| you for)? ` +
    String.raw`(?:\w+ing|sorting) (?:it|that|this|them|so quickly|so fast)\b`,
);

/** Whether the rest of the sentence after `end` thanks for the thing named, with no ask in it. */
export function thankedAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 200);
  return THANKS_AFTER.test(rest) && !ASK.test(rest);
}

// The thing named, then the price it had: "the overnight shipping was ¤", "my express upgrade cost
// me ¤". Said in the past, it is what the writer bought.
const PAST_PRICE =
  /^(?: [\w-]+){0,2} (?:was|were|cost(?: me| us)?|came to|set me back)(?: (?:an extra|another|extra))? ¤/;
const NAMED_BEFORE = /(?:^|\b(?:the|my|our|that|this))(?: [\w-]+)? $/;

/** Whether the mention from `start` to `end` is the subject of a past price, with no ask in its sentence. */
export function pricedInPast(text: string, start: number, end: number): boolean {
  return (
    PAST_PRICE.test(text.slice(end, end + 80)) &&
    NAMED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    !ASK.test(text)
  );
}

// Credit the writer holds, named with "my": "will my ¤ credit expire?", "is my gift card still valid".
const MY_CREDIT = /\b(?:my|our)(?: ¤)?(?: (?:store|account|gift|loyalty|travel|e-gift))? $/;

// Credit the writer holds, asked to be used or kept: "please apply my ¤ account credit to this order",
// "can you extend my gift card" (limit-words.json): no new credit is given.
const USES_HELD = new RegExp(LIMIT_WORDS.usesHeld);

/**
 * Whether a credit mention at `start` names what the writer holds, in a sentence that asks nothing or
 * asks only to use it.
 */
export function heldCredit(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (MY_CREDIT.test(before) && !ASK.test(text)) || USES_HELD.test(before);
}

// "I'd rather have store credit than a refund": the thing after "than" is the one turned down.
const RATHER_THAN =
  /\b(?:rather|prefer|preferably|sooner)\b(?:(?! but\b)[^,;.!?])* than (?:a |an |the |my |your )?$/;

// "I'm not sure I want a refund yet": not decided, so not asked (limit-words.json).
const NOT_DECIDED = new RegExp(LIMIT_WORDS.notDecided);

/** Whether the mention at `start` is the one the writer would rather not have, or has not decided on. */
export function turnedDown(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  return RATHER_THAN.test(before) || NOT_DECIDED.test(before);
}

// A source quoted on the policy: "your FAQ says refunds take 3-10 days and that ¤-¤ is deducted".
const SOURCE_SAYS = new RegExp(
  String.raw`\b(?:your|the) (?:faq|website|site|page|policy|terms|app|help (?:page|cent(?:er|re))|listing|` +
    String.raw`small print|t&cs?)s? (?:says?|said|states?|stated|mentions?|claims?|explains?)\b`,
);

/** Whether the clause before a mention reports what a page or policy says, with no ask in it. */
export function sourceSays(clause: string): boolean {
  return SOURCE_SAYS.test(clause) && !ASK.test(clause);
}

// What was done, set before the main clause: "After the ¤ refund for the broken tank last month, I
// reordered…", "Following your ¤ credit in May, …". The sentence's ask is about something else.
const LEADING_PAST =
  /^(?:(?:so|and|but|well|also|ok|okay) )?(?:after|following|since|besides|apart from)(?: (?:the|my|your|that|a|an|last))?(?: (?:[\w'-]+|¤)){0,3} $/;

/** Whether the mention at `start` stands in a leading phrase of past events that a comma closes. */
export function backgrounded(text: string, start: number): boolean {
  if (!LEADING_PAST.test(text.slice(0, start))) return false;
  const comma = text.indexOf(',', start);
  return comma > 0 && !ASK.test(text.slice(0, comma));
}

// "When will it actually be applied?", "why is it still pending?": the next sentence asks after it.
const AFTER_IT = new RegExp(
  String.raw`^(?:so |and |but )?(?:when|why|how long)\b[^.!?]*\b(?:it|that|this|they|them)\b[^.!?]*\?$|` +
    String.raw`^(?:so |and |but )?(?:is|has|will) (?:it|that|this) (?:still |ever |actually )?(?:going|coming|be|been|pending|applied|showing)\b[^.!?]*\?$`,
);

/** Whether `next` (the sentence after a mention) asks only after the state of the thing named. */
export function askedAfter(next: string): boolean {
  return AFTER_IT.test(next.trim()) && !ASK.test(next);
}

// Moving what the customer already holds is no new gift: "we've transferred the ¤ credit to your
// new workspace", "I've moved your voucher to the new account".
const MOVED =
  /\b(?:transferr?(?:ed|ing)?|mov(?:e|ed|ing)|migrat(?:e|ed|ing)|carr(?:y|ied|ying) over|port(?:ed|ing)?) (?:the|your|this|that|those|these)(?: ¤)?(?: [\w'-]+)? $/;

/** Whether the mention at `start` is something held, moved elsewhere. */
export function movedHeld(text: string, start: number): boolean {
  return MOVED.test(text.slice(Math.max(0, start - 60), start));
}

// "Do you sell $100 gift cards? I want to buy two…": the next sentence buys, it does not ask again.
const BUYS = /\bto (?:buy|purchase|order)\b/;

/** Whether `next` asks again for the thing just named ("…never got it. Can you send it?"). */
export function asksAgainFor(next: string): boolean {
  return ASK.test(next) && /\b(?:it|that|this|them|one)\b/.test(next) && !BUYS.test(next);
}

// A paper about it, or the writer's own earlier ask: "I need an invoice showing the ¤ refund for my tax
// return", "last time I asked for a ¤ credit you said no" (limit-words.json).
const ABOUT_THE_ASK = new RegExp(LIMIT_WORDS.aboutTheAsk);

// Someone's earlier promise told again: "my previous agent said she'd refund the ¤" (limit-words.json).
const PROMISED_BEFORE = new RegExp(LIMIT_WORDS.promisedBefore);

/**
 * Whether the mention at `start` is what a paper records, what the writer asked for before, or what
 * someone promised before.
 */
export function aboutTheAsk(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return ABOUT_THE_ASK.test(before) || PROMISED_BEFORE.test(before);
}

// "…a refund but it hasn't shown up" is about the refund; "…the laptop that never arrived" is not.
export function laterClause(text: string, from: number): string {
  const after = text.slice(from).trimStart();
  return /^[,;:]?\s*(?:but|however|though|yet)\b/.test(after) ? after : '';
}

// What the writer says is fine as it is: "the ¤ vet approval fee is fine, but…", "the ¤ express shipping
// was worth every cent", "I don't mind paying the ¤ fee" (limit-words.json).
const ACCEPTED_AFTER = new RegExp(LIMIT_WORDS.acceptedAfter);
const ACCEPTED_BEFORE = new RegExp(LIMIT_WORDS.acceptedBefore);

/**
 * Whether the mention from `start` to `end` is something the writer accepts, not contests: no ask for
 * it, whatever the sentence asks after it ("…is fine, but can you hurry the approval up?").
 */
export function acceptedAsIs(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start);
  if (ASK.test(before)) return false;
  if (ACCEPTED_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return true;
  // Only a thing that is there already is accepted as it is: "an ¤ credit for the hassle is fair" puts
  // one forward.
  return DEFINITE.test(before.slice(-60)) && ACCEPTED_AFTER.test(text.slice(end, end + 80));
}

const DEFINITE = /\b(?:the|that|this|my|your|our)(?: (?:[\w'-]+|¤)){0,3} $/;

// What the customer would not accept, said of the thing: "I wouldn't accept a ¤ voucher for this", "we
// won't take store credit" (the refusedOffer gate). A floor is an ask: "I won't accept anything less than a
// ¤ refund", "I won't accept less than ¤".
const WOULD_NOT_ACCEPT = new RegExp(
  String.raw`\b(?:i|we)(?: (?:just|simply|honestly|really|certainly|definitely))?` +
    String.raw`(?: (?:wouldn't|would not|won't|will not|don't|do not|can't|cannot|couldn't|could not|refuse to)|(?:'m| am|'re| are) not going to)` +
    String.raw`(?: (?:just|simply|ever|really))? (?:accept|take|settle for|agree to|be happy with|be satisfied with)` +
    String.raw`(?: (?!(?:anything|less|under|below|lower|other|but|only|except)\b)(?:[\w'-]+|¤)){0,3} $`,
);

/** Whether the mention at `start` names what the customer would not accept (with the refusedOffer gate on). */
export function refusedOffer(text: string, start: number): boolean {
  return reads('refusedOffer') && WOULD_NOT_ACCEPT.test(clauseBefore(text, start).slice(-120));
}

// Whether a deal is open to everyone is asked about, not asked for: "is that a promo anyone can use?", "is
// this discount something everyone gets?", "are those vouchers for all customers?" (the openToAnyone gate).
const IS_THAT_A =
  /\b(?:is|are|was|were) (?:that|this|it|there|these|those)(?: (?:still|really|just))?(?: (?:a|an|some|the|any))?(?: [\w-]+)? $/;
const OPEN_TO = new RegExp(
  String.raw`^(?: (?:that|which|deal|offer|code|thing))?(?: (?:something|one))?(?: (?:that|which))?` +
    [
      ` (?:anyone|everyone|anybody|everybody|any customer|all customers|every customer|other customers|`,
      String.raw`other people|for (?:anyone|everyone|all|all customers|any customer|new customers|everybody))\b`,
    ].join(''),
);

/** Whether the mention from `start` to `end` is a question whether a deal is open to anyone (with the openToAnyone gate on). */
export function openToAnyone(text: string, start: number, end: number): boolean {
  return (
    reads('openToAnyone') &&
    text.includes('?') &&
    IS_THAT_A.test(text.slice(Math.max(0, start - 60), start)) &&
    OPEN_TO.test(text.slice(end, end + 60))
  );
}
