// Words that carry no topic. Search treats them as optional; suggestions drop them. Words are split at
// apostrophes (src/search/normalize.ts), so the list holds the parts: "don't" is "don" and "t".

const ENGLISH = `a about above after again against all am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not of off on
once only or other ought our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours yourself yourselves also may might must
shall yet still already ever even s t d ll m re ve im ive id dont cant wont didnt doesnt isnt wasnt havent
hasnt don didn doesn isn wasn aren couldn shouldn wouldn haven hasn hadn weren`;

/**
 * Words that fill customer messages and page chrome but never name the problem. Only suggestions drop these;
 * an agent who types "help" into the search box means it. Function words (ENGLISH) are not repeated here.
 */
const SUPPORT_CHATTER = `hi hello hey dear thanks thank thx regards cheers best kind kindly please pls plz help helping assist
assistance question questions ask asking wonder wondering need needs want wanted like know tell let get got
getting go going make made today yesterday tomorrow now soon recently really much many something anything
someone anyone thing things way one two sir madam team support customer service hope appreciate appreciated
sincerely regard asap urgent urgently ok okay yes sure well able unable via say says said saying`;

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
