// The next step is another party's, said in shapes the contact verbs miss: "must be done by
// visiting your home branch", "any claim has to be made with the courier", "the carrier needs you
// to confirm the address with them", "your employer has to request the change", "have your IT
// admin reset it", "please raise any further questions with your account manager", "these aren't
// issued by us". Over canonical text (normalize.ts).
import { clauseBefore, isConditional, isNegated } from '../../text/cues';
import { clean, isOtherParty, OUTSIDE_PARTY, TEAM } from './parties';

const PASSIVE = `(?:done|made|raised|lodged|filed|submitted|requested|arranged|sorted|handled|registered|logged|reported|changed|updated|completed|processed|taken up)`;
const MUST = `(?:has to|have to|must|needs? to|will need to|'ll need to|would need to|can only|is to|are to|should)`;
const GOING = `(?:visiting|calling|phoning|ringing|contacting|emailing|messaging|writing to|going (?:in)?to|popping into|speaking to|talking to)`;

// "Changes must be done by visiting your home branch"; "you can do that online or by calling them".
const BY_GOING = new RegExp(
  String.raw`\b(?:${MUST} be ${PASSIVE}|you(?:'ll| will)? (?:can|could|need to|have to|must|should) (?:do|sort` +
    String.raw`|change|arrange|request|update|fix) (?:that|this|it))\b[^.;!?]{0,40}? by ${GOING} (?<target>[\w&'-]+` +
    String.raw`(?: [\w&'-]+){0,4})`,
);
// "Any claim has to be made with Royal Mail": a bare word after "with" may be a name or a manner.
const WITH_PARTY = new RegExp(
  String.raw`\b${MUST} be ${PASSIVE} (?:directly )?(?:with|through|via) (?<target>[\w&'-]+(?: [\w&'-]+){0,3})`,
);
const MANNER = new RegExp(
  String.raw`^(?:an?|any|care|caution|cash|cards?|cheques?|checks?|id|photo|proof|evidence|receipts?|documents?` +
    String.raw`|paperwork|patience|permission|consent|notice|us|me|this|that|it|them|online|the (?:original ` +
    String.raw`|same )?(?:card|payment|form|app|website|site|receipt)|your (?:card|id|receipt|order|account|login` +
    String.raw`|details|password))\b`,
);
// "The carrier needs you to confirm the address with them".
const NEEDS_YOU = new RegExp(
  String.raw`(?:^|[,;:\u2013\u2014-] |\b(?:and|but|so|because|as) )(?<target>${OUTSIDE_PARTY}) (?:needs|need` +
    String.raw`|wants|want|requires|require|will need|'ll need|has asked|have asked|asks) you to (?:confirm|call` +
    String.raw`|contact|verify|fill in|complete|book|arrange|update|speak|get in touch|register|request|apply` +
    String.raw`|submit|reply|respond|email|ring|phone|message)\b`,
);
// "Your employer has to request the change": a party on the customer's side acts first.
const THEY_MUST = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|so|because|as|then) )(?<target>(?:your|their) (?:[\w&'-]+ ){0,2}?` +
    String.raw`(?:[\w-]+)) ${MUST} (?:(?:first|themselves|directly|personally) )?(?:request|apply|submit|raise|log` +
    String.raw`|contact us|call us|get in touch|make the request|put in)\b`,
);
// "Have your IT admin reset the licence", "get your landlord to sign it".
const HAVE_THEM = new RegExp(
  String.raw`(?:^|[,;:] )(?:(?:please|just|so|you'll need to|you need to|you can|you could|best to) )?(?:have|get` +
    String.raw`|ask) (?<target>(?:your|the|their) (?:[\w&'-]+ ){0,2}?[\w-]+) (?:to )?(?:reset|change|approve` +
    String.raw`|request|authori[sz]e|sign|unlock|update|renew|raise|submit|send|confirm|re-?issue|reinstall|add` +
    String.raw`|remove|transfer|assign|release|log|contact us|call us)\b`,
);
// "Please raise any further questions about this invoice with your account manager".
const RAISE_WITH = new RegExp(
  String.raw`\b(?:raise|direct|send|take|address|put|bring)(?: (?:any|all|your|these|those|such))?(?: (?:further` +
    String.raw`|other|future|more|new|follow-up))? (?:questions?|queries|query|concerns?|issues?|problems?` +
    String.raw`|requests?|complaints?)\b[^.;!?]{0,50}? (?:with|to) (?<target>${TEAM})`,
);
// "EPCs aren't issued by us": the topic belongs elsewhere (not how a value comes about: "prices
// aren't set by us").
const NOT_US = new RegExp(
  String.raw`\b(?:isn't|aren't|is not|are not|wasn't|weren't) (?:issued|handled|provided|managed|run|supplied` +
    String.raw`|administered|processed|dealt with|owned) by us\b(?! (?:at|on|during|over|until|before|after|in` +
    String.raw`|any ?more|any longer|again)\b)`,
);
const AGENT_ACTS = /\b(?:i've|i'll|i have|i will|let me|i'm going to|i already|we'll|we've)\b/;
const AGENT = /\b(?:i|i've|i'll|i'm|i'd|we|we'll|we've|let me)\b/;

/** Where `text` leaves the next step to another party in one of these shapes, and to whom. */
export function findTheirs(text: string): { index: number; target?: string } | undefined {
  const usable = (index: number) => !isNegated(text, index, 3) && !isConditional(text, index);
  const notUs = NOT_US.exec(text);
  if (notUs && !isConditional(text, notUs.index)) return { index: notUs.index };
  for (const pattern of [BY_GOING, WITH_PARTY, NEEDS_YOU, THEY_MUST, HAVE_THEM, RAISE_WITH]) {
    const m = pattern.exec(text);
    const target = clean(m?.groups?.target);
    if (!m || !target || !usable(m.index)) continue;
    if (pattern === WITH_PARTY && MANNER.test(target)) continue;
    const verb = pattern === HAVE_THEM ? 'ask' : '';
    if (target !== 'them' && !isOtherParty(target, verb)) continue;
    // "I'll have the courier re-send it", "…so I've booked you in": the agent does the legwork.
    if (
      AGENT.test(clauseBefore(text, m.index + m[0].indexOf(target))) ||
      AGENT_ACTS.test(text.slice(m.index))
    )
      continue;
    return { index: m.index, target };
  }
  return undefined;
}
