// Someone else named as the one who acts, with "who" or "that": "it'll be our credit team who
// contacts you", "the engineer who installed it will be your contact". The caller drops these when
// the agent says they stay the contact, as for the other "someone else has it" phrasings.
import { clauseBefore, isNegated } from '../../text/cues';
import { isOtherParty, NAMED, TEAM, THEY_DO } from './parties';

// "It'll be our credit control team who contacts you about the balance."
const CLEFT = new RegExp(
  String.raw`\bit(?:(?:'ll| will| would|'d| should| may| might)(?: (?:now|then|actually|probably|likely))? be|'s` +
    String.raw`| is)(?: (?:actually|really|only))? (?<target>${TEAM}|${NAMED}) (?:who|that) (?:will |'ll |can ` +
    String.raw`|would |should |then |now )?(?:(?:have|has|need|needs) to |must )?(?:${THEY_DO}|raises?)\b`,
);
// "The next step is for the assessor to contact you", "it's up to the seller", "that'd be down to your bank".
const THEIRS = new RegExp(
  String.raw`\b(?:is|are|'s|'d be|would be|will be|'ll be) (?:(?:entirely|really|completely|totally|all|now` +
    String.raw`|then) )?(?:for (?<target>${TEAM}) to ${THEY_DO}|up to (?<up>${TEAM})(?= (?:whether|if|to|what|when` +
    String.raw`|how)\b|[.!?,]|$))|\b(?:'d|would|will|'ll) be (?:entirely |really |all )?down to (?<down>${TEAM})\b`,
);
// "Whether they take it back is up to the retailer": "whether" opens the subject, not a condition.
const IF_CLAUSE = /\b(?:if|unless|in case|should you|as long as|in the event)\b/;
const decided = (text: string, index: number) =>
  !isNegated(text, index, 3) && !IF_CLAUSE.test(clauseBefore(text, index));

// "Please allow our underwriting team up to 5 days to respond".
const ALLOW_TIME = new RegExp(
  String.raw`\b(?:allow|give) (?<target>${TEAM}) (?:up to |at least |around |about )?(?:\d+|a few|several|a couple of|some|one|two|three|five|ten) (?:working |business )?(?:days?|hours?|weeks?) to\b`,
);
// "We can't help with that, but the carrier can.": the verb left out, another party can.
const BUT_THEY_CAN = new RegExp(
  String.raw`(?:\bbut|[,;](?! but\b)) (?<target>${TEAM})(?: (?:at|in|from) (?:the|your|their|a|an|any) [\w-]+` +
    String.raw`(?: [\w-]+)?)? (?:can|could|will|would|should|may|might|will be able to|would be able to` +
    String.raw`|should be able to)(?: (?:though|probably|definitely|certainly|help))?\s*[.!]?$`,
);
// "Aviva will handle it from here": a party named bare, taking the case over.
const NAME_TAKES = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:so|and|therefore|then|now) )(?!(?:i|we|you|it|this|that|they|he|she|who|which` +
    String.raw`|everything|nothing|system|app|website|site|portal|email|message|text|notification|letter|refund` +
    String.raw`|payment|order|parcel|package|delivery|invoice|confirmation|link|code|there)\b)` +
    String.raw`(?<target>[a-z][\w&-]*) (?:will|'ll|is going to|are going to) (?:(?:now|then|also|directly) )?` +
    String.raw`(?:take it from here|take over|handle (?:it|this|your \w+) from here|be in touch|get back to you` +
    String.raw`|contact you|be your (?:\w+ )?contact|reach out to you|call you|email you|write to you)\b`,
);
// "… will be your contact from now on": a new contact for the customer.
const NEW_CONTACT =
  /\b(?:will|'ll|is going to|are going to|shall) (?:now )?be your (?:new |main |dedicated |single |direct |only )?(?:point of contact|contact|case (?:owner|handler|manager|officer)|go-to)\b/;
// The agent, the customer, a number or nobody in particular as the subject of the clause.
const SELF_BEFORE =
  /^\s*(?:(?:and|so|but|then) )?(?:i|we|i'll|we'll|i'm|we're|me|you|it|this|that|there)\b|^\s*$/;

/** Where `text` names someone else as the one who acts on the case, and who when it says. */
export function findWho(
  text: string,
  usable: (index: number) => boolean,
): { index: number; target?: string } | undefined {
  const cleft = CLEFT.exec(text);
  if (cleft && usable(cleft.index)) return { index: cleft.index, target: cleft.groups?.target };
  for (const pattern of [THEIRS, ALLOW_TIME, BUT_THEY_CAN, NAME_TAKES]) {
    const m = pattern.exec(text);
    const target = m?.groups?.target ?? m?.groups?.up ?? m?.groups?.down;
    if (!m || !target) continue;
    // Vetted where the party is named: "we can't help, but the carrier can" is not negated.
    const at = m.index + m[0].indexOf(target);
    if ((m.groups?.up ? decided(text, at) : usable(at)) && isOtherParty(target)) return { index: at, target };
  }
  const contact = NEW_CONTACT.exec(text);
  if (contact && usable(contact.index) && !SELF_BEFORE.test(clauseBefore(text, contact.index))) {
    return { index: contact.index };
  }
  return undefined;
}
