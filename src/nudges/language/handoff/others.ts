// Someone else takes the case over: "someone from billing will call you", "you'll hear from the
// courier", "your query needs to go to our claims team", "our returns department handles that",
// "your case is now with our collections team". The caller drops these when the agent says they
// stay the contact ("…and I'll update you by 3pm").
import { alternation, EN, PHRASE_FILES } from '../phrases';
import { OUTSIDE_PARTY, TEAM, TEAM_NAMES, TEAM_NOUN } from './parties';

const SUBJECT =
  String.raw`(?:someone(?: else)?|somebody(?: else)?|another team|a different team|(?:a|one` +
  String.raw`|another) (?:team|staff) member|(?:our|the) team members|(?:a |my |our )?colleagues?` +
  String.raw`|another (?:agent|colleague|team|department|advis[eo]r|person|engineer|technician|specialist` +
  String.raw`|expert|rep|representative|handler|caseworker|member of (?:the|our) team)|one of (?:our` +
  String.raw`|my) ${EN.colleaguesPlural}|(?:a|one) member of (?:the|our|my) (?:[\w&-]+ ){0,5}?(?:team` +
  String.raw`|service|department|unit|office|desk|panel)|an? (?:[\w&-]+ ){0,2}?${EN.colleagueRoles}|(?:my` +
  String.raw`|our) ${EN.partyRoles} (?!(?:and|or|but|who|to|will|would|is|has|had|have|can|could|should|may` +
  String.raw`|might|about|for|on|in|at|with|approved|said|says|agreed|confirmed)\b)[a-z]+|(?:the|our|my` +
  String.raw`|your) (?:[\w&-]+ ){0,2}?${TEAM_NOUN}(?: (?!(?:and|or|but|who|which|that|then|so|will` +
  String.raw`|can)\b)[a-z]+(?= (?:to|will|'ll|can|is going to)\b))?|${OUTSIDE_PARTY}|they|who|he|she` +
  String.raw`|${TEAM_NAMES})(?: (?:from|in|at|on) (?:the |our ` +
  String.raw`|my )?[\w&-]+(?: [\w&-]+){0,2}?)?(?: (?:assigned|allocated|dealing|working|handling)(?: to` +
  String.raw`| with| on)? (?:you|your \w+|it|this))?` +
  // "the team who handles accessibility requests will…"
  String.raw`(?: (?:who|that) (?:handles?|deals? with|looks? after|manages?|covers?|runs?|process(?:es)?|owns?)(?: [\w'-]+){1,3}?)?`;
// What the one who takes the case over does next: phrases in the phrase file (`othersTakeOver`), and
// the few forms that need more than phrases.
const TAKES_OVER_PHRASES = alternation(PHRASE_FILES.en!.othersTakeOver, { 'a name': String.raw`[\w-]+` });
const TAKES_OVER =
  String.raw`(?:${TAKES_OVER_PHRASES}|(?<=(?:need|needs|have|has) to )check (?:that|this|it)(?: for you)?` +
  String.raw`|(?:call|ring|phone|email|write)(?: back)?(?= (?:within|shortly|soon|tomorrow|today|later` +
  String.raw`|in the next|by|this|next)\b)|(?:look into|deal with|handle|decide)(?=[.!?]?$)|handle (?:all` +
  String.raw`|any|future) (?:[\w-]+ )?[\w-]+s\b|(?:jump|hop|get) on a (?:quick )?(?:call|video call|chat` +
  String.raw`|zoom|teams call)(?: \w+)? with you|[^.!?]{0,40}? and (?:then )?(?:(?:email|call|contact` +
  String.raw`|update|write to|message|get back to|let) you|reach out|be in touch|get in touch|follow up` +
  String.raw`|handle (?:any|all|the|your) \w+))`;
