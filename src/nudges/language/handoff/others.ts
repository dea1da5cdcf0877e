// Someone else takes the case over: "someone from billing will call you", "you'll hear from the
// courier", "your query needs to go to our claims team", "our returns department handles that",
// "your case is now with our collections team". The caller drops these when the agent says they
// stay the contact ("…and I'll update you by 3pm").
import { OUTSIDE_PARTY, TEAM, TEAM_NAMES, TEAM_NOUN } from './parties';

const SUBJECT = String.raw`(?:someone(?: else)?|somebody(?: else)?|another team|a different team|(?:a|one|another) (?:team|staff) member|(?:our|the) team members|(?:a |my |our )?colleagues?|another (?:agent|colleague|team|department|advis[eo]r|person|engineer|technician|specialist|expert|rep|representative|handler|caseworker|member of (?:the|our) team)|one of (?:our|my) (?:colleagues|team|specialists|agents|advis[eo]rs|experts|technicians|engineers)|(?:a|one) member of (?:the|our|my) (?:[\w&-]+ ){0,5}?(?:team|service|department|unit|office|desk|panel)|an? (?:[\w&-]+ ){0,2}?(?:specialist|supervisor|manager|team leader|team lead|representative|technician|engineer|rep|advis[eo]r|expert|agent)|(?:my|our) (?:colleague|supervisor|manager|team lead|lead|partners?|suppliers?|providers?|contractors?|engineers?|technicians?|specialists?|couriers?|carriers?) (?!(?:and|or|but|who|to|will|would|is|has|had|have|can|could|should|may|might|about|for|on|in|at|with|approved|said|says|agreed|confirmed)\b)[a-z]+|(?:the|our|my|your) (?:[\w&-]+ ){0,2}?${TEAM_NOUN}(?: (?!(?:and|or|but|who|which|that|then|so|will|can)\b)[a-z]+(?= (?:to|will|'ll|can|is going to)\b))?|${OUTSIDE_PARTY}|they|who|he|she|${TEAM_NAMES})(?: (?:from|in|at|on) (?:the |our |my )?[\w&-]+(?: [\w&-]+){0,2}?)?(?: (?:assigned|allocated|dealing|working|handling)(?: to| with| on)? (?:you|your \w+|it|this))?`;
const TAKES_OVER = String.raw`(?:get back to you|verify (?:you|your identity)|assist you(?: further| from here)?|help you (?:further|from here|with (?:that|this|it|the rest))|get back in touch|come back to you|contact you|call you|ring you|phone you|email you|message you|text you|write to you|reach out|be in touch|get in touch|be contacting you|be calling you|be in contact|follow up|respond|reply|take (?:it|this|over|your case)(?: over)?(?: from here)?|take it from here|revert (?:back )?to you|(?<=(?:need|needs|have|has) to )check (?:that|this|it)(?: for you)?|(?:own|handle|manage|run|take over|look after|deal with) (?:the |your )?[\w-]+ from (?:here|now on)|(?:reimburse|refund|compensate|pay) you|(?:call|ring|phone|email|write)(?: back)?(?= (?:within|shortly|soon|tomorrow|today|later|in the next|by|this|next)\b)|keep you (?:updated|posted|informed|in the loop)|know (?:more|better|best|the answer)|have (?:more|the|all the) (?:details|info|information|answer)|(?:look into|deal with|handle|decide)(?=[.!?]?$)|continue (?:with )?(?:it|this|that|your \w+)|carry on with (?:it|this|that|your \w+)|take over from me|pick up where i left off|handle (?:it|this|your \w+|(?:all|any|future) (?:[\w-]+ )?[\w-]+s\b)|take a look(?: at (?:it|this|your \w+))?|taken (?:ownership of|over) (?:it|this|your \w+)|deal with (?:it|this|your \w+)|look after you|assist you|help you|help with (?:that|this|it)|pick (?:it|this|your \w+) up|pick up (?:it|this|that|your \w+|the \w+)|(?:jump|hop|get) on a (?:quick )?(?:call|video call|chat|zoom|teams call)(?: \w+)? with you|be (?:in charge of|responsible for|dealing with|handling|looking after|managing|owning) (?:it|this|that|your \w+|the \w+)|(?:assess|decide on|process) (?:it|this|that|your \w+)|be able to help|tell you (?:more|what|how|whether|if|when|why|where|exactly)|explain (?:it|this|that|more|what|how|why)|confirm (?:whether|if|what|when)|answer (?:that|this|it|your \w+)|advise (?:on|you)|help (?:you )?(?:with|further|out)|advise you|give you a (?:call|ring)|update you|let you know|sort (?:it|this|that)(?: out)?|look (?:at|into) (?:it|this|your \w+)|be able to (?:come (?:back|out|round)(?: out)?(?: and)? )?(?:help|sort|fix|reverse|resolve|refund|assist|answer|advise|process|arrange|book|deal with|look into)|be your (?:\w+ )?(?:point of )?contact|take over|be in contact|arrange (?:a |the |your )?(?:collection|repair|visit|call|callback|replacement|refund|pickup|engineer|payment plan|plan|new \w+)|assist (?:you )?(?:further|with)|book (?:a |the |your )?(?:slot|visit|appointment|engineer|collection)|(?:review|investigate|resolve|action|answer|process|handle|manage|own) (?:it|this|that|your \w+)|look into (?:it|this|that|your \w+)|be looking after you|be handling (?:this|it|your \w+)|reach you|[^.!?]{0,40}? and (?:then )?(?:(?:email|call|contact|update|write to|message|get back to|let) you|reach out|be in touch|get in touch|follow up|handle (?:any|all|the|your) \w+))`;
const OTHERS = new RegExp(
  String.raw`(?<!\b(?:i'm|we're|you're|i'll be|we'll be|am|be) )\b(?<subject>${SUBJECT})(?:'ll|'s| will| would| should| shall| can| could| may| might| is going to| are going to|'re going to| will be able to|'ll be able to| to| needs to| need to| has to| have to| will need to|'ll need to| will have to|'ll have to| would need to| would have to| must| has| have)?(?: (?:then|now|soon|shortly|also|directly|be able to|be happy to|happily|be in a position to))? ${TAKES_OVER}\b`,
);
const HEAR_FROM =
  /\byou(?:'ll| will|'d| should| may| might| can expect to| are going to|'re going to| will then|'ll then)?(?: (?:soon|shortly|then|also|directly|be))? (?:be contacted by|hear (?:back )?from|receive an? (?:call|email|message) from|get an? (?:call|email|message) from|be called by|be emailed by) (?!(?:me|us|myself|(?:our|the) (?:system|website|app|portal)|an? automated|no-?reply)\b)(?<target>[^,.;!?]{1,40})/;

