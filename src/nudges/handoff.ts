// Handoff language in a draft sentence: moving the customer ("I'll transfer you", "you'll need to
// call the courier", "open a new ticket with…"), giving the case away ("someone else will get back
// to you", "I've passed your complaint to…"), or disclaiming it ("not my department").
// Matches canonical text (normalize.ts); money transfers and the agent's own legwork don't count.
import { isConditional, isNegated, OWNERSHIP } from './cues';

export type HandoffType = 'transfer' | 'contact' | 'ticket' | 'others' | 'scope';

export interface HandoffHit {
  type: HandoffType;
  /** Who the customer is sent to, as written (lower case), when the sentence says. */
  target?: string;
  index: number;
}

const TEAM_NOUN = `(?:someone(?: else)?|somebody(?: else)?|team|teams|department|departments|desk|unit|crew|hub|partners?|folks|guys|dispatch|staff|suppliers?|centre|center|handlers?|providers?|vendors?|contractors?|installers?|clinic|pharmacy|colleagues?|specialists?|experts?|supervisors?|managers?|team lead|lead|agents?|representatives?|reps?|advis[eo]rs?|people|person|group|office|helpdesk|help desk|line|technicians?|engineers?|escalations|division|queue|support)`;
const NAMED = String.raw`(?:billing|accounts|finance|sales|returns|claims|logistics|warehouse|fraud|security|tech support|technical support|it|head office|tier (?:2|two|3|three)|level (?:2|two)|second line|the (?:[\w-]+ )?(?:carrier|courier|manufacturer|seller|store|shop|airline|bank|retailer|marketplace|vendor|supplier|brand|insurer|post office|council|landlord|venue|hotel|organi[sz]ers?|restaurant|pharmacy|clinic|school|gp|doctor|dealer|dealership|garage|agency|operator|network|platform|app store)|your (?:[\w-]+ )?(?:bank|issuer|provider|insurer|carrier|network|landlord|employer|company)|them)`;
const TEAM = String.raw`(?:(?:the|our|my|a|an|another|a different|a separate|one of (?:our|my)|the relevant|the right|the appropriate|their) )?(?:[\w&'-]+ ){0,3}?${TEAM_NOUN}\b(?! (?:article|page|site|website|link|form|app|portal|guide|faq)s?\b)|${NAMED}\b`;

const ADVERB = `(?: (?:directly|straight|first|again|yourself))?`;
const CONTACT_VERB = `(?:(?:speak|talk|chat)${ADVERB} (?:to|with)|(?:get|be|keep) in (?:touch|contact)${ADVERB} with|reach out${ADVERB} to|(?:have|grab) a (?:chat|word|talk|conversation)${ADVERB} with|write${ADVERB} to|check${ADVERB} with|go back${ADVERB} to|head (?:over )?to|take (?:it|this|that) up${ADVERB} with|raise (?:it|this|that)${ADVERB} with|get hold of|follow up${ADVERB} with|deal directly with|go${ADVERB} through|book${ADVERB} through|sort (?:it|this|that) out${ADVERB} with|get onto|get on to|(?:reply|respond)${ADVERB} to (?:the |their |an? )?(?:email|message|letter|text|mail)s? from|(?:spoke|talked|chatted)${ADVERB} (?:to|with)|got in (?:touch|contact)${ADVERB} with|reached out${ADVERB} to|(?:called|rang|phoned|contacted|emailed|messaged|visited)${ADVERB}|(?:pop|drop|go|head|come|nip)(?: (?:in|into|over|down|round|back|by))+(?: to)?|stop by|return (?:it|them|this|the item|the items|the product|the order)${ADVERB} to|take (?:it|them|this|the item|the product)(?: back)?${ADVERB} to|(?:call|phone|ring|contact|email|message|text|reach|ask|visit|go to)${ADVERB})`;
const CONTACT_ING = `(?:(?:speaking|talking|chatting)${ADVERB} (?:to|with)|getting in (?:touch|contact)${ADVERB} with|reaching out${ADVERB} to|having a (?:chat|word|talk)${ADVERB} with|writing${ADVERB} to|checking${ADVERB} with|going back${ADVERB} to|taking (?:it|this|that) up${ADVERB} with|getting hold of|following up${ADVERB} with|(?:calling|phoning|ringing|contacting|emailing|messaging|asking|visiting)${ADVERB})`;
const DIRECT_QUESTIONS = `(?:direct|send|address|forward|take|put)(?: (?:any|your|all|these|those|the))? (?:questions?|queries|query|enquiries|enquiry|inquiries|concerns?|complaints?|issues?)(?: [\\w' ]{0,30}?)? to`;
const GIVE = `(?:give|giving|drop|dropping)`;
const CONTACT = String.raw`(?:${DIRECT_QUESTIONS}|${CONTACT_VERB}|${CONTACT_ING}|${GIVE}(?= (?:[\w@.'-]+ ){1,4}(?:an? (?:quick |brief |short )?(?:ring|call|buzz|bell|shout|line|message|text|note|email))\b))`;

