// Words that carry no topic. Search treats them as optional; suggestions drop them.

const ENGLISH = `a about above after again against all am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he her here hers herself him himself his how i i'm
i've if in into is isn't it it's its itself just let's me more most my myself no nor not of off on once only or
other ought our ours ourselves out over own same she should shouldn't so some such than that that's the their
theirs them themselves then there there's these they they're this those through to too under until up very was
wasn't we we're were weren't what what's when where which while who whom why will with won't would wouldn't you
you're your yours yourself yourselves also may might must shall yet still already ever even s t d ll m re ve im
ive id dont cant wont didnt doesnt isnt wasnt havent hasnt don didn doesn isn wasn aren couldn shouldn
wouldn haven hasn hadn weren`;

/**
 * Words that fill customer messages and page chrome but never name the problem. Only suggestions drop these;
 * an agent who types "help" into the search box means it.
 */
const SUPPORT_CHATTER = `hi hello hey dear thanks thank thx regards cheers best kind kindly please pls plz help helping
assist assistance question questions ask asking wonder wondering need needs want wanted like would know tell
let get got getting go going make made today yesterday tomorrow now soon recently again really much many
something anything someone anyone thing things way one two also sir madam team support customer service hope
appreciate appreciated sincerely regard asap urgent urgently just ok okay yes sure well able unable via`;

/**
 * Function words that still hint at what a customer asks: the question ("why", "when", "how"), time and
 * repetition ("still", "yet", "again"), phrasal-verb particles ("top up", "cash out"), amounts ("only",
 * "more"). Suggestions give them a small weight instead of dropping them.
 */
const CUES = `why how when where what which who still yet again already ever never once twice before after until
up out off back down over more too only no`;

function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

const ENGLISH_SET = wordSet(ENGLISH);
const CHATTER_SET = wordSet(SUPPORT_CHATTER);
const CUE_SET = wordSet(CUES);

/** True for function words ("the", "of", "how"). Matches folded, unstemmed words. */
export function isStopWord(word: string): boolean {
  return ENGLISH_SET.has(word);
}

/** True for function words and support chatter ("please", "thanks", "help"). */
export function isSuggestionNoise(word: string): boolean {
  return ENGLISH_SET.has(word) || CHATTER_SET.has(word);
}

/** True for function words that hint at the question ("why", "still", "again"): weak features of a message. */
export function isCueWord(word: string): boolean {
  return CUE_SET.has(word);
}

/** "not", "never", "unable": a message about something that does not happen. */
export function isNegation(word: string): boolean {
  return word === 'not' || word === 'never' || word === 'unable';
}
