// "You'll need to call the courier", "please email accounts@…", "I'd suggest contacting your
// insurer", "I'd give the venue a ring": the draft tells the customer to contact someone else.
import { clauseBefore, isConditional, isNegated, OWNERSHIP } from '../../text/cues';
import { isNamedParty } from '../../text/names';
import { EN } from '../phrases';
import { HOLDER_NOUN } from './elsewhere';
import { clean, isOtherParty, OUTSIDE, TEAM, TEAM_NOUN } from './parties';

const ADVERB = `(?: (?:directly|straight|first|again|yourself))?`;
const CONTACT_VERB =
  `(?:(?:contact|ask|call|email|reach) (?:with|to)(?= (?:the|your|their|our|a|an) )|(?:speak|talk` +
  `|chat)${ADVERB} (?:to|with)|(?:get|be|keep) in (?:touch|contact)${ADVERB} with|reach out${ADVERB} to` +
  `|(?:have|grab) a (?:chat|word|talk|conversation)${ADVERB} with|write${ADVERB} to|check${ADVERB} with` +
  `|go back${ADVERB} to|head (?:over )?to|take (?:it|this|that) up${ADVERB} with|raise (?:it|this` +
  `|that)${ADVERB} with|get hold of|follow up${ADVERB} with|deal directly with|go${ADVERB} (?:through|via)` +
  `|${EN.meetVerbs}${ADVERB} (?:with|at)|(?:ask|check) at|loop in|approach|get (?:help|support|advice` +
  `|assistance)(?: with (?:that|this|it))? from|get on the (?:phone|blower) (?:to|with)|(?:bring|copy` +
  `|cc) in|(?:send|drop|shoot|fire off|write|pop) (?:a |an )?(?:quick |short |brief )?(?:message|email|note` +
  `|line|text|letter|dm) to|chase (?:(?:it|this|that|them)(?: up)? )?(?:up )?with|(?:better|more) (?:luck` +
  `|joy|success) (?:with|at)|sort (?:it|this|that) out${ADVERB} with|get onto|get on to|hit up|ping` +
  `|(?:reply|respond)${ADVERB} to (?:the |their |an? )?(?:email|message|letter|text|mail)s? from|(?:spoke` +
  `|talked|chatted)${ADVERB} (?:to|with)|got in (?:touch|contact)${ADVERB} with|reached out${ADVERB} to` +
  `|(?:called|rang|phoned|contacted|emailed|messaged|visited)${ADVERB}|(?:pop|drop|go|head|come` +
  `|nip)(?: (?:in|into|over|down|round|back|by))+(?: to)?|stop by|return (?:it|them|this|the item|the items` +
  `|the product|the order)${ADVERB} to|take (?:it|them|this|the item|the product)(?: back)?${ADVERB} to` +
  `|${EN.contactImperatives}${ADVERB})`;
const CONTACT_ING =
  `(?:(?:speaking|talking|chatting)${ADVERB} (?:to|with)|(?:going|heading|popping|nipping)(?: (?:over|down` +
  `|round|back|in|straight|directly))? (?:to|into)(?= (?:the|your|a|an|our|one|any) )|(?:connecting` +
  `|liaising|enquiring|inquiring)${ADVERB} (?:with|at)|raising (?:it|this|that|the w+)${ADVERB} with` +
  `|getting in (?:touch|contact)${ADVERB} with|reaching out${ADVERB} to|having a (?:chat|word` +
  `|talk)${ADVERB} with|writing${ADVERB} to|checking${ADVERB} with|going back${ADVERB} to|taking (?:it|this` +
  `|that) up${ADVERB} with|getting hold of|following up${ADVERB} with|${EN.contactingVerbs}${ADVERB})`;
const DIRECT_QUESTIONS =
  `(?:(?:direct|address|refer|redirect) (?:this|that|it|them) to|${EN.directVerbs}(?: (?:any|your|all|these` +
  `|those|the|such|future|further))?(?: [\\w-]+)? ${EN.questionNouns}(?: [\\w' ]{0,30}?)? to)`;
