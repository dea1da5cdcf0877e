// The limits' words as data (limit-words.json), in the phrase syntax of the English file
// (language/phrases.ts): word lists, then the frames the limits code tests a sentence against. A list or
// frame may name a word list in a slot ("{faults}"); the few slots that are no words (how far apart two
// parts may be, what must or must not follow) are defined here.
import { alternation } from '../language/phrases';

export interface LimitWordsFile {
  words: Record<string, readonly string[]>;
  frames: Record<LimitFrame, readonly string[]>;
}

export type LimitFrame = 'falseFriends' | 'repeat' | 'draftGives' | 'notOffered' | 'status';

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
  };
}

/** Each frame as the source of one regular expression over whole words. */
export function compileLimitWords(file: LimitWordsFile): Record<LimitFrame, string> {
  const slots: Record<string, string> = {};
  for (const [name, list] of Object.entries(file.words)) slots[name] = alternation(list, slots);
  Object.assign(slots, codeSlots(slots));
  const frames = {} as Record<LimitFrame, string>;
  for (const [name, list] of Object.entries(file.frames) as [LimitFrame, readonly string[]][])
    frames[name] = String.raw`\b${alternation(list, slots)}\b`;
  return frames;
}