// "Your query needs to go to our billing team": the case is bound for someone else.
const BOUND_FOR = new RegExp(
  String.raw`(?<![\w'-])(?:(?:(?!(?:you|you'll|i|i'll|we|we'll|don't|doesn't|won't|not|never|no)\b)[\w'-]+ ){1,4}?|it'll |that'll |this'll )(?:(?:needs to|need to (?=be)|has to|have to|need to|will have to|should|must|can|could|may|are to|is to|would need to|'ll need to|will need to|is going to have to|'ll have to)(?: (?:now|then|also|instead|only|always|first|all|directly|really))? (?:(?:go|be (?:sent|passed|handled|dealt with|raised|submitted|made|lodged|filed|directed|addressed|requested|looked at|escalated|forwarded|referred|routed|transferred|reviewed|picked up|taken up|brought|put|claimed|booked|arranged|cancell?ed|changed|amended|authori[sz]ed|approved|reported|returned))(?: (?:directly|only|first|in writing|by email|by post|by phone|online))? (?:on )?(?:to|through|by|with|over to)|be (?:requested|claimed|sought|obtained|reclaimed|recovered) (?:directly )?from)|(?:is|are) (?:best|better) (?:raised|sent|directed|addressed|taken up|put|handled|dealt with|answered)(?: directly)? (?:to|with|by)|(?:needs|need|will need|'ll need|would need) (?:raising|sending|passing|handling|taking up|directing|forwarding|submitting|lodging|filing|referring|reporting|addressing) (?:on )?(?:to|through|by|with|over to))(?: (?:directly|only|first))? (?<target>${TEAM})`,
);
// "This will be picked up by the next available agent": someone else will have it.
const DONE_BY = new RegExp(
  String.raw`\b(?:be|been|being|is|are|'s|'re|get|gets) (?:\w+ )?(?:handled|picked up|dealt with|reviewed|looked at|looked into|looked after|investigated|actioned|followed up|answered|resolved|taken care of|taken over|managed|owned) by (?<target>${TEAM}|(?!(?:us|me|you|it|them|the|a|an|our|my|your|this|that)\b)[a-z][\w&'-]*(?=,? (?:who|which|they|and they)\b|[.!?]?$))`,
);

