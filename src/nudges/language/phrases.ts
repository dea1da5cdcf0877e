// The handoff phrase layer's words as data: per-language phrase files (`lang/<code>.json`) compiled by
// one builder into the alternations the frames in handoff-*.ts are written over. A team can add its
// own department names or partner companies, or a language, as data.
//
// A phrase is lower-case words separated by single spaces; a part in parentheses is optional
// ("partner(s)", "someone( else)"); `{name}` stands for a frame the code defines (a party named by a
// pattern rather than a word, e.g. "any company"). Nothing else is regular-expression syntax: the
// builder escapes the rest.
import en from '../lang/en.json';

export interface PhraseFile {
  language: string;
  /** Nouns for the people or units a case can be handed to: "team", "specialist(s)". */
  teamNouns: string[];
  /** "sister", "partner"… before a company noun: "a partner company". */
  companyQualifiers: string[];
  companyNouns: string[];
  /** Outside parties a customer deals with: "courier", "your bank", "the letting agent". */
  outsideParties: string[];
  /** Words before "service" that make it ours, not an outside service: "customer service". */
  ownServiceWords: string[];
  /** "booking", "travel"… before a site noun: "the booking site" is a party. */
  siteKinds: string[];
  siteNouns: string[];
  /** Teams named bare: "billing will call you". */
  teamNames: string[];
  /** The customer's own people ("check with your partner"): not a party to hand off to. */
  household: string[];
  /** Words that start an adverbial, not a party: "call during office hours", "email anytime". */
  notAPartyStarts: string[];
}

export const PHRASE_FILES: Record<string, PhraseFile> = { en };

/** One phrase of the syntax above. */
export const PHRASE = /^(?:\{[a-z ]+\}|(?:[a-z0-9&'.-]|\([a-z ]+\))+(?: (?:[a-z0-9&'.-]|\([a-z ]+\))+)*)$/;

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression for one phrase; `{name}` from `frames`. */
export function phrasePattern(phrase: string, frames: Readonly<Record<string, string>> = {}): string {
  const frame = /^\{([a-z ]+)\}$/.exec(phrase)?.[1];
  if (frame !== undefined) {
    const pattern = frames[frame];
    if (pattern === undefined) throw new Error(`No frame "{${frame}}" for phrase files.`);
    return pattern;
  }
  return phrase
    .split(/(\([a-z ]+\))/)
    .map((part) => (part.startsWith('(') ? `(?:${literal(part.slice(1, -1))})?` : literal(part)))
    .join('');
}

/** An alternation of phrases, in their order: "(?:a|b|c)". */
export function alternation(
  phrases: readonly string[],
  frames: Readonly<Record<string, string>> = {},
): string {
  return `(?:${phrases.map((phrase) => phrasePattern(phrase, frames)).join('|')})`;
}

/** The alternations the handoff frames are written over, for one language. */
export function compileParties(file: PhraseFile): {
  teamNoun: string;
  outside: string;
  teamNames: string;
  household: string;
  notAPartyStart: string;
} {
  const company = `${alternation(file.companyQualifiers)} ${alternation(file.companyNouns)}`;
  const frames = {
    'another company': company,
    'any company': String.raw`[\w'-]+ compan(?:y|ies)`,
    'any outside service': String.raw`(?!${alternation(file.ownServiceWords)} )[\w-]+ service`,
    'booking site': `${alternation(file.siteKinds)} ${alternation(file.siteNouns)}`,
  };
  return {
    teamNoun: alternation(file.teamNouns, frames),
    outside: alternation(file.outsideParties, frames),
    teamNames: alternation(file.teamNames, frames),
    household: alternation(file.household, frames),
    notAPartyStart: alternation(file.notAPartyStarts, frames),
  };
}
