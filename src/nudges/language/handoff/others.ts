// Someone else takes the case over: "someone from billing will call you", "you'll hear from the
// courier", "your query needs to go to our claims team", "our returns department handles that",
// "your case is now with our collections team". The caller drops these when the agent says they
// stay the contact ("…and I'll update you by 3pm").
import { alternation, PHRASE_FILES } from '../phrases';
import { OUTSIDE_PARTY, TEAM, TEAM_NAMES, TEAM_NOUN } from './parties';

const SUBJECT =
  String.raw`(?:someone(?: else)?|somebody(?: else)?|another team|a different team|(?:a|one|another) (?:team` +
  String.raw`|staff) member|(?:our|the) team members|(?:a |my |our )?colleagues?|another (?:agent|colleague|team` +
  String.raw`|department|advis[eo]r|person|engineer|technician|specialist|expert|rep|representative|handler` +
  String.raw`|caseworker|member of (?:the|our) team)|one of (?:our|my) (?:colleagues|team|specialists|agents` +
  String.raw`|advis[eo]rs|experts|technicians|engineers)|(?:a|one) member of (?:the|our|my) (?:[\w&-]+ ){0,5}?` +
  String.raw`(?:team|service|department|unit|office|desk|panel)|an? (?:[\w&-]+ ){0,2}?(?:specialist|supervisor` +
  String.raw`|manager|team leader|team lead|representative|technician|engineer|rep|advis[eo]r|expert|agent)|(?:my` +
  String.raw`|our) (?:colleague|supervisor|manager|team lead|lead|partners?|suppliers?|providers?|contractors?` +
  String.raw`|engineers?|technicians?|specialists?|couriers?|carriers?) (?!(?:and|or|but|who|to|will|would|is|has` +
  String.raw`|had|have|can|could|should|may|might|about|for|on|in|at|with|approved|said|says|agreed` +
  String.raw`|confirmed)\b)[a-z]+|(?:the|our|my|your) (?:[\w&-]+ ){0,2}?${TEAM_NOUN}(?: (?!(?:and|or|but|who` +
  String.raw`|which|that|then|so|will|can)\b)[a-z]+(?= (?:to|will|'ll|can|is going to)\b))?|${OUTSIDE_PARTY}|they` +
  String.raw`|who|he|she|${TEAM_NAMES})(?: (?:from|in|at|on) (?:the |our |my )?[\w&-]+(?: [\w&-]+){0,2}?)?(?: ` +
  String.raw`(?:assigned|allocated|dealing|working|handling)(?: to| with| on)? (?:you|your \w+|it|this))?` +
  // "the team who handles accessibility requests will…"
  String.raw`(?: (?:who|that) (?:handles?|deals? with|looks? after|manages?|covers?|runs?|process(?:es)?|owns?)(?: [\w'-]+){1,3}?)?`;
// What the one who takes the case over does next: phrases in the phrase file (`othersTakeOver`), and
// the few forms that need more than phrases.
const TAKES_OVER_PHRASES = alternation(PHRASE_FILES.en!.othersTakeOver, { 'a name': String.raw`[\w-]+` });
const TAKES_OVER =
  String.raw`(?:${TAKES_OVER_PHRASES}|(?<=(?:need|needs|have|has) to )check (?:that|this|it)(?: for you)?` +
  String.raw`|(?:call|ring|phone|email|write)(?: back)?(?= (?:within|shortly|soon|tomorrow|today|later|in the next|by` +
  String.raw`|this|next)\b)|(?:look into|deal with|handle|decide)(?=[.!?]?$)|handle (?:all|any|future) (?:[\w-]+ )?` +
  String.raw`[\w-]+s\b|(?:jump|hop|get) on a (?:quick )?(?:call|video call|chat|zoom|teams call)(?: \w+)? with you` +
  String.raw`|[^.!?]{0,40}? and (?:then )?(?:(?:email|call|contact|update|write to|message|get back to|let) you` +
  String.raw`|reach out|be in touch|get in touch|follow up|handle (?:any|all|the|your) \w+))`;
