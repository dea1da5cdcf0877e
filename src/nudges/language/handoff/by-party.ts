// Round 11: handoffs said by naming whose job it is, in whatever word order. The structure is the
// same each time: the next step belongs to another party (a team, a company, a place), not to the
// agent. "Warranty claims are dealt with by Samsung", "refunds have to be requested from that
// supermarket", "applications go to the admissions office", "that would be the pensions
// helpdesk", "the seller is who you need", case notes such as "Transferred call to Retentions".
// Past tense ("was refunded by the seller") reports what happened and is left alone.
import { isConditional, isNegated, OWNERSHIP } from '../../text/cues';
import { clean, isOtherParty, OUTSIDE, TEAM } from './parties';

// "that site", "this company": the one named before, where the customer dealt with it.
const PARTY = String.raw`(?<target>${TEAM}|(?:that|this|those|these) (?:[\w'-]+ ){0,2}?(?:${OUTSIDE}|site|website|company)\b)`;

// A rule, not a report: "are", "is", "must be", "have to be", "can only be"; never "was" or "been".
const RULE_BE = `(?:are|is|must be|has to be|have to be|need to be|needs to be|should be|will need to be|can only be|are only|is only)`;
// Any step done to the case ("booked", "activated", "done"), not what explains a value or a cause.
const NOT_A_STEP =
  `(?!(?:caused|affected|impacted|required|needed|used|owned|charged|billed|priced|based|linked|connected|tied` +
  `|covered|protected|delayed|limited|restricted|signed|delivered|shipped|posted|collected|picked|dispatched|locked` +
  `|blocked|monitored|powered|hosted|stored|encrypted)\\b)`;
const JOB_DONE = `(?:dealt with|sorted(?: out)?|made|done|taken up|sent|${NOT_A_STEP}[a-z]{3,}ed)`;
// A bare name ("…by Samsung") only after "by", and not a day, a time or a means ("by hand").
const NAME =
  String.raw`(?<name>(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|noon` +
  String.raw`|midday|midnight|then|now|hand|post|mail|email|phone|card|cheque|check|law|default|mistake|error|us` +
  String.raw`|me|you|end|close|the|a|an|your|our|my)\b)[a-z][\w&'-]*)`;
const BY_PARTY = new RegExp(
  String.raw`\b${RULE_BE}(?: (?:all|always|only|usually|normally))? ${JOB_DONE}(?: (?:directly|only|solely))?` +
    // The means or the moment between: "has to be done by phone with…", "should be reported at the time to…".
    String.raw`(?: (?:by (?:phone|telephone|email|post|mail|letter|chat)|in person|in writing|online|at the time|first))? (?:` +
    String.raw`(?<prep>by|from|to|through|with) ${PARTY}|by ${NAME}(?= directly| themselves| itself|[,.;!]|$))`,
);

// "Applications go to the admissions office", "any fault visit goes through them".
const GOES_TO = new RegExp(
  String.raw`\b(?:applications?|requests?|claims?|complaints?|appeals?|refunds?|returns?|disputes?|queries` +
    String.raw`|questions|enquiries|inquiries|forms?|changes|bookings?|repairs?|(?:[\w-]+ )?visits?)(?: (?:for|about|on` +
    String.raw`|of|regarding)(?: [\w'-]+){1,4}?)? (?:go|goes|must go|have to go|has to go|need to go|needs to go` +
    String.raw`|should go|are handled|are made) (?:to|through|via) (?:${PARTY}|(?<bare>${OUTSIDE})\b)`,
);

