// What the English phrase layer sees in a sentence short of a nudge: its frames' parts one by one (a party
// or team named, a contact verb, the customer told to act, a way to reach someone, a can't form, a
// statement of scope…), and the handoff frames that match once a negation, a condition or the neighbours'
// ownership is set aside. Not the verdicts themselves: a classifier given them only learns to repeat the
// phrases, and it is asked only where they found nothing. The learned second opinion (src/nudges/opinion/)
// reads these beside the sentence's meaning vector. The lists are compiled from the same phrase file
// (lang/en.json) and detector as the frames; only a few pronoun, modal and contact-detail patterns are here.
import { ASK, isQuestion, OFFER, OWNERSHIP } from '../text/cues';
import { Memo } from '../text/memo';
import { type LanguageDetector, languageDetector } from './detector';
import { EMAIL_ADDRESS, END, START, WEB_LINK } from './frame-words';

export { PARTIAL_COUNT, PARTIAL_NAMES } from './partial-names';

interface Partials {
  lists: RegExp[];
  detector: LanguageDetector;
}

const NEGATION =
  /(?<![\p{L}'])(?:don't|doesn't|didn't|won't|not|no|never|can't|couldn't|isn't|aren't)(?![\p{L}])/gu;
const CONDITION = /(?<![\p{L}'])(?:if|unless|whether|in case)(?![\p{L}])/u;
const AGENT =
  /(?:^|[,;:] )(?:[\p{L}]+ )?(?:i|we|i'll|we'll|i've|we've|i'm|we're|i'd|we'd|let me|let us)(?![\p{L}'])/u;
const YOU = /(?<![\p{L}'])(?:you|you'll|you're|you'd|your|yours|you've)(?![\p{L}'])/u;
const MODAL =
  /(?<![\p{L}'])(?:can|could|may|might|should|must|need to|have to|has to|would|will|'ll)(?![\p{L}])/u;
const LINK = new RegExp(WEB_LINK, 'iu');
const PHONE = /(?:\+?\d[\d ().-]{6,}\d)/u;
const EMAIL = new RegExp(EMAIL_ADDRESS, 'u');

let compiled: Partials | null = null;
/** A draft is read again as the agent types; its finished sentences are not. */
const SEEN = new Memo<number[]>();

function partials(): Partials {
  if (compiled) return compiled;
  const detector = languageDetector('en');
  const x = detector.lexicon;
  const any = (...alternations: string[]) => new RegExp(`${START}(?:${alternations.join('|')})${END}`, 'u');
  compiled = {
    detector,
    lists: [
      any(x.teamNouns, x.teamNames),
      any(x.outsideParties, `${x.companyQualifiers} ${x.companyNouns}`, `${x.siteKinds} ${x.siteNouns}`),
      any(x.contactVerbs),
      any(x.supportChannels),
      any(x.customerTold),
      any(x.feedbackNouns, x.reportActs),
      any(x.reachedAt, x.takesOver, x.takesFromHere, x.partyDoes),
      any(x.persistingProblems),
      any(x.sameTeamKeeps),
      any(x.cantForms),
      new RegExp(`${START}${x.cantSubjects}(?: [\\p{L}']+){0,2} ${x.cantForms}${END}`, 'u'),
      new RegExp(
        `${START}(?:you|customer|cust|cx|caller|client|member|user|he|she|they)(?: [\\p{L}']+){0,2} ${x.cantForms}${END}`,
        'u',
      ),
      any(x.refusedActs, x.termsNouns),
      any(x.scopeStatements),
      any(x.household),
    ],
  };
  return compiled;
}

/**
 * The partial hits of one sentence, each 0 or 1, in the order of PARTIAL_NAMES. `sentence` is its canonical
 * text (src/nudges/text/normalize.ts: lower case, straight apostrophes); `raw` the sentence as written (for
 * links, numbers and addresses); `nearby` the canonical text of the sentences around it.
 */
export function partialHits(sentence: string, raw: string, nearby: string): number[] {
  const { detector } = partials();
  // The neighbours count only through what the detector reads of them (its nearby key) and their ownership.
  const key = `${sentence}\u0000${raw}\u0000${detector.nearbyKey(nearby)}${OWNERSHIP.test(nearby) ? 'o' : '-'}`;
  return SEEN.get(key, () => readPartials(sentence, raw, nearby));
}

function readPartials(sentence: string, raw: string, nearby: string): number[] {
  const { lists, detector } = partials();
  const bit = (yes: unknown) => (yes ? 1 : 0);
  const handoff = detector.handoff(sentence, nearby);
  const unNegated = sentence.replace(NEGATION, '').replace(/ {2,}/g, ' ').trim();
  const unConditioned = sentence.replace(CONDITION, 'and');
  return [
    ...lists.map((list) => bit(list.test(sentence))),
    bit(OWNERSHIP.test(sentence)),
    bit(OWNERSHIP.test(nearby)),
    bit(ASK.test(sentence)),
    bit(OFFER.test(sentence)),
    bit(/\?\s*$/.test(sentence) || isQuestion(sentence, 0)),
    bit(CONDITION.test(sentence)),
    bit(unNegated !== sentence),
    bit(LINK.test(raw)),
    bit(PHONE.test(raw)),
    bit(EMAIL.test(raw)),
    bit(AGENT.test(sentence) || /^(?:i|we)(?![\p{L}])/u.test(sentence)),
    bit(YOU.test(sentence)),
    bit(MODAL.test(sentence)),
    bit(!handoff && detector.handoff(sentence, '')),
    bit(!handoff && unNegated !== sentence && detector.handoff(unNegated, nearby)),
    bit(!handoff && unConditioned !== sentence && detector.handoff(unConditioned, nearby)),
  ];
}