const OTHERS = new RegExp(
  String.raw`(?<!\b(?:i'm|we're|you're|i'll be|we'll be|am|be) )\b(?<subject>${SUBJECT})(?:'ll|'s| will| would` +
    String.raw`| should| shall| can| could| may| might| is going to| are going to|'re going to| will be able to` +
    String.raw`|'ll be able to| to| needs to| need to| has to| have to| will need to|'ll need to| will have to` +
    String.raw`|'ll have to| would need to| would have to| must| has| have)?(?: (?:then|now|soon|shortly|also` +
    String.raw`|directly|be able to|be happy to|happily|be in a position to))? ${TAKES_OVER}\b`,
);
const HEAR_FROM = new RegExp(
  String.raw`\byou(?:'ll| will|'d| should| may| might| can expect to| are going to|'re going to| will then` +
    String.raw`|'ll then)?(?: (?:soon|shortly|then|also|directly|be))? (?:be contacted by|hear (?:back )?from` +
    String.raw`|receive an? (?:call|email|message) from|get an? (?:call|email|message) from|be called by` +
    String.raw`|be emailed by) (?!(?:me|us|myself|(?:our|the) (?:system|website|app|portal)|an? automated` +
    String.raw`|no-?reply)\b)(?<target>[^,.;!?]{1,40})`,
);

// "Your query needs to go to our billing team": the case is bound for someone else.
const BOUND_FOR = new RegExp(
  String.raw`(?<![\w'-])(?:(?:(?!(?:you|you'll|i|i'll|we|we'll|don't|doesn't|won't|not|never` +
    String.raw`|no)\b)[\w'-]+ ){1,4}?|it'll |that'll |this'll )(?:(?:needs to|need to (?=be)|has to|have to|need to` +
    String.raw`|will have to|should|must|can|could|may|are to|is to|would need to|'ll need to|will need to` +
    String.raw`|is going to have to|'ll have to)(?: (?:now|then|also|instead|only|always|first|all|directly` +
    String.raw`|really))? (?:(?:go|be (?:sent|passed|handled|dealt with|raised|submitted|made|lodged|filed|directed` +
    String.raw`|addressed|requested|looked at|escalated|forwarded|referred|routed|transferred|reviewed|picked up` +
    String.raw`|taken up|brought|put|claimed|booked|arranged|cancell?ed|changed|amended|authori[sz]ed|approved` +
    String.raw`|reported|returned))(?: (?:directly|only|first|in writing|by email|by post|by phone|online))? ` +
    String.raw`(?:on )?(?:to|through|by|with|over to)|be (?:requested|claimed|sought|obtained|reclaimed|recovered) ` +
    String.raw`(?:directly )?from)|(?:is|are) (?:best|better) (?:raised|sent|directed|addressed|taken up|put` +
    String.raw`|handled|dealt with|answered)(?: directly)? (?:to|with|by)|(?:needs|need|will need|'ll need` +
    String.raw`|would need) (?:raising|sending|passing|handling|taking up|directing|forwarding|submitting|lodging` +
    String.raw`|filing|referring|reporting|addressing) (?:on )?(?:to|through|by|with|over to))(?: (?:directly|only` +
    String.raw`|first))? (?<target>${TEAM})`,
);
// "This will be picked up by the next available agent": someone else will have it.
const DONE_BY = new RegExp(
  String.raw`\b(?:be|been|being|is|are|'s|'re|get|gets) (?:\w+ )?(?:handled|picked up|dealt with|reviewed` +
    String.raw`|looked at|looked into|looked after|investigated|actioned|followed up|answered|resolved` +
    String.raw`|taken care of|taken over|managed|owned) by (?<target>${TEAM}|(?!(?:us|me|you|it|them|the|a|an|our` +
    String.raw`|my|your|this|that)\b)[a-z][\w&'-]*(?=,? (?:who|which|they|and they)\b|[.!?]?$))`,
);

