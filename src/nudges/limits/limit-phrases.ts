// The limits' words as data (limit-words.json), in the phrase syntax of the English file
// (language/phrases.ts): word lists, then the frames the limits code tests a sentence against. A list or
// frame may name a word list in a slot ("{faults}"); the few slots that are no words (how far apart two
// parts may be, what must or must not follow) are defined here.
import { alternation, phrasePattern } from '../language/phrases';

export interface LimitWordsFile {
  words: Record<string, readonly string[]>;
  frames: Record<LimitFrame, readonly string[]>;
}

export type LimitFrame =
  | 'falseFriends'
  | 'repeat'
  | 'draftGives'
  | 'notOffered'
  | 'status'
  | 'inquiry'
  | 'hearsayOrCheck'
  | 'actsOn'
  | 'comesBack'
  | 'namedBefore'
  | 'thanks'
  | 'forDoing'
  | 'ought'
  | 'canadianDollars'
  | 'australianDollars'
  | 'newZealandDollars'
  | 'singaporeDollars'
  | 'hongKongDollars'
  | 'usDollars'
  | 'acceptedAfter'
  | 'acceptedBefore'
  | 'othersWillDo'
  | 'visitedPlace'
  | 'intendsToBuy'
  | 'usesHeld'
  | 'aboutTheAsk'
  | 'promisedBefore'
  | 'notDecided';

/** Patterns that are no words, some written over the word lists. */
function codeSlots(words: Readonly<Record<string, string>>): Record<string, string> {
  const word = String.raw`[\w']+`;
  return {
    'maybe a word': String.raw`(?: [\w-]+)?`,
    'up to two words': `(?: ${word}){0,2}`,
    'up to three words': `(?: ${word}){0,3}?`,
    'up to four words': `(?: ${word}){0,4}`,
    'up to six words': `(?: ${word}){0,6}`,
    // Within the sentence ("links last ten minutes, so I've sent a new one"), or well past it.
    'a short stretch': String.raw`\b[^!?]{0,60}?\b`,
    'later in the text': String.raw`\b.{0,200}?\b`,
    'a replace word': String.raw`replac\w*`,
    // "the second time" counts when a fault or a replacement follows in the same sentence.
    'then a fault in the sentence': String.raw`(?=[^.!?]*\b(?:${words.faults}|missing|replac\w*))`,
    'then a replacement': String.raw`(?=.*\breplac)`,
    // "sent a third reminder" is no third item.
    'not a reminder': String.raw`(?! ${words.reminders}s?\b)`,
    'up to four words with spaces': String.raw`(?:[\w-]+ ){0,4}`,
    'one to six words': String.raw`(?: [\w'-]+){1,6}`,
    'up to two words or amounts': String.raw`(?: (?:[\w'-]+|¤)){0,2}`,
    'up to three words or amounts': String.raw`(?: (?:[\w'-]+|¤)){0,3}`,
    'up to four words or amounts': String.raw`(?: (?:[\w'-]+|¤)){0,4}`,
    'a verb': '[a-z]+',
    'any softeners': `(?: ${words.softeners})*`,
    // "I'm writing for requesting the refund" is the writer's own asking, no deed done.
    'a deed': String.raw`(?!${words.askingVerbs}\b)[a-z]+ing`,
    // The slots below say where a phrase starts or ends themselves (OWN_EDGE).
    'the start': '^',
    'the end': '$',
    money: '¤',
    'a question mark': String.raw`\s*\?`,
    // "…let me know if you can refund me" asks; "…let me know if the credit is still there" checks.
    'no ask of ours': String.raw`(?!${words.oursToDo}\b)`,
    // "Thanks in advance" thanks for nothing done yet.
    'not beforehand': String.raw`\b(?! ${words.beforehand}\b)`,
    // The thing an ask acts on: its first one or two words, captured (ask-scope.ts reads them).
    'the object': String.raw`([a-z][\w-]*)(?: ([a-z][\w-]*))?`,
  };
}

/** Slots that are a phrase's edge themselves: a phrase that starts or ends with one adds no word edge there. */
const OWN_EDGE: ReadonlySet<string> = new Set([
  'the start',
  'the end',
  'money',
  'a question mark',
  'no ask of ours',
  'not beforehand',
  'the object',
]);

/** One phrase as a pattern over whole words: it starts and ends at a word's edge, unless a slot says otherwise. */
function framePattern(phrase: string, slots: Readonly<Record<string, string>>): string {
  const first = /^\{([a-z][a-zA-Z ]*)\}/.exec(phrase)?.[1];
  const last = /\{([a-z][a-zA-Z ]*)\}$/.exec(phrase)?.[1];
  const start = first !== undefined && OWN_EDGE.has(first) ? '' : String.raw`\b`;
  const end = last !== undefined && OWN_EDGE.has(last) ? '' : String.raw`\b`;
  return `${start}${phrasePattern(phrase, slots)}${end}`;
}

/**
 * Each frame as the source of one regular expression over whole words: "\b(?:a|b)\b" matches as
 * "(?:\ba\b|\bb\b)" does, so each phrase takes its own edges.
 */
export function compileLimitWords(file: LimitWordsFile): Record<LimitFrame, string> {
  const slots: Record<string, string> = {};
  for (const [name, list] of Object.entries(file.words)) slots[name] = alternation(list, slots);
  Object.assign(slots, codeSlots(slots));
  const frames = {} as Record<LimitFrame, string>;
  for (const [name, list] of Object.entries(file.frames) as [LimitFrame, readonly string[]][])
    frames[name] = `(?:${list.map((phrase) => framePattern(phrase, slots)).join('|')})`;
  return frames;
}
