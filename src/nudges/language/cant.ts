// Can't-language in a draft sentence: the agent or the company saying what it can't or won't do
// ("I can't", "unfortunately we don't", "not possible", "against our policy", "nothing I can do",
// "unable to"). Not idioms ("I can't wait"), conditionals ("if you can't…"), questions about the
// customer's side ("can't find your order number?") or what only the customer can't do.
import { clauseAround, clauseBefore, isConditional, isQuestion } from '../text/cues';
import type { Lexicon } from './phrases';
import { EN } from './phrases';

export type CantType = 'ability' | 'refusal' | 'impossible' | 'policy' | 'nothing';

export interface CantHit {
  type: CantType;
  index: number;
}

const ADVERBS = `(?: ${EN.cantAdverbs})*`;

// "Sorry, can't do that": no subject at the start of the sentence or clause.
const BARE_ABILITY =
  /(?:^|[,;:] )(?:(?:sorry|unfortunately|sadly|but|and|so|i'm afraid|afraid),? )*(?:can't|unable to|not able to) (?<verb>[\w'-]+)/;
// "Personalised items can't be returned": the thing as subject.
const PASSIVE = new RegExp(
  String.raw`(?<!\byou(?:'ll)? )\b(?:can't|couldn't|won't) be (?!${EN.notPassiveRefusals}\b)(?:\w+(?:ed|en)` +
    String.raw`|sent|put|cut|set|done|made|given|taken|shown|seen|paid|kept|held|sold|bought|split|reset` +
    String.raw`|used|changed|moved|undone)\b|\b(?:can't|couldn't|won't) be ${EN.refusedPassives}\b`,
);
// "I'm unable to.", "we can't, sorry": the refusal with its verb left out.
const ELLIPTIC =
  /\b(?:i|we|i'm|we're)(?: (?:really|just|simply|honestly|afraid|still))? (?:can't|unable to|not able to|won't be able to|not allowed to)(?=\s*(?:[.!,;]|$))/;
const REGRET = `(?:unfortunately|sadly|regrettably|i'm afraid|afraid|i'm sorry,? but|sorry,? but)`;
const REGRET_REFUSAL = new RegExp(
  String.raw`\b${REGRET}\b,?(?: [\w']+){0,4}? (?:i|we|you|our [\w-]+|the (?:system|company|store` +
    String.raw`|shop)) (?:\w+ )?${EN.regretRefusals}\b(?! (?:worry|hesitate|need to worry|have to worry))`,
);
const IMPOSSIBLE = [
  /\b(?:\w+n't|not|no longer|never)(?: \w+){0,3} (?:possible|doable|feasible|achievable|viable)\b/,
  /(?<!\b(?:not|nothing's|nothing is|never|isn't|is never) )\bimpossible\b/,
  /\b(?:not|isn't|aren't) an option\b/,
  /\b(?:isn't|aren't|not|no longer|wasn't|weren't|won't be)(?: \w+)? (?:available|offered|possible|supported|allow(?:ed)?|permitted)\b/,
];
const POLICY = [
  new RegExp(
    String.raw`\b(?:against|violates?|breach(?:es)?|contrary to|outside(?: of)?` +
      String.raw`|not ${EN.notWithin}) (?:our |the |company |store |shop |my |this |their ` +
      String.raw`|your )?(?:[\w-]+ ){0,2}${EN.policyNouns}\b`,
  ),
  new RegExp(String.raw`\bpolicy ${EN.policyStops}\b`),
  /\b(?:outside|beyond) (?:what|anything) (?:our|the|your|this) (?:[\w-]+ )?(?:policy|warranty|guarantee|terms|cover|plan) (?:covers|allows|includes|permits)\b/,
  /\b(?:that's|it's|this is) (?:our|company|store|the|just|simply) ?(?:company |store |our )?policy\b(?! to\b| that (?:we|you) (?:can|will|always)\b)/,
  new RegExp(
    String.raw`\b(?:not|isn't|aren't|wasn't|weren't|no longer|never)(?: \w+)? ${EN.eligibleWords}\b`,
  ),
  new RegExp(String.raw`\b(?:ineligible|non-?${EN.nonWords})\b`),
  /\bno (?:refunds|returns|exchanges|cancellations)\b(?! (?:label|needed|necessary|required|fee|cost))/,
];
const NOTHING = [
  /\b(?:nothing|not much|not a lot|little)(?: more| else| further)? (?:that )?(?:i|we|i'm|we're)(?: am| are)? (?:can|could|able to) (?:do|offer)\b/,
  /\b(?:my|our) hands are tied\b/,
  /\bout of (?:my|our) hands\b/,
  /\bno way (?:for (?:me|us) )?to\b/,
  new RegExp(
    String.raw`\b(?:not|isn't|aren't) something (?:i|we|our team)(?:'re| are|'m| am)?(?: (?:currently` +
      String.raw`|really|usually|normally|generally|actually|now))?(?: able to| can` +
      String.raw`| could)? ${EN.helpActs}\b`,
  ),
  /\b(?:not|isn't|aren't) something (?:i|we|our team)(?:'re| are|'m| am)?(?: able to| can| could) \w+/,
  /\b(?:isn't|is not|not|there's not) (?:anything|much|a lot)(?: more| else| further)? (?:that )?(?:i|we) (?:can|could) do\b/,
  // "Not something I'm authorised to do", "I don't have the tools to change that".
  /\b(?:not|isn't|aren't) something (?:i|we)(?:'re| are|'m| am)? (?:authori[sz]ed|allowed|permitted|cleared) to \w+/,
  new RegExp(
    String.raw`\b(?:${EN.cantSubjects}) (?:don't|doesn't|no longer) have (?:the )?${EN.meansToAct} to (?!hand\b)\w+`,
  ),
  /\bno can do\b/,
  // "Not us, sorry — try your landlord": the sentence opens by disowning the matter.
  /^(?:(?:sorry|nope|ah|hmm|oh),? )?not us\b/,
  // "That's outside what I'm able to do", "beyond anything we can offer", "not within my authority".
  // "That's beyond what I can authorise" (not "more than I can approve, so I'm asking my lead":
  // the labelled sets read that as the over-limit escalation it is).
  new RegExp(
    String.raw`\b(?:outside|beyond)(?: of)? (?:what|anything) (?:i|we)(?:'m| am|'re` +
      String.raw`| are)?(?: \w+)? (?:able to|allowed to|permitted to|can|could) ${EN.actsBeyond}\b`,
  ),
  /\b(?:outside|beyond|not within|isn't within|not in) (?:my|our) (?:authority|powers?|gift)\b/,
  /\bi wish (?:i|we) could\b/,
  // Hedged: "I don't think we can do that", "I doubt that's possible".
  /\b(?:i|we) (?:don't think|doubt) (?:we|i|that|it|this)(?:'s|'ll| can| could| will| would| is)?(?: be)?(?: able to)? (?:possible|doable|do (?:that|this|it)|manage (?:that|this|it))\b/,
  /\b(?:not|isn't) (?:a|an) (?:service|thing|feature|option|product|facility) (?:that )?(?:we|i)(?: currently)? (?:provide|offer|do|support|sell|allow|have)\b/,
];

// "I can't wait", "can't thank you enough", "couldn't agree more": feelings, not refusals. Each
// verb maps to what must follow it for the idiom (an empty pattern: always an idiom).
const IDIOMS: Record<string, RegExp> = {
  wait: /^/,
  thank: /^/,
  believe: /^/,
  imagine: /^/,
  stress: /^/,
  emphasise: /^/,
  emphasize: /^/,
  overstate: /^/,
  agree: /^/,
  complain: /^/,
  begin: /^/,
  fault: /^/,
  blame: /^/,
  argue: /^ with (?:that|this|the|your|you)\b/,
  express: /^ (?:how|my|our)\b/,
  see: /^ (?:why not|any (?:problem|issue|reason|error|fault|difference)s?|anything wrong)\b/,
  apologise: /\benough\b/,
  apologize: /\benough\b/,
  praise: /\b(?:enough|highly)\b/,
  recommend: /^(?: [\w']+){0,3} enough\b/,
  thanks: /^/,
  help: /^ (?:but|feeling|smiling|noticing)\b/,
  be: new RegExp(String.raw`^ ${EN.idiomFeelings}\b`),
  get: /^ (?:enough|over)\b|^ (?:hold of|through to) you\b/,
  say: /^ (?:enough|how|for (?:sure|certain)|exactly|yet|(?:i|we) (?:blame|mind))\b/,
  tell: /^(?: you)? how\b/,
  go: /^ wrong\b/,
  miss: /^ (?:it|them)\b/,
  stop: new RegExp(String.raw`^ ${EN.idiomDoings}\b`),
  // Trying to reach the customer is not telling them what we can't do for them.
  reach: /^ you\b/,
  have: /^ (?:said|put|asked|wished|done it without|been (?:happier|more|better))\b/,
  contact: /^ you\b/,
  // "Can't beat that!", "can't take my eyes off it" (also in Caribbean spelling, "cyaan tek mi eye off").
  beat: /^ (?:that|this|it|those|these)\b/,
  take: /^ (?:my|our|mi) eyes? off\b/,
  tek: /^ (?:my|our|mi) eyes? off\b/,
};

// "I couldn't find any other orders": a report of what was checked, not a refusal.
const REPORTED = new RegExp(String.raw`^${EN.reportedCants}$`);
const LOOKED = /^(?:find|locate|see|spot|trace|reproduce|replicate)$/;
const FOUND =
  /^(?:(?:find|locate|spot|trace|reproduce|replicate|detect)\b(?! (?:a way|the time|anything (?:else|more))\b)|see (?:any|an?)\b(?! (?:way|option|means|chance)s?\b))/;

function isIdiom(verb: string, rest: string): boolean {
  return IDIOMS[verb]?.test(rest) ?? false;
}

// A rule on what others may do is not the agent refusing the customer: "our policy prohibits sellers from
// profiting on…", "we don't let hosts charge twice", "items no longer allowed to be sold on the site" (what
// a seller may list). Nor is a negation that only picks out what an offer is for: "DM us for any questions
// not covered in those terms".
const OTHERS_RULE = new RegExp(String.raw`\b${EN.othersRules}\b`);

/** Whether the clause around `index` states a rule for others or what an offer covers, not our refusal. */
function othersRule(text: string, index: number): boolean {
  const [start, end] = clauseAround(text, index);
  const clause = text.slice(start, end);
  return OTHERS_RULE.test(clause);
}

// "Support" said bare is ours unless someone else owns it: "your bank's support can't see our records",
// "Stripe's support doesn't…".
const BARE_SUPPORT = /^(?:customer )?(?:support|service|care)\b/;
const SOMEONE_ELSES = /(?:^|[\s(])(?:your|their|his|her|[\p{L}\d&-]+'s)(?: [\p{L}\d&-]+)? $/u;

/** Whether the subject at `index` is bare support that belongs to someone else. */
export function someoneElsesSupport(text: string, index: number): boolean {
  return (
    BARE_SUPPORT.test(text.slice(index)) && SOMEONE_ELSES.test(text.slice(Math.max(0, index - 40), index))
  );
}

function usable(text: string, index: number): boolean {
  return (
    !isConditional(text, index) &&
    !isQuestion(text, index) &&
    !othersRule(text, index) &&
    !someoneElsesSupport(text, index)
  );
}

const global = (pattern: RegExp) => new RegExp(pattern.source, 'g');

// "It's not possible for you to be charged twice": what can't happen is harm to the customer.
const REASSURES = new RegExp(
  String.raw`^(?: for (?:you|your [\w-]+|it|this|anyone|us))?(?: to)? (?:(?:be` +
    String.raw`|get) (?:\w+ )?${EN.harmsToCustomer}|lose|happen again|go wrong)\b`,
);

// What may not hold, or holds for someone else, explains; it refuses nothing: "it may not be available
// right away", "you're likely not eligible", "not possible for someone else to use", "when it violates
// our guidelines, we act", "content that doesn't violate our policies".
const HEDGED = /\b(?:may|might|likely|probably|possibly|perhaps|doesn't|don't|didn't)(?: \w+)? $/;
const SOMEONE_ELSE = /^ for (?:someone|somebody|anyone|anybody|other (?:people|users|accounts)|others)\b/;
const WHEN = /\b(?:when|whenever|once|where)\b/;

function explains(text: string, m: RegExpMatchArray, type: CantType): boolean {
  if (type !== 'impossible' && type !== 'policy') return false;
  const index = m.index ?? 0;
  const before = text
    .slice(Math.max(0, index - 30), index + (/^\w/.test(m[0]) ? 0 : 1))
    .replace(/^\S*\s/, ' ');
  return (
    HEDGED.test(`${before.trimEnd()} `) ||
    SOMEONE_ELSE.test(text.slice(index + m[0].length)) ||
    WHEN.test(clauseBefore(text, index))
  );
}

function first(patterns: RegExp[], text: string, type: CantType): CantHit | undefined {
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (REASSURES.test(text.slice(m.index + m[0].length))) continue;
      if (explains(text, m, type)) continue;
      if (usable(text, m.index)) return { type, index: m.index };
    }
  }
  return undefined;
}

const NOTHING_ALL = NOTHING.map(global);
const POLICY_ALL = POLICY.map(global);
const IMPOSSIBLE_ALL = IMPOSSIBLE.map(global);

/**
 * The can't detector over a language's lexicon: who refuses (`cantSubjects`) × a can't form (`cantForms`)
 * × what is refused, beside the fixed English forms above.
 */
export function cantDetector(
  lexicon: Pick<Lexicon, 'cantSubjects' | 'cantForms' | 'refusedActs' | 'policyVerbs' | 'termsNouns'>,
): (raw: string) => CantHit | undefined {
  const WE = lexicon.cantSubjects;
  // Things a customer would want; saying we don't do them is a refusal.
  const GOOD = lexicon.refusedActs;
  const POLICY_VERB = lexicon.policyVerbs;
  // "The warranty doesn't cover accidental damage": the terms as subject.
  const TERMS = lexicon.termsNouns;
  const TERMS_REFUSE = new RegExp(
    String.raw`\b(?:the|our|your|this|that|these)(?: [\w-]+)? ${TERMS}s?(?: \w+)? (?:doesn't|don't|won't` +
      String.raw`|can't|isn't able to|does not) ${EN.termsCover}\b`,
  );
  // "Your policy excludes flood damage".
  const TERMS_EXCLUDE = new RegExp(
    String.raw`\b(?:the|our|your|this|that|these)(?: [\w-]+)? ${TERMS}s? (?:excludes?|prohibits?|forbids?|bars?|rules? out)\b`,
  );
  const ABILITY = new RegExp(
    String.raw`\b${WE}${ADVERBS} (?<cue>${lexicon.cantForms}) (?<verb>[\w'-]+)`,
    'g',
  );
  // "We're out of stock and can't restock it": the subject further back in the clause.
  const AND_ABILITY = new RegExp(
    String.raw`\b${WE}\b[^,.;!?]{0,40}? (?:and|so) (?<cue>can't|couldn't|won't be able to|(?:are|am) unable to|unable to|(?:aren't|am not) able to) (?<verb>[\w'-]+)`,
    'g',
  );
  const REFUSAL = new RegExp(
    String.raw`\b${WE}(?: \w+)? (?:(?:don't|doesn't|no longer)(?: (?:currently|usually|normally|generally|typically|really|actually|ever|always))? ${GOOD}|won't ${POLICY_VERB})\b`,
    'g',
  );
  const abilityAll = [ABILITY, global(BARE_ABILITY), AND_ABILITY];
  const refusalAll = [
    REFUSAL,
    ...[TERMS_REFUSE, TERMS_EXCLUDE, PASSIVE, REGRET_REFUSAL, ELLIPTIC].map(global),
  ];

  const ability = (text: string): CantHit | undefined => {
    for (const pattern of abilityAll) {
      for (const m of text.matchAll(pattern)) {
        const verb = m.groups?.verb ?? '';
        if (isIdiom(verb, text.slice(m.index + m[0].length))) continue;
        if (LOOKED.test(verb) && REPORTED.test(m.groups?.cue ?? '')) continue;
        // "We can't find an account with that email", "we're not able to reproduce it yet": a finding, not a refusal.
        if (FOUND.test(`${verb}${text.slice(m.index + m[0].length)}`)) continue;
        if (usable(text, m.index)) return { type: 'ability', index: m.index };
      }
    }
    return undefined;
  };

  return (text) => {
    return (
      first(NOTHING_ALL, text, 'nothing') ??
      first(POLICY_ALL, text, 'policy') ??
      ability(text) ??
      first(refusalAll, text, 'refusal') ??
      first(IMPOSSIBLE_ALL, text, 'impossible')
    );
  };
}