// "Our tech team are looking into it and will let you know": the team, as the subject, replies.
const THEY_REPLY = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|so) )(?<subject>${SUBJECT}) (?:is|are|'re|'s|have|has|will` +
    String.raw`|'ll)\b[^.!?]{0,50}? and (?:will |'ll |can |should |then )(?:let|update|email|call|contact` +
    String.raw`|get back to|message|write to|ring|phone) you\b`,
);
// "Porting requests go through your new provider": that kind of request belongs elsewhere.
const ROUTED = new RegExp(
  String.raw`\b(?:requests?|queries|query|questions?|claims?|complaints?|changes|refunds|returns|bookings|issues` +
    String.raw`|cancell?ations|disputes|enquiries|inquiries|appeals) (?:go|goes|are (?:sent|passed|routed|handled` +
    String.raw`|dealt with|processed|managed|done)|is (?:sent|passed|routed|handled|dealt with|processed|managed` +
    String.raw`|done)) (?:through|via|to|by|with) (?!(?:us|me|our team|this team)\b)(?<target>${TEAM})`,
);
// "Your bank will have to reverse the payment": only the other party can do the deciding step.
const PARTY_MUST = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|so) )(?<target>${OUTSIDE_PARTY}|(?:the|your|their) ` +
    String.raw`(?:[\w&-]+ ){0,2}?${TEAM_NOUN}|they)(?: (?:who|that|which|you) [a-z' ]{1,30}?)?(?: (?:will|would|'ll` +
    String.raw`|'d|would still|will still|will first|would first))? (?:need to|needs to|have to|has to|must) ` +
    String.raw`(?:first )?(?:reverse|unlock|approve|sort(?: out)?|arrange|handle|deal with|issue|pay(?: out)?` +
    String.raw`|rebook|authori[sz]e|cancel|refund|reissue|re-?issue|release|unblock|decide|investigate|honou?r` +
    String.raw`|fill (?:in|out)|complete|sign|provide|process (?:the |your )?(?:exchange|return|claim|cancell?ation` +
    String.raw`|change|request|application)|sign off|amend|reset|make (?:the|that|this) (?:change|decision|call))\b`,
);
// The agent doing it in the same sentence: "…, so I've asked them to".
const AGENT_ACTS =
  /\b(?:i've|i'll|i have|i will|let me|i'm going to|i've just|i already|i've already|already)\b/;
// "The refund has to come from the airline", "support for the licence comes from the vendor".
const COMES_FROM = new RegExp(
  String.raw`\b(?:refunds?|support|compensation|help|reimbursements?|approval|decisions?|answers?)\b` +
    String.raw`(?: [\w-]+){0,4}? (?:comes|come|has to come|have to come|must come|will have to come|needs to come` +
    String.raw`|need to come|would have to come|can only come|will come|would come) (?:directly |only )?from (?!` +
    String.raw`(?:us|me|our team)\b)(?<target>${TEAM})`,
);
// "Kindly await a response from our technical team".
const AWAIT = new RegExp(
  String.raw`\b(?:await|wait for|expect|look out for)(?: (?:a|an|the|their|further))? (?:response|reply|call` +
    String.raw`|callback|email|message|update|letter|contact)s? from (?!(?:me|us|myself)\b)(?<target>${TEAM})`,
);
// "Your case is now with our collections team", "your issue is with the seller".
const NOW_WITH = new RegExp(
  String.raw`\b(?:your|this|the|that)(?: [\w-]+)? (?:case|query|request|ticket|complaint|issue|problem|claim` +
    String.raw`|dispute|enquiry|inquiry|question|matter)s? (?:is|are|'s|'re|lies|sits)(?: (?:now|currently|really` +
    String.raw`|actually))? (?:with|in the hands of) (?<target>${TEAM})|\bin the hands of (?!(?:me|us|our team)\b)` +
    String.raw`(?<hands>${TEAM})`,
);
// "Our returns department handles that", "the seller is responsible for returns".
const HANDLES = new RegExp(
  String.raw`\b(?!(?:our|this|my) team\b)(?<target>(?:the|our|your|their) (?:[\w&'-]+ ){0,2}?${TEAM_NOUN}` +
    String.raw`|${OUTSIDE_PARTY}|${TEAM_NAMES}) (?:handles?|deals? with|looks? after|takes? care of|covers?` +
    String.raw`|manages?|owns?|(?:is|are|'re|'s) (?:responsible|in charge) for) (?:that|this|those|these|it|them|` +
    String.raw`(?!(?:the|a|an|your|our|my|their|all|any)\b)(?:[\w-]+ )?[\w-]+s\b(?! (?:automatically|too|as well` +
    String.raw`|for us|on our behalf))|all (?:of )?(?:that|this|those|these)|any|(?:[\w-]+ ){0,2}(?:issues` +
    String.raw`|questions|requests|queries|matters|problems|claims|complaints|cases|refunds|returns|changes|orders` +
    String.raw`|bookings|payments|repairs|disputes))\b`,
);
// "The engineer will call you before arriving": a visit being arranged, not the case moving on.
const ON_THE_WAY = new RegExp(
  String.raw`^(?: [\w']+){0,5} (?:to (?:confirm|check|reconfirm) (?:the|your|a|an) (?:[\w-]+ )?(?:slot` +
    String.raw`|appointment|visit|time|timeslot|arrival|date|installation|booking|access)\b|(?:before|when|once` +
    String.raw`|as soon as)(?: (?:they|he|she|it)(?:'re|'s| are| is)?)? (?:arriv\w*|deliver\w*|visit\w*|com(?:e|es` +
    String.raw`|ing) (?:round|over|out)|on (?:their|the|his|her) way|nearby|close|outside|gets? there|leav\w*|set` +
    String.raw`(?:ting)? off)|on the day|on (?:their|the|his|her) way)\b`,
);

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