const GIVE = `(?:give|giving|drop|dropping|shoot|send|fire|ping)`;
// Doing the thing elsewhere ("rebook through the travel agent", "submit the receipts to them"):
// the target must then be a party, not "your card" or "the app".
const ELSEWHERE =
  String.raw`(?:register|(?:make|raise|log|open|put in|register) (?:a|an|the` +
  String.raw`|your) (?:[\w-]+ ){0,2}?${EN.caseNouns}|re-?book(?: in)?|book(?: in)?|apply(?: for)?|claim` +
  String.raw`|cancel|order|arrange|request|amend|appeal|dispute|report|file|lodge|(?:submit|send|forward` +
  String.raw`|post|show|present|take|bring))(?: (?:the|your|a|an|these|those|all|any|it|them|this|that` +
  String.raw`|copies of)(?: [\w-]+){0,3}?)? (?:through|via|with|to)`;
const CONTACT =
  String.raw`(?:${DIRECT_QUESTIONS}|${CONTACT_VERB}|${CONTACT_ING}` +
  String.raw`|${GIVE}(?= (?:[\w@.'-]+ ){1,4}(?:an? (?:quick |brief |short )?(?:ring|call|buzz|bell|shout` +
  String.raw`|line|message|text|note|email))\b)|(?<strict>${ELSEWHERE}|consult|chase(?: up)?|deal with` +
  String.raw`|(?:claim|request|reclaim|recover|seek)(?: (?:it|this|that|them|the [\w-]+|a [\w-]+` +
  String.raw`|your [\w-]+))? (?:back )?from)|(?<agent>(?:get|getting|have|having)(?= (?:\w+ )?(?:your|the` +
  String.raw`|their|a|an) [^,.;!?]{1,40}? to [a-z])|(?<=\bneeds? )(?:your|the` +
  String.raw`|their)(?= [^,.;!?]{1,40}? to [a-z])))`;

