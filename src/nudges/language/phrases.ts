// The phrase layer's words as data: per-language phrase files (`lang/<code>.json`) compiled at load time
// by this one builder into the alternations the frames are written over. A team's own department names,
// partner companies and phrasings, or another language, are added as data (see `compileLexicon`).
//
// A phrase is lower-case words separated by single spaces. Inside it:
// - a part in parentheses is optional, with options split by "|": "partner(s)", "please( just| also)";
// - a part in square brackets is one of its options: "[can|may] reach", "[does not|doesn't] work";
// - `{name}` is a slot: another list of the same file ("{teamNouns}") or a pattern the code defines
//   ("{any company}").
// Nothing else is regular-expression syntax: the builder escapes the rest.
import en from '../lang/en.json';
import type { PhraseLists } from './phrase-lists';

export type { PhraseLists };

export type PhraseListName = keyof PhraseLists;

export interface PhraseFile extends PhraseLists {
  language: string;
}

/** Phrases a team adds to a language's lists, per list (a department, a partner company, a phrasing). */
export type ExtraPhrases = Partial<Record<PhraseListName, readonly string[]>>;

export const PHRASE_FILES: Record<string, PhraseFile> = { en };
/** The lists, in the order of the English file (the other files have the same lists; a test checks it). */
export const LIST_NAMES = Object.keys(en).filter((key) => key !== 'language') as PhraseListName[];

// One character of a word, and of the inside of a part (which may hold spaces and "|").
const W = String.raw`[a-z0-9&'.\-\p{Ll}\p{Lo}\p{M}]`;
const INNER = String.raw`[ a-z0-9&'.\-\p{Ll}\p{Lo}\p{M}]`;
const UNIT = String.raw`(?:${W}|\(${INNER}+(?:\|${INNER}+)*\)|\[${INNER}+(?:\|${INNER}+)+\]|\{[a-z][a-zA-Z ]*\})`;
/** One phrase of the syntax above (each unit is one character or one bracketed part: linear to test). */
export const PHRASE = new RegExp(String.raw`^${UNIT}+(?: ${UNIT}+)*$`, 'u');

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression for one phrase; `{name}` from `slots`. */
export function phrasePattern(phrase: string, slots: Readonly<Record<string, string>> = {}): string {
  return phrase
    .split(/(\([^)]*\)|\[[^\]]*\]|\{[a-z][a-zA-Z ]*\})/)
    .map((part) => {
      if (part.startsWith('(')) return `(?:${part.slice(1, -1).split('|').map(literal).join('|')})?`;
      if (part.startsWith('[')) return `(?:${part.slice(1, -1).split('|').map(literal).join('|')})`;
      if (part.startsWith('{')) {
        const pattern = slots[part.slice(1, -1)];
        if (pattern === undefined) throw new Error(`No slot "${part}" for phrase files.`);
        return pattern;
      }
      return literal(part);
    })
    .join('');
}

/** An alternation of phrases, in their order (put a longer phrase before its start): "(?:a b|a|c)". */
export function alternation(
  phrases: readonly string[],
  slots: Readonly<Record<string, string>> = {},
): string {
  return `(?:${phrases.map((phrase) => phrasePattern(phrase, slots)).join('|')})`;
}

/** A language's lists with a team's extra phrases added (each phrase once). */
export function withExtras(file: PhraseFile, extra: ExtraPhrases = {}): PhraseFile {
  const merged: PhraseFile = { ...file };
  for (const name of LIST_NAMES) {
    const more = extra[name];
    if (more?.length)
      merged[name] = [...new Set([...file[name], ...more.map((p) => p.trim().toLowerCase())])];
  }
  return merged;
}

/** The compiled alternations, one per list, for one language. */
export type Lexicon = Record<PhraseListName, string> & { language: string };

/** Patterns named in the phrase files that are not words: a company by its noun, an outside service. */
function codeSlots(file: PhraseFile): Record<string, string> {
  return {
    'another company': `${alternation(file.companyQualifiers)} ${alternation(file.companyNouns)}`,
    'any company': String.raw`[\w'-]+ compan(?:y|ies)`,
    'any outside service': String.raw`(?!${alternation(file.ownServiceWords)} )[\w-]+ service`,
    'booking site': `${alternation(file.siteKinds)} ${alternation(file.siteNouns)}`,
    'a name': String.raw`[\p{L}\d][\w&'-]*`,
    link: String.raw`(?:https?:\/\/|www\.)\S+`,
    'some words': String.raw`(?:[\w'&-]+ ){0,4}?`,
    'phone number': String.raw`\+?\d[\d -]{1,14}\d`,
    'email address': String.raw`[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+`,
    // A word of a brand's name, not a pronoun nor a small word: "google play support", not "us for support".
    'a brand word': String.raw`(?!(?:us|me|you|him|her|them|for|with|to|from|our|your|their|my|the|a|an|and|or|of|on|in|at|by)(?![\w&'-]))[\p{L}\d][\w&'-]*`,
    // A mailbox for reports by its name: "reportphishing@…", "abuse@…".
    'reporting address': String.raw`[\w.+-]{0,30}(?:report|phish|abuse|spam|fraud|scam)[\w.+-]{0,30}@[\w-]+(?:\.[\w-]+)+`,
  };
}

/**
 * Compiles a language's phrase file, plus a team's extra phrases, into one alternation per list. A list
 * may name another in a slot ("{teamNouns}"); slots are filled in the order of LIST_NAMES, so a list can
 * only name one before it.
 */
export function compileLexicon(source: PhraseFile, extra: ExtraPhrases = {}): Lexicon {
  const file = withExtras(source, extra);
  const slots: Record<string, string> = codeSlots(file);
  const lexicon = { language: file.language } as Lexicon;
  for (const name of LIST_NAMES) {
    lexicon[name] = alternation(file[name], slots);
    slots[name] = lexicon[name];
  }
  return lexicon;
}

/** The English lists compiled once, for the English grammar (cant.ts, handoff/*.ts, text/cues.ts) to be written over. */
export const EN: Lexicon = compileLexicon(en);

/** The party alternations the English grammar frames (handoff/*.ts) are written over. */
export function compileParties(file: PhraseFile): {
  teamNoun: string;
  outside: string;
  teamNames: string;
  household: string;
  notAPartyStart: string;
} {
  const lexicon = file === en ? EN : compileLexicon(file);
  return {
    teamNoun: lexicon.teamNouns,
    outside: lexicon.outsideParties,
    teamNames: lexicon.teamNames,
    household: lexicon.household,
    notAPartyStart: lexicon.notAPartyStarts,
  };
}