// "Our tech team are looking into it and will let you know": the team, as the subject, replies.
const THEY_REPLY = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|so) )(?<subject>${SUBJECT}) (?:is|are|'re|'s|have|has|will|'ll)\b[^.!?]{0,50}? and (?:will |'ll |can |should |then )(?:let|update|email|call|contact|get back to|message|write to|ring|phone) you\b`,
);
// "Porting requests go through your new provider": that kind of request belongs elsewhere.
const ROUTED = new RegExp(
  String.raw`\b(?:requests?|queries|query|questions?|claims?|complaints?|changes|refunds|returns|bookings|issues|cancell?ations|disputes|enquiries|inquiries|appeals) (?:go|goes|are (?:sent|passed|routed|handled|dealt with|processed|managed|done)|is (?:sent|passed|routed|handled|dealt with|processed|managed|done)) (?:through|via|to|by|with) (?!(?:us|me|our team|this team)\b)(?<target>${TEAM})`,
);
// "Your bank will have to reverse the payment": only the other party can do the deciding step.
const PARTY_MUST = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|so) )(?<target>${OUTSIDE_PARTY}|(?:the|your|their) (?:[\w&-]+ ){0,2}?${TEAM_NOUN}|they)(?: (?:who|that|which|you) [a-z' ]{1,30}?)?(?: (?:will|would|'ll|'d|would still|will still|will first|would first))? (?:need to|needs to|have to|has to|must) (?:first )?(?:reverse|unlock|approve|sort(?: out)?|arrange|handle|deal with|issue|pay(?: out)?|rebook|authori[sz]e|cancel|refund|reissue|re-?issue|release|unblock|decide|investigate|honou?r|fill (?:in|out)|complete|sign|provide|process (?:the |your )?(?:exchange|return|claim|cancell?ation|change|request|application)|sign off|amend|reset|make (?:the|that|this) (?:change|decision|call))\b`,
);
// The agent doing it in the same sentence: "…, so I've asked them to".
const AGENT_ACTS =
  /\b(?:i've|i'll|i have|i will|let me|i'm going to|i've just|i already|i've already|already)\b/;
// "The refund has to come from the airline", "support for the licence comes from the vendor".
const COMES_FROM = new RegExp(
  String.raw`\b(?:refunds?|support|compensation|help|reimbursements?|approval|decisions?|answers?)\b(?: [\w-]+){0,4}? (?:comes|come|has to come|have to come|must come|will have to come|needs to come|need to come|would have to come|can only come|will come|would come) (?:directly |only )?from (?!(?:us|me|our team)\b)(?<target>${TEAM})`,
);
// "Kindly await a response from our technical team".
const AWAIT = new RegExp(
  String.raw`\b(?:await|wait for|expect|look out for)(?: (?:a|an|the|their|further))? (?:response|reply|call|callback|email|message|update|letter|contact)s? from (?!(?:me|us|myself)\b)(?<target>${TEAM})`,
);
// "Your case is now with our collections team", "your issue is with the seller".
const NOW_WITH = new RegExp(
  String.raw`\b(?:your|this|the|that)(?: [\w-]+)? (?:case|query|request|ticket|complaint|issue|problem|claim|dispute|enquiry|inquiry|question|matter)s? (?:is|are|'s|'re|lies|sits)(?: (?:now|currently|really|actually))? (?:with|in the hands of) (?<target>${TEAM})|\bin the hands of (?!(?:me|us|our team)\b)(?<hands>${TEAM})`,
);
// "Our returns department handles that", "the seller is responsible for returns".
const HANDLES = new RegExp(
  String.raw`\b(?!(?:our|this|my) team\b)(?<target>(?:the|our|your|their) (?:[\w&'-]+ ){0,2}?${TEAM_NOUN}|${OUTSIDE_PARTY}|${TEAM_NAMES}) (?:handles?|deals? with|looks? after|takes? care of|covers?|manages?|owns?|(?:is|are|'re|'s) (?:responsible|in charge) for) (?:that|this|those|these|it|them|(?!(?:the|a|an|your|our|my|their|all|any)\b)(?:[\w-]+ )?[\w-]+s\b(?! (?:automatically|too|as well|for us|on our behalf))|all (?:of )?(?:that|this|those|these)|any|(?:[\w-]+ ){0,2}(?:issues|questions|requests|queries|matters|problems|claims|complaints|cases|refunds|returns|changes|orders|bookings|payments|repairs|disputes))\b`,
);
// "The engineer will call you before arriving": a visit being arranged, not the case moving on.
const ON_THE_WAY =
  /^(?: [\w']+){0,5} (?:to (?:confirm|check|reconfirm) (?:the|your|a|an) (?:[\w-]+ )?(?:slot|appointment|visit|time|timeslot|arrival|date|installation|booking|access)\b|(?:before|when|once|as soon as)(?: (?:they|he|she|it)(?:'re|'s| are| is)?)? (?:arriv\w*|deliver\w*|visit\w*|com(?:e|es|ing) (?:round|over|out)|on (?:their|the|his|her) way|nearby|close|outside|gets? there|leav\w*|set(?:ting)? off)|on the day|on (?:their|the|his|her) way)\b/;

/** Where `text` gives the case to someone else, and to whom when it says; `usable` vets a match. */
export function findOthers(
  text: string,
  usable: (index: number) => boolean,
): { index: number; target?: string } | undefined {
  const others = OTHERS.exec(text) ?? HEAR_FROM.exec(text);
  // "Our team will process it today" is the agent's side at work; "…will be in touch" hands over.
  const ours =
    /^(?:our|this) team$/.test(others?.groups?.subject ?? '') &&
    !/\b(?:touch|contact|call|ring|phone|email|message|text|write|back|reach|reply|respond|follow up|update|let you know)\b/.test(
      others?.[0] ?? '',
    );
  // "It's us who'll call you back": "who" is the agent's side.
  const weWho =
    others?.groups?.subject === 'who' &&
    /\b(?:us|me|myself|ourselves|i|we),?\s*$/.test(text.slice(0, others.index));
  if (
    others &&
    !ours &&
    !weWho &&
    usable(others.index) &&
    !ON_THE_WAY.test(text.slice(others.index + others[0].length))
  ) {
    return { index: others.index, target: others.groups?.target ?? others.groups?.subject };
  }
  for (const pattern of [BOUND_FOR, DONE_BY, NOW_WITH, HANDLES, AWAIT, THEY_REPLY, ROUTED]) {
    const m = pattern.exec(text);
    if (m && usable(m.index))
      return { index: m.index, target: m.groups?.target ?? m.groups?.subject ?? m.groups?.hands };
  }
  // Only pointers: "…, but I've already chased them" keeps the case.
  if (AGENT_ACTS.test(text)) return undefined;
  const must = PARTY_MUST.exec(text) ?? COMES_FROM.exec(text);
  if (must && usable(must.index)) return { index: must.index, target: must.groups?.target };
  return undefined;
}