const OTHERS = new RegExp(
  String.raw`(?<!\b(?:i'm|we're|you're|i'll be|we'll be|am|be) )\b(?<subject>${SUBJECT})(?:'ll|'s| will` +
    String.raw`| would| should| shall| can| could| may| might| is going to| are going to|'re going to` +
    String.raw`| will be able to|'ll be able to| to| needs to| need to| has to| have to| will need to` +
    String.raw`|'ll need to| will have to|'ll have to| would need to| would have to| must| has` +
    String.raw`| have)?(?: (?:then|now|soon|shortly|also|directly|be able to|be happy to|happily` +
    String.raw`|be in a position to))? ${TAKES_OVER}\b`,
);
const HEAR_FROM = new RegExp(
  String.raw`\byou(?:'ll| will|'d| should| may| might| can expect to| are going to|'re going to| will then` +
    String.raw`|'ll then)?(?: (?:soon|shortly|then|also|directly|be))? (?:be contacted by` +
    String.raw`|hear (?:back )?from|receive an? (?:call|email|message) from|get an? (?:call|email` +
    String.raw`|message) from|be called by|be emailed by) (?!(?:me|us|myself|(?:our|the) (?:system|website` +
    String.raw`|app|portal)|an? automated|no-?reply)\b)(?<target>[^,.;!?]{1,40})`,
);

// "Your query needs to go to our billing team": the case is bound for someone else.
const BOUND_FOR = new RegExp(
  String.raw`(?<![\w'-])(?:(?:(?!(?:you|you'll|i|i'll|we|we'll|don't|doesn't|won't|not|never` +
    String.raw`|no)\b)[\w'-]+ ){1,4}?|it'll |that'll |this'll )(?:(?:needs to|need to (?=be)|has to|have to` +
    String.raw`|need to|will have to|should|must|can|could|may|are to|is to|would need to|'ll need to` +
    String.raw`|will need to|is going to have to|'ll have to)(?: (?:now|then|also|instead|only|always|first` +
    String.raw`|all|directly|really))? (?:(?:go` +
    String.raw`|be ${EN.handledParticiples})(?: ${EN.handledHow})? (?:on )?(?:to|through|by|with|over to)` +
    String.raw`|be (?:requested|claimed|sought|obtained|reclaimed|recovered) (?:directly )?from)|(?:is` +
    String.raw`|are) (?:best|better) (?:raised|sent|directed|addressed|taken up|put|handled|dealt with` +
    String.raw`|answered)(?: directly)? (?:to|with|by)|(?:needs|need|will need|'ll need` +
    String.raw`|would need) ${EN.raisingVerbs} (?:on )?(?:to|through|by|with|over to))(?: (?:directly|only` +
    String.raw`|first))? (?<target>${TEAM})`,
);
// "This will be picked up by the next available agent": someone else will have it.
const DONE_BY = new RegExp(
  String.raw`\b(?:be|been|being|is|are|'s|'re|get|gets) (?:\w+ )?${EN.lookedAfter} by (?<target>${TEAM}` +
    String.raw`|(?!(?:us|me|you|it|them|the|a|an|our|my|your|this|that)\b)[a-z][\w&'-]*(?=,? (?:who|which` +
    String.raw`|they|and they)\b|[.!?]?$))`,
);

