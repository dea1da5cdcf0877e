// The draft disclaims the topic for another team: "not my department", "that's one for our billing team", "our
// fundraising team are the ones to speak to", "the dealership is better placed to look at it".
import { clauseBefore, isConditional } from '../../text/cues';
import { EN } from '../phrases';
import { NAMED, OUTSIDE, OUTSIDE_PARTY, TEAM_NOUN, THEY_DO } from './parties';

const DISCLAIMS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:that's|it's|this is|that is) (?:something|one|a decision|a call` +
      String.raw`|a question) (?:for )?(?:the|our|your|a) (?:[\w&-]+ ){0,2}?${TEAM_NOUN} (?:would|will|'d` +
      String.raw`|has to|needs to|must|should|can|could)\b`,
  ),
  new RegExp(
    String.raw`\bonly (?:the |our |your )?(?:[\w&-]+ ){0,2}?(?:${TEAM_NOUN}|${OUTSIDE}) (?:can|could` +
      String.raw`|is able to|are able to)\b|\b${TEAM_NOUN} (?:is|are) the only (?:one|ones|team|people` +
      String.raw`|department)s? (?:who|that) (?:can|could)\b`,
  ),
  /\bnot (?:really |quite |exactly |actually |necessarily )?the (?:right|best|correct|appropriate) (?:person|team|department|people|place|contact)\b/,
  /\b(?:that's|it's|this is|that is|this one is) (?:a |an )?(?:separate|different|other|another) (?:team|department|area|matter|issue)\b/,
  new RegExp(String.raw`\bnot (?:really |quite |exactly |actually )?(?:my|our) ${EN.remitNouns}\b`),
  /\b(?:outside|beyond|not within|not in) (?:my|our|this team's|the team's) (?:remit|area|department|responsibility|jurisdiction)\b/,
  /\bwrong (?:department|team|queue|place|line|person|desk)\b/,
  new RegExp(
    String.raw`\b(?:is|are|'s|'re|gets|get) (?:\w+ )?(?:handled|dealt with|managed|looked after` +
      String.raw`|taken care of|owned|done|processed|sorted(?: out)?|decided|administered|arranged` +
      String.raw`|run) by (?:a |an |the |our |another |a different |a separate ` +
      String.raw`|an external )?(?:[\w&-]+ ){0,2}?(?:${TEAM_NOUN}|${NAMED})\b`,
  ),
  new RegExp(
    String.raw`\b(?:falls|fall|comes|come|sits|sit|belongs|belong) (?:under|within|with` +
      String.raw`|to) (?:the (?:responsibility|remit|scope|jurisdiction|care) of )?(?:the |our ` +
      String.raw`|a different |another |your )?(?:[\w&-]+ ){0,2}?(?:${TEAM_NOUN}|${NAMED})\b`,
  ),
  new RegExp(
    String.raw`\b(?:that's|it's|this is|that one is|this one is|that one's|this one's|that is|that would be` +
      String.raw`|this would be|that'd be|that'll be|this'll be|it'll be|that will be` +
      String.raw`|it will be)(?: ${EN.matterWords}){0,2} for (?:the |our |a different |another ` +
      String.raw`|your )?(?:[\w&-]+ ){0,2}?(?:${TEAM_NOUN}|${NAMED})\b`,
  ),
];

// Someone else pays, decides or is responsible: pointers only ("…, but I've waived it for you").
const THEIR_CALL: RegExp[] = [
  // "Compensation is paid by the airline": an outside party pays, issues or decides.
  new RegExp(
    String.raw`\b(?:is|are|'s|'re|gets|get) (?:\w+ )?(?:paid|issued|sent(?: out)?|provided|offered|set|decided|approved|refunded|reimbursed|covered) (?:directly |only )?by ${OUTSIDE_PARTY}\b`,
  ),
  // "The decision on your claim rests with the underwriter".
  new RegExp(
    String.raw`\b(?:decision|call|responsibility|say|choice|outcome|approval)(?: [\w-]+){0,4}? (?:rests` +
      String.raw`|lies|sits|is|'s) (?:entirely |solely |only )?with (?:the |your |our ` +
      String.raw`|their )?(?:[\w&-]+ ){0,2}?(?:${TEAM_NOUN}|${OUTSIDE})\b`,
  ),
  // "That's the shopping centre's responsibility".
  new RegExp(
    String.raw`\b(?:that's|it's|this is|that is|it is|that would be|that'd be)(?: (?:really|actually|more` +
      String.raw`|entirely))? (?:the|your) (?:[\w&-]+ ){0,2}?(?:${TEAM_NOUN}` +
      String.raw`|${OUTSIDE})'s ${EN.ownerNouns}\b`,
  ),
];