// Who tells the customer to make the contact: "you'll need to", "please", an imperative, "I'd suggest".
const FRAMES: string[] = [
  String.raw`\b(?:you|you'll|you'd|you're|your(?= going to))(?: (?:will|would|may|might|probably|also|just` +
    String.raw`|then|first|still|really|going|to|be|actually)){0,3} (?:need|needs|have|want|wish|like|ought` +
    String.raw`|must|should|got|better)(?: to| 2)?(?: (?:first|also|then|just|directly|probably))? `,
  String.raw`\b(?:i|we|i'll|we'll|i'd|we'd)(?: (?:will|would|just|also|really|kindly|politely|respectfully|must))? (?:need|want|like|ask|require|recommend|advise|request) (?:that )?you(?: to)? `,
  // "Gonna have to ask you to contact the airline": the agent has to send the customer on.
  String.raw`\b(?:have|has|got|need|needs|gonna have|going to have) to ask you to `,
  String.raw`\b(?:please|kindly)(?: you)?(?: to)?(?: (?:just|also|directly|then|first|now|feel free to|be advised to|remember to|make sure to|be sure to|make sure you|ensure you))? `,
  `(?:^|[,;:–—-] )(?:(?:just|simply|so|then|also|alternatively|otherwise|instead|first|perhaps|maybe|possibly|ok|okay|honestly|yeah),? )?(?:(?:you )?(?:need|have|got) to )?`,
  String.raw`\byou(?:'re| are)(?: kindly)? (?:requested|advised|asked|encouraged|required|invited) to `,
  // Case notes: "Advised cust to contact bank", "told caller to ring the courier".
  // Subjectless, so not "I've asked them to call the depot" (a colleague doing legwork).
  // Shorthand too: "cx adv to ring Openreach", "adv cust contact the bank", "— told him to ring the bank".
  `(?:^|[,;:.–—-] )(?:${EN.customerInNotes} )?(?:(?:advised|adv|advd|told|asked|instructed|directed|recommended)` +
    `(?: ${EN.customerInNotes})?|(?:advised|adv|advd|told|instructed|directed) (?:them|him|her))(?: to| 2)? `,
  String.raw`\b(?:i'd|i|we'd|we)(?: \w+)? (?:suggest|recommend|advise|encourage|urge)(?: that)?(?: you)?(?: to)? `,
  String.raw`\b(?:best|easiest|quickest|fastest|simplest|only|right|safest|usual|normal|proper|correct` +
    String.raw`|recommended|most (?:direct|reliable|efficient|effective)) (?:way|option|thing|bet|route` +
    String.raw`|place|move|step)(?: \w+){0,5}? (?:is|would be|'s|will be) (?:to |by )?`,
  String.raw`\b(?:it|that)(?:'s| would be| will be| might be)(?: \w+)? (?:best|better|quicker|easier|faster|simplest|easiest|quickest) (?:to|if you) `,
  `(?:^|[,;:] |\\b(?:so|and|but) )(?:it's |it is )?(?:best|better|easiest|quickest|simplest) (?:to|if you) `,
  String.raw`\b(?:can|could|would) you(?: please| kindly| just)? `,
  String.raw`\b(?:try|tried|have you tried|did you try) `,
  String.raw`\byou(?:'d| would|'ll| will|'re| are)?(?: be)? (?:better|best) off `,
  // "What you want to do is ring…", "your next step is to email…", "it's worth contacting…".
  String.raw`\b(?:what you(?:'ll| will|'d| would)? (?:want|need|have|should|could|ought)(?: to)? do` +
    String.raw`|the (?:thing|step) to (?:do|take)|(?:your|the) (?:next|first|only) (?:step|move` +
    String.raw`|port of call)|the way (?:to go|forward))(?: here| now)? (?:is|would be|will be|'s)(?: to)? `,
  String.raw`\b(?:it's|it is|it'd be|it would be|it might be|it may be|it could be)(?: \w+)? worth `,
  String.raw`\b(?:(?:you're|you are) (?:welcome|free) to|feel free to|don't hesitate to|do not hesitate to)(?: (?:just|also|always))? `,
  String.raw`\byou(?:'d| would)? be (?:best|better)(?: off| placed)?(?: to)? `,
  String.raw`\byou can(?: (?:also|always|just))? `,
  String.raw`\byou (?:may|might|could)(?: (?:also|always|just|then|still|first|want to))? `,
  // "If you get in touch with the warranty provider, they'll arrange it": kept only with "they'll…" after.
  String.raw`\b(?<ifYou>if you)(?: (?:just|simply|first))? `,
  // Advice: "I'd give the courier a ring", "I'd book in with them".
  String.raw`\b(?<advice>i'd|i would)(?: (?:just|probably|definitely|honestly|also|then|first|personally|really))? `,
];
// One pass for all frames: "you'll need to", "please", an imperative, "I'd suggest"… then the contact.
const CONTACT_FRAMES = new RegExp(
  `(?:${FRAMES.join('|')})(?<verb>${CONTACT}) (?<target>(?:[^,.;!?]|\\.(?=\\w)){1,60})`,
  'g',
);

const STRICT_PARTY = new RegExp(String.raw`^(?!(?:our|this|my) team\b)(?:${TEAM}|${HOLDER_NOUN}\b)`);

// "If you want a refund you'll have to speak to the seller": with no comma, the main clause starts
// at "you'll have to"; the "if" clause before it is the reason, not a condition on the handoff.
const MAIN_CLAUSE = /^(?:you'll|you will|you'd|you would) (?:need|have) to /;

// "The best way to reach us is by calling 0800…": the number is the agent's own.
const OUR_WAY = new RegExp(String.raw`\b${EN.ourWayVerbs} (?:us|me)\b`);