// "That would be the pensions helpdesk", "you will want the pensions helpdesk", "the seller is
// who you need".
const THAT_BE = new RegExp(
  String.raw`\b(?:that|this)(?:'d| would| will)? be ${PARTY}(?=[,.;!?]|$| (?:for|who|that) )`,
);
const YOU_WANT = new RegExp(
  String.raw`\byou(?:'ll| will|'d| would)? (?:want|need) ${PARTY}(?= for | about |[,.;]|$)`,
);
const PARTY_IS_WHO = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:so|and|but) )${PARTY} (?:is|are|would be) (?:(?:who|the ones?|the people|the place) (?:you need` +
    String.raw`|you want|to (?:ask|contact|speak to|talk to|call))|the (?:right|best|correct|proper) (?:place|contact|people|ones?` +
    String.raw`|port of call)(?=[:,.;!]|$| for\b))`,
);

// "You'll need to request the refund through Apple here": the customer's step made with another party.
const THROUGH_PARTY = new RegExp(
  String.raw`\b(?:need to|needs to|have to|has to|want to|should|must|please|can|could) (?:request|claim|apply for|book` +
    String.raw`|arrange|file|make|submit|raise|lodge|ask for|organi[sz]e|get|dispute|cancel|change) (?:it|this|that|them` +
    String.raw`|(?:the|a|an|your) [\w-]+(?: [\w-]+)?) (?:directly )?(?:through|via|with) (?<target>(?:the |your |their )?` +
    String.raw`[a-z][\w&'-]*(?: [a-z][\w&'-]*){0,2}?)(?= here| directly| themselves| itself| instead|[,.;:!]|$)`,
);
// Ways and means, not parties: "through email", "via post".
const MEANS =
  /^(?:the |your |their )?(?:email|e-mail|phone|post|mail|chat|online|dm|web|internet|text|sms|it|that|this)\b/;

// Case notes without a subject: "Transferred call to Retentions", "Moved chat to billing q".
const NOTE_MOVED = new RegExp(
  `(?:^|[.;] )(?:transferred|moved|passed|sent|escalated|handed|routed|referred|warm transferred)(?: ` +
    `(?:the )?(?:call|chat|cust|customer|caller|client|case|ticket|query))?(?: (?:over|across|on` +
    `|up))? to ${PARTY}`,
);

// Goods on their way ("your parcel is handled by the courier") and money paid to someone
// ("refunds are sent to your bank", "payments must be made to the landlord") move no case.
const GOODS = /\b(?:parcel|package|order|delivery|item|goods|shipment|letter)s?\b/;
// How a value comes about: "the price is decided by the seller".
const VALUE =
  /\b(?:rates?|prices?|pricing|fees?|charges?|costs?|interest|tariffs?|premiums?|fares?|limits?)\s*$/;
const MONEY = /\b(?:money|funds|refunds?|payments?|deposits?|cash|balance|credit|amount)\b|¤/;

export interface PartyHit {
  index: number;
  target?: string;
}

/** Where `text` (one canonical sentence) leaves the next step with another party, if it does. */
export function findByParty(text: string): PartyHit | undefined {
  if (OWNERSHIP.test(text)) return undefined;
  for (const pattern of [NOTE_MOVED, BY_PARTY, GOES_TO, THAT_BE, YOU_WANT, PARTY_IS_WHO, THROUGH_PARTY]) {
    const m = pattern.exec(text);
    if (!m) continue;
    const target = clean(
      (m.groups?.target ?? m.groups?.name ?? m.groups?.bare)?.replace(/^(?:that|this|those|these) /, 'the '),
    );
    if (!target || /^my /.test(target) || !isOtherParty(target)) continue;
    if (pattern === THROUGH_PARTY && MEANS.test(target)) continue;
    const lead = text.slice(0, m.index);
    // Goods handled by a courier move no case; goods to be returned to a store do.
    const goods = GOODS.test(lead) && m.groups?.prep !== 'to';
    if (pattern === BY_PARTY && (goods || VALUE.test(lead) || (m.groups?.prep === 'to' && MONEY.test(lead))))
      continue;
    if (isNegated(text, m.index, 3) || isConditional(text, m.index)) continue;
    return { index: m.index, target };
  }
  return undefined;
}