// Who tells the customer to make the contact: "you'll need to", "please", an imperative, "I'd suggest".
const FRAMES: string[] = [
  String.raw`\b(?:you|you'll|you'd|you're)(?: (?:will|would|may|might|probably|also|just|then|first|still|really|going|to|be|actually)){0,3} (?:need|needs|have|want|wish|like|ought|must|should|got|better)(?: to)?(?: (?:first|also|then|just|directly|probably))? `,
  String.raw`\b(?:i|we|i'll|we'll|i'd|we'd)(?: (?:will|would|just|also|really))? (?:need|want|like|ask|require|recommend|advise) (?:that )?you(?: to)? `,
  String.raw`\b(?:please|kindly)(?: (?:just|also|directly|then|first|now|feel free to))? `,
  `(?:^|[,;:] )(?:(?:just|simply|so|then|also|alternatively|otherwise|instead|first),? )?`,
  String.raw`\b(?:i'd|i|we'd|we)(?: \w+)? (?:suggest|recommend|advise|encourage|urge)(?: that)?(?: you)?(?: to)? `,
  String.raw`\b(?:best|easiest|quickest|fastest|simplest|only|right) (?:way|option|thing|bet|route|place|move|step)(?: \w+){0,3}? (?:is|would be|'s|will be) (?:to )?`,
  String.raw`\b(?:it|that)(?:'s| would be| will be| might be)(?: \w+)? (?:best|better|quicker|easier|faster|simplest|easiest|quickest) (?:to|if you) `,
  `(?:^|[,;:] )(?:it's |it is )?(?:best|better|easiest|quickest|simplest) (?:to|if you) `,
  String.raw`\b(?:can|could|would) you(?: please| kindly| just)? `,
  String.raw`\b(?:try|tried|have you tried|did you try) `,
  String.raw`\byou(?:'d| would|'ll| will|'re| are)?(?: be)? better off `,
  String.raw`\byou(?:'d| would)? be (?:best|better)(?: off)?(?: to)? `,
  String.raw`\byou can(?: (?:also|always|just))? `,
];
// One pass for all frames: "you'll need to", "please", an imperative, "I'd suggest"… then the contact.
const CONTACT_FRAMES = new RegExp(
  `(?:${FRAMES.join('|')})(?<verb>${CONTACT}) (?<target>(?:[^,.;!?]|\\.(?=\\w)){1,60})`,
  'g',
);

const SELF =
  /^(?:us|me|myself|this team|our team|our (?:customer )?(?:support|service|care)\b|customer (?:support|service|care)|support\b|here|anyone|anybody|no one|nobody|this (?:email|number|chat|thread|address)|reply|for|about|if|any|anything|questions?|back\b)/;
const RESOURCE =
  /^(?:(?:the|our|this|that) )?(?:[\w-]+ )?(?:website|site|page|portal|app|link|faq|help cent(?:re|er)|article|form|settings|inbox|spam|folder|section|tab|guide|menu)s?\b|^(?:your|my) (?:[\w-]+ )?(?:account|profile|order|settings|inbox|app|email)\b/;

