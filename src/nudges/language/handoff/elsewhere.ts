// The customer has to go elsewhere, said without a contact verb: "refunds can only be issued by
// Apple", "it has to be done in person at one of our stores", "let your bank know", "the best
// route is via your HR portal", "this needs the account holder to call us", "the tech team can
// take you through it on 0800…". Over canonical text (normalize.ts).
import { clauseBefore, isConditional, isNegated } from '../../text/cues';
import { clean, isOtherParty, OUTSIDE, TEAM, TEAM_NAMES, TEAM_NOUN } from './parties';

// "App Store purchases can only be refunded by Apple": only someone else can do it.
// Not who may use or see something: "the card can only be used by the account holder".
const ONLY_BY = new RegExp(
  String.raw`\b(?:can|could|may|will|are|is) only be (?!(?:used|accessed|viewed|opened|read|redeemed|spent` +
    String.raw`|claimed|collected)\b)(?:[a-z]+ed|done|made|given|sent|paid|taken|undone|withdrawn) ` +
    String.raw`(?:directly )?by (?<target>[a-z][\w&' -]{0,40})`,
);
// "A change of account holder has to be done in person at one of our stores".
const IN_PERSON = new RegExp(
  String.raw`\b(?:has to|have to|must|needs? to|will need to|'ll need to|would need to|can only|is to|are to) be ` +
    String.raw`(?:done|made|completed|signed|arranged|processed|submitted|requested|changed|handled|collected` +
    String.raw`|verified|checked|updated|renewed|cancell?ed) (?:in person|face to face|in (?:a )?(?:store|branch` +
    String.raw`|shop)|at (?:a|one of (?:our|the)|your (?:local|nearest)|the|any) (?:[\w-]+ )?(?:stores?|branch` +
    String.raw`(?:es)?|shops?|offices?|counters?|post office|dealers?|dealerships?))\b`,
);
// "Let your bank know", "you'll need to let the landlord know" (not "let the team know": ours).
const LET_KNOW = new RegExp(
  String.raw`(?:(?:^|[,;:] )(?:just |also |please |so )?|\b(?:please|kindly|need to|needs to|have to|should|must` +
    String.raw`|'d|best to|better to|worth|can|could|want to) (?:also |just |first |then )?)let (?<target>(?:the` +
    String.raw`|your|their) (?:(?:[\w&'-]+ ){0,2}?(?:${OUTSIDE}|${TEAM_NAMES})|` +
    String.raw`(?:[\w&'-]+ ){1,2}?${TEAM_NOUN})) know\b`,
);
// "The best route is via your HR portal": another party's own channel.
const VIA_PARTY = new RegExp(
  String.raw`\b(?:best|right|only|quickest|easiest|fastest|usual|proper) (?:route|way|option|bet|channel)` +
    String.raw`(?: \w+){0,3}? (?:is|would be|'s|will be) (?:via|through|with) (?<target>(?:the|your|their) ` +
    String.raw`(?:[\w&'-]+ )?(?:${TEAM_NAMES}|${OUTSIDE}|[\w-]+ ${TEAM_NOUN}))(?:'s)?\b`,
);
// The person a change has to come from: "the account holder", "the bill payer".
export const HOLDER_NOUN =
  `(?:(?:the|your) (?:main |named |primary |lead |registered )?(?:account|card|policy|bill|plan` +
  `|contract)[ -]?(?:holder|owner)|the (?:named|registered|lead|main|primary) (?:person|passenger` +
  `|customer|driver|guest|user|member)|(?:the|your) (?:bill ?payer|policyholder|cardholder))`;
// "This needs the account holder to call us", "the claim has to be made by the policy holder".
const HOLDER = new RegExp(
  String.raw`\b(?:has to|have to|must|needs? to|can only|will have to|'ll have to) be (?:made|done|requested` +
    String.raw`|submitted|signed|authori[sz]ed|approved|arranged|changed|raised|confirmed) (?:directly ` +
    String.raw`|personally )?by (?<holder>${HOLDER_NOUN})|\b(?:needs|need|requires|require|will need|'ll need` +
    String.raw`|would need|has to come from|must come from) (?<target>${HOLDER_NOUN}) (?:to |themselves to ` +
    String.raw`|personally to |(?:to )?(?:directly|first) to )?(?:call|contact|ring|phone|email|sign|confirm` +
    String.raw`|approve|authori[sz]e|request|log|get in touch|speak|message|come|visit|do|make|write|give)\b`,
);
// "The tech support team can take you through it on 0800 800 150".
const ON_NUMBER = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|so) )(?<target>${TEAM}) (?:can|could|will|'ll|would|should|are able to|is able to)\b[^.;!?]{0,50}? (?:on|at|via) \+?0?\d[\d ]{6,}`,
);
const AGENT_ACTS = /\b(?:i've|i'll|i have|i will|let me|i'm going to|i've just|i already)\b/;
const AGENT = /\b(?:i|i've|i'll|i'm|i'd|we|we'll|we've|let me)\b/;

/** Where `text` sends the customer elsewhere without a contact verb, and to whom. */
export function findElsewhere(text: string): { index: number; target?: string } | undefined {
  const usable = (index: number) => !isNegated(text, index, 3) && !isConditional(text, index);
  const only = ONLY_BY.exec(text);
  const party = clean(only?.groups?.target);
  if (only && party && isOtherParty(party) && usable(only.index)) return { index: only.index, target: party };
  for (const pattern of [IN_PERSON, HOLDER]) {
    const m = pattern.exec(text);
    // "…in person, so I've booked you a slot at our store": the agent arranges it.
    if (!m || !usable(m.index) || AGENT_ACTS.test(text.slice(m.index))) continue;
    return { index: m.index, target: m.groups?.target ?? m.groups?.holder };
  }
  for (const pattern of [LET_KNOW, VIA_PARTY, ON_NUMBER]) {
    const m = pattern.exec(text);
    const target = clean(m?.groups?.target);
    if (!m || !target || !isOtherParty(target) || !usable(m.index)) continue;
    // "I'll let the courier know" is the agent's own legwork.
    if (AGENT.test(clauseBefore(text, m.index + m[0].indexOf(target)))) continue;
    return { index: m.index, target };
  }
  return undefined;
}