const PEOPLE = `${EN.rightPeople}`;
const TO_DO = `${EN.scopeVerbs}`;
// Someone else is the right one: "…are the ones to speak to", "…is better placed to help".
const BETTER_PARTY: RegExp[] = [
  new RegExp(
    String.raw`(?:\b(?:is|are|would be|will be|might be|may be)|(?<=\w)(?:'s|'re|'d be` +
      String.raw`|'ll be)) the (?:(?:best|right|correct|appropriate|only` +
      String.raw`|proper) )?${PEOPLE} (?:to (?!be\b)[a-z]+|(?:who|that) (?:can|could|is able to` +
      String.raw`|are able to) [a-z]+|(?:who|that)(?: (?:will|would|should|do|does|actually))? (?:${TO_DO}` +
      String.raw`|${THEY_DO}))\b`,
  ),
  // "Your ISP is who you need to speak to".
  new RegExp(
    String.raw`(?:\b(?:is|are|would be|will be)|(?<=\w)(?:'s|'re)) (?:who|the (?:one|ones|people|person` +
      String.raw`|team|place)(?: (?:who|that))?) you(?:'ll|'d| will| would)? (?:(?:need|want|should|have` +
      String.raw`|must|ought|got)(?: to)? ${TO_DO}|(?:want|need) (?:for (?:this|that|it)` +
      String.raw`|here)(?=[.!?]?$))\b`,
  ),
  new RegExp(
    String.raw`(?:\b(?:is|are|would be|will be|might be|may be)|(?<=\w)(?:'s|'re))(?: (?:much|far|probably` +
      String.raw`|likely|really|definitely|actually))? (?:better|best) (?:placed|positioned|equipped` +
      String.raw`|suited) to\b|(?:\b(?:is|are|would be|will be)|(?<=\w)(?:'s` +
      String.raw`|'re)) in a (?:much )?better position to\b`,
  ),
];
// "That's a billing thing", "it's not us, it's the payment provider".
const NOT_OURS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:that's|it's|this is|that is|it is|sounds like)(?: really| more| probably)? (?:a` +
      String.raw`|an) (?:billing|accounts|finance|sales|returns|claims|logistics|warehouse|fraud|security` +
      String.raw`|tech support|technical support|it|payroll|hr|legal|shipping|delivery|courier|bank|carrier` +
      String.raw`|[\w-]+ (?:team|department)) (?:thing|question|issue|matter|query|problem)\b`,
  ),
  new RegExp(
    String.raw`\b(?:that|it|this|the problem|this problem|the issue|this issue)(?:'s not| isn't` +
      String.raw`| is not) (?:us|from our side|on our (?:side|end))\b,? (?:it's|its|that's|it is|that is` +
      String.raw`|but) (?:the|your|their|with the|with your) `,
  ),
];
// "Not something we handle, it's the airline that decides", "…, it's the international team.": a cleft
// naming who it is instead.
const ITS_THEM = new RegExp(
  String.raw`(?:^|[,;:–—-] |\b(?:but|so|really) )(?:it's|its|that's|it is|that is) (?:the|your|their` +
    String.raw`|our) (?:[\w&-]+ ){0,2}?(?:${TEAM_NOUN}|${OUTSIDE})(?: (?:who|that)\b|(?=[.!]?$|[,;] ))`,
);
NOT_OURS.push(ITS_THEM);

// "The best people to help with this are our international team" (not "…are right here").
const BEST_ARE = new RegExp(
  String.raw`(?:^|[,;:–—] |\b(?:and|but|so|honestly|really|actually|otherwise) )the (?:(?:best|right` +
    String.raw`|correct|appropriate|only|proper) ${PEOPLE} (?:to|for)\b|${PEOPLE} to ${TO_DO}\b|(?:one` +
    String.raw`|person|people|team) (?:who|that) (?:can|could|will|would|is able to) [a-z]+)(?:(?!\b(?:and` +
    String.raw`|but|so|who|which|they|i|we|you)\b)[^.!?;,]){0,60}?(?: (?:is|are|would be|will be)` +
    String.raw`|(?<=\w)'s) (?!(?:me|us|myself|here|right here|you|i|we|in|on)\b)`,
);

// How a value comes about ("the rate is set by your bank", "the price is decided by the seller")
// explains the amount; it sends the customer nowhere.
const VALUE_SET = new RegExp(
  String.raw`\b${EN.priceNouns} (?:is|are|'s|'re|gets|get) (?:\w+ )?(?:set|decided|fixed|determined` +
    String.raw`|calculated|chosen) (?:directly |only )?by\b`,
);

// The agent acting on it: "…, so I've fixed it".
const ACTS = /\b(?:i've|i'll|i have|i will|let me|i'm going to|i've just|i already)\b/;

// The agent, the customer or the place they are in as the subject: "we're the right team to help".
const SELF_SUBJECT = /(?:^|\b(?:i|we|you|this|that|it|here|there|who))\s*$/;

/** Where `text` disclaims its topic or names someone better placed, if it does. */
export function findScope(text: string): number | undefined {
  const usable = (m: RegExpExecArray | null) =>
    !!m &&
    !isConditional(text, m.index) &&
    !VALUE_SET.test(text.slice(Math.max(0, m.index - 24), m.index + m[0].length));
  for (const pattern of DISCLAIMS) {
    const m = pattern.exec(text);
    if (m && usable(m)) return m.index;
  }
  // These only point elsewhere; "…, so I've fixed it on my side" keeps the case.
  const pointer = (m: RegExpExecArray | null) => usable(m) && !ACTS.test(text.slice(m!.index + m![0].length));
  for (const pattern of BETTER_PARTY) {
    const m = pattern.exec(text);
    if (m && pointer(m) && !SELF_SUBJECT.test(clauseBefore(text, m.index))) return m.index;
  }
  for (const pattern of [...NOT_OURS, ...THEIR_CALL]) {
    const m = pattern.exec(text);
    if (m && pointer(m)) return m.index;
  }
  const best = BEST_ARE.exec(text);
  return best && pointer(best) ? best.index : undefined;
}