// "Our tech team are looking into it and will let you know": the team, as the subject, replies.
const THEY_REPLY = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|so) )(?<subject>${SUBJECT}) (?:is|are|'re|'s|have|has|will` +
    String.raw`|'ll)\b[^.!?]{0,50}? and (?:will |'ll |can |should |then )${EN.getBackVerbs} you\b`,
);
// "Porting requests go through your new provider": that kind of request belongs elsewhere.
const ROUTED = new RegExp(
  String.raw`\b${EN.matterNouns} (?:go|goes|are (?:sent|passed|routed|handled|dealt with|processed|managed` +
    String.raw`|done)|is (?:sent|passed|routed|handled|dealt with|processed|managed|done)) (?:through|via` +
    String.raw`|to|by|with) (?!(?:us|me|our team|this team)\b)(?<target>${TEAM})`,
);
// "Your bank will have to reverse the payment": only the other party can do the deciding step.
const PARTY_MUST = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|so) )(?<target>${OUTSIDE_PARTY}|(?:the|your` +
    String.raw`|their) (?:[\w&-]+ ){0,2}?${TEAM_NOUN}|they)(?: (?:who|that|which` +
    String.raw`|you) [a-z' ]{1,30}?)?(?: (?:will|would|'ll|'d|would still|will still|will first` +
    String.raw`|would first))? (?:need to|needs to|have to|has to|must) (?:first )?(?:reverse|unlock` +
    String.raw`|approve|sort(?: out)?|arrange|handle|deal with|issue|pay(?: out)?|rebook|authori[sz]e` +
    String.raw`|cancel|refund|reissue|re-?issue|release|unblock|decide|investigate|honou?r|fill (?:in|out)` +
    String.raw`|complete|sign|provide|process (?:the |your )?${EN.changeNouns}|sign off|amend|reset` +
    String.raw`|make (?:the|that|this) (?:change|decision|call))\b`,
);
// The agent doing it in the same sentence: "…, so I've asked them to".
const AGENT_ACTS =
  /\b(?:i've|i'll|i have|i will|let me|i'm going to|i've just|i already|i've already|already)\b/;
// "The refund has to come from the airline", "support for the licence comes from the vendor".
const COMES_FROM = new RegExp(
  String.raw`\b${EN.outcomeNouns}\b(?: [\w-]+){0,4}? ${EN.comesFrom} (?:directly |only )?from (?!(?:us|me` +
    String.raw`|our team)\b)(?<target>${TEAM})`,
);
// "Kindly await a response from our technical team".
const AWAIT = new RegExp(
  String.raw`\b(?:await|wait for|expect|look out for)(?: (?:a|an|the|their` +
    String.raw`|further))? ${EN.replyNouns}s? from (?!(?:me|us|myself)\b)(?<target>${TEAM})`,
);
// "Your case is now with our collections team", "your issue is with the seller".
const NOW_WITH = new RegExp(
  String.raw`\b(?:your|this|the|that)(?: [\w-]+)? ${EN.caseWords}s? (?:is|are|'s|'re|lies|sits)(?: (?:now` +
    String.raw`|currently|really|actually))? (?:with|in the hands of) (?<target>${TEAM})` +
    String.raw`|\bin the hands of (?!(?:me|us|our team)\b)(?<hands>${TEAM})`,
);
// "Our returns department handles that", "the seller is responsible for returns".
const HANDLES = new RegExp(
  String.raw`\b(?!(?:our|this|my) team\b)(?<target>(?:the|our|your|their) (?:[\w&'-]+ ){0,2}?${TEAM_NOUN}` +
    String.raw`|${OUTSIDE_PARTY}|${TEAM_NAMES}) (?:handles?|deals? with|looks? after|takes? care of|covers?` +
    String.raw`|manages?|owns?|(?:is|are|'re|'s) (?:responsible|in charge) for) (?:that|this|those|these|it` +
    String.raw`|them|(?!(?:the|a|an|your|our|my|their|all|any)\b)(?:[\w-]+ )?[\w-]+s\b(?! (?:automatically` +
    String.raw`|too|as well|for us|on our behalf))|all (?:of )?(?:that|this|those|these)|any` +
    String.raw`|(?:[\w-]+ ){0,2}${EN.matterPlurals})\b`,
);
// "The engineer will call you before arriving": a visit being arranged, not the case moving on.
const ON_THE_WAY = new RegExp(
  String.raw`^(?: [\w']+){0,5} (?:to (?:confirm|check|reconfirm) (?:the|your|a` +
    String.raw`|an) (?:[\w-]+ )?${EN.visitNouns}\b|(?:before|when|once|as soon as)(?: (?:they|he|she` +
    String.raw`|it)(?:'re|'s| are| is)?)? (?:arriv\w*|deliver\w*|visit\w*|com(?:e|es|ing) (?:round|over` +
    String.raw`|out)|on (?:their|the|his|her) way|nearby|close|outside|gets? there|leav\w*` +
    String.raw`|set(?:ting)? off)|on the day|on (?:their|the|his|her) way)\b`,
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
    !new RegExp(String.raw`\b${EN.touchVerbs}\b`).test(others?.[0] ?? '');
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