// "Ask your colleague to sign for it" is not a handoff; "ask the seller" is.
const ASKED_PARTY = new RegExp(
  String.raw`^(?:${NAMED}|(?:the|our|a|an|another) (?:[\w&'-]+ ){0,3}?(?:team|department|desk|helpdesk|support|office|seller|store|shop))\b`,
);

// Words that start an adverbial, not a party: "call during office hours", "email anytime".
const NOT_A_PARTY =
  /^(?:during|between|before|after|within|in|on|at|any|anytime|whenever|when|if|as|to|for|about|with|again|later|soon|today|tomorrow|now|once|first|then|so|and|or|but|it|this|that|there|here|back|up|out|instead|directly|yourself|asap|immediately|please)\b/;

const PARTY = new RegExp(`^(?:${NAMED}|[\\w-]+ ${TEAM_NOUN})\\b`);

function isOtherParty(target: string, verb = ''): boolean {
  if (SELF.test(target) || RESOURCE.test(target)) return false;
  if (/^ask/.test(verb)) return ASKED_PARTY.test(target);
  // A name ("Apple", "FastFix") is a party too.
  if (
    /^[a-z][\w&'-]*$/.test(target.split(' ')[0] ?? '') &&
    !NOT_A_PARTY.test(target) &&
    !/^(?:the|your|their|a|an|our|my|his|her)$/.test(target)
  ) {
    if (!/^(?:a|an|my|his|her|some|more|all|what|how|why|who)\b/.test(target)) return true;
  }
  return (
    /^[\d+(]/.test(target) ||
    target.includes('@') ||
    /^(?:the|your|their|a|an|another|them|him|her|one of)\b/.test(target) ||
    /^our (?!(?:customer )?(?:support|service|care)\b|team\b)\w+/.test(target) ||
    PARTY.test(target)
  );
}

const TRANSFER = new RegExp(
  String.raw`\b(?:(?:transfer|redirect|bounce)(?:s|ed|ing|red|ring)? (?:you|your call|the call|this call|your chat|this chat|the chat|this conversation)\b(?! ¤| the (?:money|refund|funds|amount|balance|credit|points))(?: (?:over|on|across|back|through))?|put(?:ting)? (?:you|your call) (?:through|thru))(?: (?:to|with) (?<target>${TEAM}))?`,
);
const TRANSFER_TO = new RegExp(
  String.raw`\b(?:connect|pass|send|hand|refer|route|move|forward|direct)(?:s|ed|ing)? (?:you|your call|the call|this chat)\b(?: (?:over|on|across|back|off))? (?:to|with) (?<target>${TEAM})`,
);
// "pop you through to…", "get you over to…", "introduce you to…": anyone moving the customer to a team.
const MOVE_YOU = new RegExp(
  String.raw`\b(?!(?:thank|thanks|speak|talk|reply|write|listen|explain|say|mention|report|return|wave|wish)\b)[\w']+ (?:you|your call|the call|this call|your chat|this chat|this conversation)\b(?: (?:through|over|across|back|along|on|off|straight|directly|now))* (?:to|with|onto) (?<target>${TEAM})`,
);
const BE_TRANSFERRED =
  /\b(?:you'll|you're going to|you'd|you're|you) be (?:transferred|redirected|put through|passed|connected|handed over|referred|routed)\b/;

const TICKET = new RegExp(
  String.raw`\b(?:you(?:'ll|'d)?(?: \w+){0,2} (?:need|have|want|must|should)(?: to)?|you can(?: also| always)?|please|kindly|can you|could you|(?:^|[,;:] ))\s?(?:open|raise|submit|create|log|file|start|put in|make|lodge) (?:a |an )?(?<fresh>(?:new|separate|another|fresh|second|different) )?(?<noun>ticket|case|support request|request|claim|complaint|dispute|enquiry|inquiry|query)\b(?: (?:with|through|via|to) (?<target>${TEAM}))?`,
);

const SUBJECT = String.raw`(?:someone(?: else)?|somebody(?: else)?|another team|a different team|(?:a|one|another) (?:team|staff) member|(?:our|the) team members|(?:a |my |our )?colleagues?|another (?:agent|colleague|team|department|advis[eo]r|person|member of (?:the|our) team)|one of (?:our|my) (?:colleagues|team|specialists|agents|advis[eo]rs|experts|technicians|engineers)|(?:a|one) member of (?:the|our|my) (?:[\w&-]+ )?team|an? (?:specialist|supervisor|manager|team lead|representative|technician|engineer|rep|advis[eo]r|expert|agent)|(?:my|our) (?:colleague|supervisor|manager|team lead|lead) (?!(?:and|or|but|who|to|will|would|is|has|had|have|can|could|should|may|might|about|for|on|in|at|with|approved|said|says|agreed|confirmed)\b)[a-z]+|(?:the|our|my) (?:[\w&-]+ ){0,2}?${TEAM_NOUN}(?: [a-z]+(?= to\b))?|they|who|he|she|billing|accounts|finance|sales|returns|claims|logistics|tech support|technical support)(?: (?:from|in|at|on) (?:the |our |my )?[\w&-]+(?: [\w&-]+){0,2}?)?`;
const TAKES_OVER = String.raw`(?:get back to you|get back in touch|come back to you|contact you|call you|ring you|phone you|email you|message you|text you|write to you|reach out|be in touch|get in touch|be contacting you|be calling you|be in contact|follow up|respond|reply|take (?:it|this|over|your case)(?: over)?(?: from here)?|take it from here|handle (?:it|this|your \w+)|deal with (?:it|this|your \w+)|look after you|assist you|help you|help with (?:that|this|it)|pick (?:it|this|your \w+) up|be able to help|advise you|give you a (?:call|ring)|update you|let you know|sort (?:it|this) out|look (?:at|into) (?:it|this|your \w+)|be able to (?:help|sort|fix|reverse|resolve|refund|assist|answer|advise|process|arrange|book|deal with|look into)|be your (?:\w+ )?(?:point of )?contact|take over|be in contact|arrange (?:a |the |your )?(?:collection|repair|visit|call|callback|replacement|refund|pickup|engineer)|book (?:a |the |your )?(?:slot|visit|appointment|engineer|collection)|(?:review|investigate|resolve|action|answer|process|handle|manage|own) (?:it|this|that|your \w+)|look into (?:it|this|that|your \w+)|be looking after you|be handling (?:this|it|your \w+)|[^.!?]{0,40}? and (?:then )?(?:email|call|contact|update|write to|message|get back to|let) you)`;
const OTHERS = new RegExp(
  String.raw`\b(?<subject>${SUBJECT})(?:'ll|'s| will| would| should| shall| can| could| may| might| is going to| are going to|'re going to| will be able to|'ll be able to| to| needs to| need to| has to| have to)?(?: (?:then|now|soon|shortly|also|directly|be able to|be happy to|happily|be in a position to))? ${TAKES_OVER}\b`,
);
const HEAR_FROM =
  /\byou(?:'ll| will|'d| should| may| might| can expect to| are going to|'re going to| will then|'ll then)?(?: (?:soon|shortly|then|also|directly|be))? (?:be contacted by|hear (?:back )?from|receive an? (?:call|email|message) from|get an? (?:call|email|message) from|be called by|be emailed by) (?!me\b|us\b|myself\b)(?<target>[^,.;!?]{1,40})/;
const PASSED_ON = new RegExp(
  String.raw`\b(?:(?:pass|hand|forward|refer|transfer|redirect|send|escalate|assign|reassign|move|route)(?:s|es|ed|d|ing|red|ring)?|sent)(?: (?:on|over|along|across))?(?: (?:it|this|that|these|those|them|(?:your|this|the|that)(?: [\w-]+)? (?:case|query|request|ticket|complaint|issue|details|email|message|question|enquiry|inquiry|claim|file|matter|problem|chat|conversation|order)))?(?: (?:on|over|along))? to (?<target>${TEAM}|(?!(?:you|me|us|him|her|it|this|that|your|my|our|their|the|a|an)\b)[a-z]+\b(?= (?:on|in|at|from|who|and|so|;|,)|[.;,]|$))`,
);

// "Your query needs to go to our billing team": the case is bound for someone else.
const BOUND_FOR = new RegExp(
  String.raw`\b(?:(?:your|this|that|the|it|these)(?: [\w-]+){0,2}? |it'll |that'll |this'll )(?:needs to|need to (?=be)|has to|have to|need to|will have to|should|must|would need to|'ll need to|will need to|is going to have to|'ll have to) (?:go|be (?:sent|passed|handled|dealt with|raised|looked at|escalated|forwarded|referred|routed|transferred|reviewed|picked up)) (?:on )?(?:to|through|by|with|over to) (?<target>${TEAM})`,
);
// "This will be picked up by the next available agent": someone else will have it.
const DONE_BY = new RegExp(
  String.raw`\b(?:be|been|being|is|are|'s|'re|get|gets) (?:\w+ )?(?:handled|picked up|dealt with|reviewed|looked at|looked into|investigated|actioned|followed up|answered|resolved|taken care of|taken over|managed|owned) by (?<target>${TEAM})`,
);
// "Their number is 0800…": pointing the customer at someone else's contact details.
const THEIR_DETAILS =
  /\b(?:their|the team's|the department's|its) (?:phone number|number|email address|email|contact details|helpline|line|website) (?:is|are)\b|\byou can (?:reach|contact|call|email) them (?:on|at|via)\b/;

// "I've forwarded it on": passed on, to no one in particular.
const PASSED_ALONG =
  /\bi(?:'ve|'ll|'m| have| will| am)?(?: \w+)? (?:pass|hand|forward|refer|send)(?:ed|ing|s)? (?:it|this|that|your (?:case|query|request|ticket|complaint|details|issue|email|message))(?: \w+)? (?:on|over|along)\b(?! to\b)/;

const SCOPE: RegExp[] = [
  new RegExp(
    String.raw`\b(?:that's|it's|this is|that is) (?:something|one|a decision|a call|a question) (?:for )?(?:the|our|your|a) (?:[\w&-]+ ){0,2}?${TEAM_NOUN} (?:would|will|'d|has to|needs to|must|should|can|could)\b`,
  ),
  new RegExp(
    String.raw`\bonly (?:the |our )?(?:[\w&-]+ ){0,2}?${TEAM_NOUN} (?:can|could|is able to|are able to)\b|\b${TEAM_NOUN} (?:is|are) the only (?:one|ones|team|people|department)s? (?:who|that) (?:can|could)\b`,
  ),
  /\bnot the (?:right|best|correct|appropriate) (?:person|team|department|people|place|contact)\b/,
  /\b(?:that's|it's|this is|that is|this one is) (?:a |an )?(?:separate|different|other|another) (?:team|department|area|matter|issue)\b/,
  /\bnot (?:my|our) (?:department|area|team|job|responsibility|remit|role|field|division|speciality|specialty|expertise|section)\b/,
  /\b(?:outside|beyond|not within|not in) (?:my|our|this team's|the team's) (?:remit|scope|area|department|responsibility|jurisdiction)\b/,
  /\bwrong (?:department|team|queue|place|line|person|desk)\b/,
  /\b(?:not|isn't|aren't) (?:something|an issue|a question|a matter|a thing|an area|a request|one)(?: that)? (?:we|i|our team|this team|customer service|support)(?: can| could| are able to| am able to)? (?:handles?|deals? with|covers?|looks? after|help(?: you)? with|assist(?: you)? with|takes? care of)\b/,
  /\b(?:we|i|our team|this team)(?: \w+)? (?:don't|can't|doesn't) (?:handle|deal with|cover|look after|take care of) (?:that|this|those|these|it|[\w-]+ (?:issues|questions|requests|queries|matters|problems|orders))\b/,
  new RegExp(
    String.raw`\b(?:is|are|'s|'re|gets|get) (?:\w+ )?(?:handled|dealt with|managed|looked after|taken care of|owned) by (?:a |an |the |our |another |a different |a separate |an external )?(?:[\w&-]+ ){0,2}?(?:${TEAM_NOUN}|${NAMED})\b`,
  ),
  new RegExp(
    String.raw`\b(?:falls|comes|sits|belongs) (?:under|within|with|to) (?:the |our |a different |another )?(?:[\w&-]+ ){0,2}?${TEAM_NOUN}\b`,
  ),
  new RegExp(
    String.raw`\b(?:that's|it's|this is|that one is|this one is|that is|that would be|this would be|that'd be)(?: (?:a question|one|something|a matter|an issue|a job|a task|a request|a query|really|actually|only|more))? for (?:the |our |a different |another |your )?(?:[\w&-]+ ){0,2}?(?:${TEAM_NOUN}|${NAMED})\b`,
  ),
  /\bi (?:only|just) (?:handle|deal with|cover|look after)\b/,
];

// "I'll transfer the money to your bank" moves money, not the customer.
const MONEY_MOVED =
  /\b(?:money|refund|funds|amount|balance|payment|credit|points|it back|feedback|comments?|suggestions?|thanks|compliments?|kind words|praise)\b|¤/;

function clean(target: string | undefined): string | undefined {
  const trimmed = target
    ?.replace(
      /\s+(?:a|an) (?:(?:quick|brief|short) )?(?:ring|call|buzz|bell|shout|line|message|text|note|email)\b.*$/,
      '',
    )
    .replace(
      /\b(?:directly|instead|now|today|for (?:that|this|it)|about (?:that|this|it)|please|though|as well|too)\b.*$/,
      '',
    )
    .replace(
      /\s+(?:and|who|which|so|to|if|or|as|because|since|where|on|at|about|regarding|for|with|when|by|via|in order)\b.*$/,
      '',
    )
    .trim();
  return trimmed || undefined;
}

function hit(type: HandoffType, m: RegExpExecArray | RegExpMatchArray, text: string): HandoffHit | undefined {
  const index = m.index ?? 0;
  if (isNegated(text, index, 3) || isConditional(text, index)) return undefined;
  return { type, target: clean(m.groups?.target), index };
}

/** Customer-facing handoffs: these are handoffs whatever else the draft says. */
function moved(text: string): HandoffHit | undefined {
  for (const pattern of [TRANSFER, TRANSFER_TO, MOVE_YOU]) {
    const m = pattern.exec(text);
    const found = m && hit('transfer', m, text);
    if (found) return found;
  }
  const passive = BE_TRANSFERRED.exec(text);
  if (passive) return hit('transfer', passive, text);
  const ticket = TICKET.exec(text);
  if (
    ticket &&
    (ticket.groups?.fresh || ticket.groups?.target || /^(?:ticket|case)$/.test(ticket.groups?.noun ?? ''))
  ) {
    const found = hit('ticket', ticket, text);
    if (found) return found;
  }
  const details = THEIR_DETAILS.exec(text);
  if (details) return { type: 'contact', index: details.index };
  for (const m of text.matchAll(CONTACT_FRAMES)) {
    const target = clean(m.groups?.target);
    const found = target && isOtherParty(target, m.groups?.verb) ? hit('contact', m, text) : undefined;
    if (found) return { ...found, target };
  }
  return undefined;
}

/**
 * The handoff in `text` (one canonical sentence), if any. `nearby` is the text of the sentences
 * around it: a case passed to a colleague is fine when the agent says they stay the contact.
 */
export function detectHandoff(text: string, nearby = ''): HandoffHit | undefined {
  const direct = moved(text);
  if (direct) return direct;
  for (const pattern of SCOPE) {
    const m = pattern.exec(text);
    if (m && !isConditional(text, m.index) && !OWNERSHIP.test(text)) return { type: 'scope', index: m.index };
  }
  if (OWNERSHIP.test(text) || OWNERSHIP.test(nearby)) return undefined;
  const others = OTHERS.exec(text) ?? HEAR_FROM.exec(text);
  if (others) {
    const found = hit('others', others, text);
    if (found) return { ...found, target: clean(others.groups?.target ?? others.groups?.subject) };
  }
  const bound = BOUND_FOR.exec(text) ?? DONE_BY.exec(text) ?? PASSED_ALONG.exec(text);
  if (bound) return hit('others', bound, text);
  const passed = PASSED_ON.exec(text);
  if (!passed || MONEY_MOVED.test(passed[0])) return undefined;
  return hit('others', passed, text);
}