const THEY_WILL = /^[^.!?]{0,40}?\b(?:they|he|she)(?:'ll| will| can| should| would)\b/;

// Dropping a parcel off is the return itself, not the case moving on: "take it to the post office".
const DROP_OFF = /^(?:take|return|drop|bring|post|send|pop|nip|head|go)\b/;
const DROP_POINT =
  /^(?:(?:the|a|any|your|one of the) )?(?:(?:local|nearest|closest) )?(?:post office|parcel shop|drop-?off (?:point|shop|location)|collection point|parcel locker|locker)s?\b/;

// "Ask at the desk for your parcel": collecting something there, not the case moving on.
const COLLECT = new RegExp(
  String.raw`^ (?:for|to (?:collect|pick up|get)) (?:your|the|a) (?:[\w-]+ )?${EN.collectedThings}s?\b`,
);
const GO_THERE = /^(?:(?:ask|check|enquire|inquire) at|pop|drop|go|head|nip|come|stop by|visit)\b/;

const PAST_CONTACT = new RegExp(String.raw`^${EN.pastContacts}\b`);

// "I'd call the courier for you" is the agent's own legwork, not advice to the customer.
const ON_THEIR_BEHALF = /\b(?:for you|on your behalf|myself|for me to)\b/;

// "Fill in the returns form on the seller's site": the customer's next step is another party's page.
const THEIR_PAGE = new RegExp(
  String.raw`\b${EN.formNouns}\b(?: [\w-]+){0,6}? (?:on|via|through|at|from|in) (?<target>(?:the|your` +
    String.raw`|their) (?:[\w-]+ ){0,2}?(?:${OUTSIDE}|${TEAM_NOUN}))'s (?:[\w-]+ )?(?:website|site|app` +
    String.raw`|portal|page|online)\b`,
);
// "You can report it on their website": another party's own page.
const THEIR_SITE = new RegExp(
  String.raw`\b${EN.siteActs}\b[^.;!?]{0,40}? (?:on|via|through|using|at|from) their (?:own )?(?:website` +
    String.raw`|site|app|portal|online form|web form|webchat|helpline|help cent(?:re|er)|support (?:site` +
    String.raw`|page))\b`,
);
// The agent doing it: "I've filled in the claim form on the airline's site for you".
const AGENT_DOES = /\b(?:i|i've|i'll|i'm|i'd|i have|i will|we've|we'll|we have|let me)\b/;

/** Where `text` tells the customer to contact another party, and who. */
export function findContact(text: string): { index: number; target: string } | undefined {
  for (const m of text.matchAll(CONTACT_FRAMES)) {
    const target = clean(m.groups?.target);
    if (!target || !isOtherParty(target, m.groups?.verb)) continue;
    if (DROP_OFF.test(m.groups?.verb ?? '') && DROP_POINT.test(target)) continue;
    // "Raise a claim with Evri directly": a name counts when "directly" says it is someone else.
    const named = m.groups?.strict && /^[a-z][\w&'-]* directly\b/.test(m.groups?.target ?? '');
    if (
      (m.groups?.strict || m.groups?.agent !== undefined) &&
      !STRICT_PARTY.test(target) &&
      !named &&
      !isNamedParty(target)
    )
      continue;
    const collecting = COLLECT.test(text.slice(text.indexOf(target, m.index) + target.length));
    if (collecting && GO_THERE.test(m.groups?.verb ?? '')) continue;
    if (m.groups?.advice && ON_THEIR_BEHALF.test(text.slice(m.index))) continue;
    if (OUR_WAY.test(m[0])) continue;
    // "Spoke with underwriting — it's approved": a note of the agent's own step, no subject, in the past.
    if (
      PAST_CONTACT.test(m.groups?.verb ?? '') &&
      /^(?:[,;:.–—-] )?$/u.test(m[0].slice(0, m[0].indexOf(m.groups?.verb ?? '')))
    )
      continue;
    const after = text.indexOf(target, m.index) + target.length;
    if (m.groups?.ifYou && !THEY_WILL.test(text.slice(after))) continue;
    // A frame that starts at a clause's mark ("…, it's best to raise it with…") is read from after the mark.
    const at = m.index + (/^[,;:–—-] /.exec(m[0])?.[0].length ?? 0);
    const conditional = isConditional(text, at) && !MAIN_CLAUSE.test(m[0]) && !m.groups?.ifYou;
    if (isNegated(text, at, 3) || conditional) continue;
    return { index: m.index, target };
  }
  const page = THEIR_PAGE.exec(text) ?? THEIR_SITE.exec(text);
  if (!page || AGENT_DOES.test(clauseBefore(text, page.index)) || ON_THEIR_BEHALF.test(text))
    return undefined;
  if (OWNERSHIP.test(text)) return undefined;
  if (isNegated(text, page.index, 3) || isConditional(text, page.index)) return undefined;
  return { index: page.index, target: page.groups?.target ?? '' };
}
