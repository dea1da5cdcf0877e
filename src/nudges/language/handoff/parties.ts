// Who a draft sends the customer to: teams ("our billing team"), named parties ("the courier",
// "your bank"), people ("Priya"), and what is not a party (the agent, a web page, "during office
// hours"). Shared by the handoff detectors; all over canonical text (normalize.ts). The words are data
// (lang/en.json, compiled by lexicon.ts); the frames around them are here.
import { isNamedParty } from '../../text/names';
import { compileParties, PHRASE_FILES } from '../phrases';

const WORDS = compileParties(PHRASE_FILES.en!);

export const TEAM_NOUN = WORDS.teamNoun;
// Outside parties a customer deals with: "the courier", "your bank", "their landlord".
export const OUTSIDE = WORDS.outside;
export const OUTSIDE_PARTY = String.raw`(?:the|your|their) (?:[\w'-]+ ){0,2}?${OUTSIDE}|your (?:[\w'-]+ )?company`;
/** What the party that has the case does: "…who contacts you", "…the ones that issue refunds". */
export const THEY_DO =
  `(?:contacts?|calls?|rings?|phones?|emails?|writes? to|gets? (?:back|in touch)|comes? back|handles?` +
  `|deals? with|takes? (?:over|care of)|looks? (?:after|into)|reviews?|decides?|sorts?|picks? (?:it ` +
  `|this )?up|follows? up|reaches? out|repl(?:y|ies)|responds?|updates?|issues?|process(?:es)?` +
  `|approves?|arranges?|manages?|owns?|books?|refunds?|assess(?:es)?|investigates?|advises?|answers?` +
  `|cancels?|amends?|changes?)`;
/** Teams named bare: "billing will call you", "speak to payroll". */
export const TEAM_NAMES = WORDS.teamNames;
export const NAMED = `(?:${TEAM_NAMES}|warehouse|security|it|head office|tier (?:2|two|3|three)|level (?:2|two)|second line|${OUTSIDE_PARTY}|them)`;
export const TEAM =
  String.raw`(?:(?:the|our|my|a|an|another|a different|a separate|one of (?:our|my)|the relevant|the right` +
  String.raw`|the appropriate|their) )?(?<![\w&'-])(?:[\w&'-]+ ){0,3}?${TEAM_NOUN}\b(?! (?:article|page|site` +
  String.raw`|website|link|form|app|portal|guide|faq)s?\b)|${NAMED}\b`;

const SELF = new RegExp(
  String.raw`^(?:us|me|myself|you\b|yourself|this team|our team|our (?:customer )?(?:support|service|care)\b` +
    String.raw`|customer (?:support|service|care)|support\b(?!@)|here|anyone|anybody|no one|nobody|this (?:email` +
    String.raw`|number|chat|thread|address)|reply|for|about|if|any|anything|questions?|back)\b`,
);
// (Whole words: "merchant" and "usps" are parties, not "me" and "us".)
// A page or a thing of the customer's, not "your account manager" or "the app store team".
const RESOURCE = new RegExp(
  String.raw`(?:^(?!(?:the|a|your) (?:booking|travel|comparison|third-party|reseller|ticketing) )(?:(?:the|our` +
    String.raw`|this|that) )?(?:[\w-]+ ){0,2}?(?:website|site|page|portal|app|link|faq|help cent(?:re|er)|article` +
    String.raw`|form|settings|inbox|spam|folder|section|tab|guide|menu|basket|cart|checkout|dashboard|screen)s?` +
    String.raw`|^(?:your|my) (?:[\w-]+ )?(?:account|profile|order|settings|inbox|app|email|basket|cart|wallet` +
    String.raw`|history|library))\b(?! (?:${TEAM_NOUN}|store)\b)`,
);

// "Ask your colleague to sign for it" is not a handoff; "ask the seller" is.
const ASKED_PARTY = new RegExp(
  String.raw`^(?:${NAMED}|(?:the|our|a|an|another) (?:[\w&'-]+ ){0,3}?(?:team|department|desk|helpdesk|support` +
    String.raw`|office|seller|store|shop)|${OUTSIDE}|(?:your|the|their) (?:[\w&'-]+ ){0,2}?(?:admin|administrator` +
    String.raw`|manager|account owner|it team|landlord|employer|bank|insurer|provider|school|gp|doctor))\b`,
);

// The customer's own people: "check with your partner whether Tuesday works".
const HOUSEHOLD = new RegExp(String.raw`^(?:(?:your|their) ${WORDS.household}s?|${WORDS.household}s)\b`);

// Words that start an adverbial, not a party: "call during office hours", "email anytime".
const NOT_A_PARTY = new RegExp(String.raw`^${WORDS.notAPartyStart}\b`);

const PARTY = new RegExp(`^(?:${NAMED}|[\\w-]+ ${TEAM_NOUN})\\b`);

export function isOtherParty(target: string, verb = ''): boolean {
  // "any of our stores", "one of the branches": the party after the quantifier.
  const place =
    /^(?:(?:any|one|either) of (?:our|the|your|their) (?=[\w-]+)|any (?=(?:[\w-]+ )?(?:branch|store|shop|outlet|office|pharmacy|dealer|garage|centre|center|station|desk|agent)s?\b))/.exec(
      target,
    );
  if (place) return isOtherParty(`the ${target.slice(place[0].length)}`, verb);
  if (SELF.test(target) || RESOURCE.test(target) || HOUSEHOLD.test(target)) return false;
  // "IT" is a team only on its own or before a team word, not in "call it a known issue".
  if (/^it /.test(target) && !/^it (?:team|department|desk|helpdesk|support)\b/.test(target)) return false;
  if (/^ask/.test(verb)) return ASKED_PARTY.test(target) || isNamedParty(target);
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

/** A target as written up to where it stops naming a party ("the courier directly about…"). */
export function clean(target: string | undefined): string | undefined {
  const trimmed = target
    // "Zentro (the maker)": the name before an aside.
    ?.replace(/\(.*$/, '')
    .replace(
      /\s+(?:a|an) (?:(?:quick|brief|short) )?(?:ring|call|buzz|bell|shout|line|message|text|note|email)\b.*$/,
      '',
    )
    .replace(
      /\b(?:directly|instead|now|today|for (?:that|this|it)|about (?:that|this|it)|please|though|as well|too)\b.*$/,
      '',
    )
    .replace(
      /\s+(?:and|who|which|so|to|if|or|as|because|since|where|on|at|about|regarding|for|with|when|by|via|in order|they'll|they will|they can|they'd)\b.*$/,
      '',
    )
    .trim();
  return trimmed || undefined;
}
