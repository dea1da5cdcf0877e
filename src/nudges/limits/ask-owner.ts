import { reads } from './binding-settings';

// Whose ask it is and of whom it is asked. A limit nudge is for what the customer asks of this company
// now: "I've asked them to reimburse me the ¤", "I'm going to ask my bank to reverse the ¤ charge", "already
// told them i want my ¤ back" ask another party; "my friend… she'd like a ¤ credit on her account" is
// someone else's ask, passed on. Over canonical sentence text (normalize.ts).

// A verb of asking or telling with another party as its object, right before the ask's words.
const ASKED_OF_ANOTHER = new RegExp(
  String.raw`\b(?:ask|asks|asked|asking|told|tell|telling|get|getting)` +
    String.raw` (?:them|him|her|(?:my|the|our|their|his|her) [a-z'-]+(?: [a-z'-]+)?|[a-z'-]+ (?:support|bank|courier|insurer|insurance|airline))` +
    String.raw` (?:to|that|if|whether|i|we)\b(?:(?! (?:you|your|u)\b) [^,;:]*)? $`,
);

// Someone else as the one who wants it: "she'd like", "he wants", "my mum would like".
const ANOTHER_WANTS = new RegExp(
  String.raw`\b(?:she|he|they|(?:my|our) (?:friend|mum|mom|mother|dad|father|wife|husband|partner|son|daughter|neighbou?r|sister|brother|colleague|boss)(?: [a-z]+)?)` +
    String.raw`(?:(?:'d| would) (?:like|love|prefer)| wants| needs| is asking for| asked for)(?: [^,;:]*)? $`,
);

// Another party that will give it or has agreed to: "my bank will refund the ¤ charge", "the insurer has
// agreed to reimburse…" (the othersDo gate, binding-settings.ts).
const ANOTHER_GIVES = new RegExp(
  [
    String.raw`\b(?:my|the|our|his|her|their) (?:bank|card issuer|card company|credit card company|credit union|`,
    `insurer|insurance company|insurance|paypal|employer|landlord|courier|airline|seller|school|council)`,
  ].join('') +
    String.raw`(?:'ll| will| is going to| are going to| has agreed to| have agreed to| agreed to| already| said (?:they|it|she|he)(?:'d| would| will))(?: (?:probably|just|also|then|now|happily))? $`,
);
// An ask we turned down before, told as past: "you already refused to refund the ¤" (the refused gate).
const REFUSED_BEFORE = new RegExp(
  [
    String.raw`\b(?:you|your (?:team|colleague|agent|store|staff)|they|the (?:store|agent|manager))(?: (?:already|`,
    `previously|twice|once))? (?:refused|declined|denied|rejected|turned down|`,
    `said no to)(?: (?:my request|my ask|me))?(?: (?:to|for|a|the))? $`,
  ].join(''),
);
// A recurrence supposed in an if-clause before the question: "If it breaks again, would you refund the
// ¤?" asks what would happen (the hypothetical gate).
const SUPPOSED_AGAIN =
  /^(?:[a-z ]+[,;:] )?(?:and |but |so )?(?:if|should|in case|what if)\b[^,;:]*\b(?:again|in future|in the future|next time|ever)\b[^;:]*?[, ]+(?:would|will|could|can|do|does)(?: you| u| they)\b/;

// Money asked for someone else, named as the one it goes to right after the ask's verb: "can you refund
// her ¤?", "please give him a ¤ credit" (the forAnother gate). Not her thing named ("refund her child
// ticket"), which may be the writer's own booking.
const FOR_ANOTHER = /^ (?:her|him)(?= ¤| (?:a|an|the|back|what|that)\b)/;

/**
 * Whether the ask at `start` of a customer's sentence is asked of another party or is someone else's
 * ask passed on; with the gates on, also one another party gives, one refused before, or one supposed
 * for a recurrence.
 */
export function notAskedOfUs(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  return (
    (reads('forAnother') && FOR_ANOTHER.test(text.slice(end, end + 40))) ||
    ASKED_OF_ANOTHER.test(before) ||
    ANOTHER_WANTS.test(before) ||
    (reads('othersDo') && ANOTHER_GIVES.test(before)) ||
    (reads('refused') && REFUSED_BEFORE.test(before)) ||
    (reads('hypothetical') && text.trim().endsWith('?') && SUPPOSED_AGAIN.test(text.slice(0, start)))
  );
}
