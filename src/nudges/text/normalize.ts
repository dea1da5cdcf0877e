// Turns a sentence into one canonical form the detectors match against: lower case, straight
// apostrophes, contractions spelt one way ("cant", "can not", "cannot" → "can't"), chat spelling
// and typos of key words fixed, and every money amount replaced by "¤".
import type { AmountSpan } from '../amounts/amounts';
import { PLACEHOLDER, PLACEHOLDER_WORD } from './placeholders';
import { fixTypo } from './typos';

export interface NormalText {
  /** The canonical text: words and "¤" separated by single spaces, punctuation attached. */
  text: string;
  /** The amounts of the sentence, with the offset of their "¤" in `text`. */
  amounts: { span: AmountSpan; pos: number }[];
}

interface Token {
  word: string;
  start: number;
  punct: boolean;
  amount?: AmountSpan;
}

// An address's local part is at most 64 characters (RFC 5321) and is not tried again right after a
// ".", "+" or "-" that began a token that was no address: unbounded, a long run of dots or joined
// words with no "@" was scanned to its end from each of its characters (quadratic).
const WORDS =
  /(?<![.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|www\.\S+|\+(?=\d)|[\p{L}\p{N}]+(?:['’‘`-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/u;
// A macro's slot ("{{brand}}", "[Company]") is one token, tried first (placeholders.ts).
const TOKEN = new RegExp(`${PLACEHOLDER.source}|${WORDS.source}`, 'gu');
const SLOT = new RegExp(`^(?:${PLACEHOLDER.source})$`, 'u');

const SINGLE: Record<string, string> = {
  cant: "can't",
  cannot: "can't",
  // Caribbean and Scots spellings of "can't", and the Scots "outwith" (outside).
  cyaan: "can't",
  kyaan: "can't",
  cannae: "can't",
  canna: "can't",
  outwith: 'outside',
  dont: "don't",
  wont: "won't",
  im: "i'm",
  ive: "i've",
  ill: "i'll",
  youll: "you'll",
  youre: "you're",
  youve: "you've",
  youd: "you'd",
  theyll: "they'll",
  theyre: "they're",
  thats: "that's",
  theres: "there's",
  whats: "what's",
  isnt: "isn't",
  arent: "aren't",
  doesnt: "doesn't",
  didnt: "didn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  wasnt: "wasn't",
  werent: "weren't",
  hasnt: "hasn't",
  havent: "haven't",
  u: 'you',
  r: 'are',
  ya: 'you',
  thx: 'thanks',
  dept: 'department',
  depts: 'departments',
  'e-mail': 'email',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
  cud: 'could',
  shd: 'should',
  shud: 'should',
  shld: 'should',
  wud: 'would',
  coz: 'because',
  cuz: 'because',
};

const PAIRS: Record<string, string> = {
  'can not': "can't",
  'do not': "don't",
  'does not': "doesn't",
  'did not': "didn't",
  'will not': "won't",
  'would not': "wouldn't",
  'could not': "couldn't",
  'should not': "shouldn't",
  'is not': "isn't",
  'are not': "aren't",
  'was not': "wasn't",
  'were not': "weren't",
  'has not': "hasn't",
  'have not': "haven't",
  'i am': "i'm",
  'we are': "we're",
  'you are': "you're",
  'they are': "they're",
  'i will': "i'll",
  'you will': "you'll",
  'we will': "we'll",
  'they will': "they'll",
  'who will': "who'll",
  'i would': "i'd",
  'you would': "you'd",
  'we would': "we'd",
  'it is': "it's",
  'that is': "that's",
  'there is': "there's",
};

function canonicalWord(raw: string, next: string | undefined): string {
  const word = raw.toLowerCase().replace(/[’‘`]/g, "'");
  if (word === 'ur')
    return next && /^(?:going|not|able|unable|welcome|right)$/i.test(next) ? "you're" : 'your';
  const single = SINGLE[word];
  if (single) return single;
  return word.includes("'") || word.includes('-') ? word : fixTypo(word);
}

/**
 * Tokens are cut at 64 characters, links at 256: no word or name a detector knows is longer, and
 * a detector that reads a word from each of its characters ("(?:[\w&'-]+ )" before a team noun)
 * then costs at most that much per character, instead of a scan to the end of a 10 kB
 * hyphen- or apostrophe-joined run from each of its characters.
 */
export const MAX_WORD = 64;
export const MAX_LINK = 256;

function capped(token: string): string {
  if (token.length <= MAX_WORD) return token;
  return token.slice(0, /^(?:https?:\/\/|www\.)/i.test(token) ? MAX_LINK : MAX_WORD);
}

function tokenize(text: string, from: number, to: number, amounts: AmountSpan[]): Token[] {
  const tokens: Token[] = [];
  const words = (a: number, b: number) => {
    const part = text.slice(a, b);
    const raw: { value: string; start: number }[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(part); m; m = TOKEN.exec(part))
      raw.push({ value: capped(m[0]), start: a + m.index });
    raw.forEach((item, i) => {
      // "+44 20…": the plus opens a phone number, it does not end the word before it.
      const opens = item.value === '+' && /^\d/.test(raw[i + 1]?.value ?? '');
      if (SLOT.test(item.value)) {
        tokens.push({ word: PLACEHOLDER_WORD, start: item.start, punct: false });
        return;
      }
      const punct = !/^[\p{L}\p{N}]/u.test(item.value) && !item.value.includes('@') && !opens;
      const word = punct ? item.value : canonicalWord(item.value, raw[i + 1]?.value);
      tokens.push({ word, start: item.start, punct });
    });
  };
  let cursor = from;
  for (const amount of amounts) {
    if (amount.index < from || amount.end > to) continue;
    words(cursor, amount.index);
    tokens.push({ word: '¤', start: amount.index, punct: false, amount });
    cursor = amount.end;
  }
  words(cursor, to);
  return tokens;
}

function mergePairs(tokens: Token[]): Token[] {
  const merged: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const pair = next && !token.punct && !next.punct ? PAIRS[`${token.word} ${next.word}`] : undefined;
    // Chat shorthand "w/" and "w/o": "chat w/ our tech team".
    if (token.word === 'w' && next?.word === '/') {
      const without = tokens[i + 2]?.word === 'o';
      merged.push({ word: without ? 'without' : 'with', start: token.start, punct: false });
      i += without ? 2 : 1;
      continue;
    }
    if (pair) {
      merged.push({ word: pair, start: token.start, punct: false });
      i++;
    } else {
      merged.push(token);
    }
  }
  return merged;
}

/** The canonical form of `text.slice(from, to)`, given the amounts found in `text`. */
export function normalise(text: string, from: number, to: number, amounts: AmountSpan[]): NormalText {
  const tokens = mergePairs(tokenize(text, from, to, amounts));
  let out = '';
  const found: NormalText['amounts'] = [];
  for (const token of tokens) {
    if (out !== '' && !token.punct && !(out.endsWith(' +') && /^\d/.test(token.word))) out += ' ';
    if (token.amount) found.push({ span: token.amount, pos: out.length });
    out += token.word;
  }
  return { text: out, amounts: found };
}
