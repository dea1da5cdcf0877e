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

/**
 * Whether the ask at `start` of a customer's sentence is asked of another party or is someone else's
 * ask passed on.
 */
export function notAskedOfUs(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  return ASKED_OF_ANOTHER.test(before) || ANOTHER_WANTS.test(before);
}
