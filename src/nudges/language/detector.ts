// One language's handoff and can't detector, compiled at load time from its phrase file plus a team's
// extra phrases. The frames (frames.ts) read every language; English drafts also get the finer English
// grammar (handoff/, and cant.ts over the English lexicon).

import { OWNERSHIP } from '../text/cues';
import { readingNames } from '../text/names';
import { type CantHit, cantDetector, someoneElsesSupport } from './cant';
import { compileFrames } from './frames';
import { detectHandoff, type HandoffHit, PRAISE } from './handoff/index';
import { compileLexicon, type ExtraPhrases, type Lexicon, PHRASE_FILES, type PhraseFile } from './phrases';
import { ownWords } from './reported';

export interface LanguageDetector {
  /** The phrase file's language code ("en"). */
  language: string;
  /** The compiled lists, for frames written elsewhere over the same phrases. */
  lexicon: Lexicon;
  /**
   * The handoff in one canonical sentence; `nearby` is the text of the sentences around it, `names` the words
   * the sentence wrote as names (src/nudges/text/names.ts).
   */
  handoff(sentence: string, nearby?: string, names?: ReadonlySet<string>): HandoffHit | undefined;
  /**
   * What `handoff` reads of the sentences around one: whether they keep ownership or the case with the same
   * team. Equal keys give equal verdicts, so a sentence is not read again when only its neighbour changed.
   */
  nearbyKey(nearby: string): string;
  /** The can't in one canonical sentence. */
  cant(sentence: string): CantHit | undefined;
}

/**
 * Compiles a language's phrase file, and optionally a team's extra phrases (their department names,
 * partner companies, phrasings; per list), into its detector. Build it once and keep it: compiling costs
 * a few milliseconds, detecting a sentence a few microseconds.
 */
export function compileLanguage(file: PhraseFile, extra: ExtraPhrases = {}): LanguageDetector {
  const lexicon = compileLexicon(file, extra);
  const frames = compileFrames(lexicon);
  const english = file.language === 'en';
  const grammarCant = cantDetector(lexicon);

  // `whole`: the sentence as written, when `text` is it with a condition or an aside left out.
  const find = (text: string, nearby: string, whole = text): HandoffHit | undefined => {
    const found = english ? detectHandoff(text, nearby) : undefined;
    if (found) return found;
    const framed = frames.handoff(text, nearby, whole);
    return framed && { type: 'contact', ...framed };
  };

  return {
    language: file.language,
    lexicon,
    handoff(written, nearby = '', names = NO_NAMES) {
      return readingNames(names, () => readHandoff(written, nearby));
    },
    nearbyKey: (nearby) =>
      `${OWNERSHIP.test(nearby) ? 'o' : '-'}${frames.keeps(nearby) ? 'k' : '-'}${PRAISE.test(nearby) ? 'p' : '-'}`,
    cant(written) {
      const text = ownWords(written, english);
      if (!text.trim()) return undefined;
      const found = grammarCant(text);
      if (found) return found;
      const scope = frames.scope(text);
      return scope === undefined || someoneElsesSupport(text, scope)
        ? undefined
        : { type: 'nothing', index: scope };
    },
  };

  function readHandoff(written: string, nearby: string): HandoffHit | undefined {
    // The customer's words quoted or reported back are not the agent's handoff.
    const text = ownWords(written, english);
    if (!text.trim()) return undefined;
    // "If that doesn't work, contact our live support team": the condition keeps it a handoff.
    const rest = frames.withoutPersisting(text);
    // "The courier, SwiftPost, can give you the latest": read without the aside too.
    const bare = text.replace(ASIDE, '$1 ');
    const hit =
      find(text, nearby) ??
      (rest === undefined ? undefined : find(rest, nearby, text)) ??
      (bare === text ? undefined : find(bare, nearby, text));
    if (!hit) return undefined;
    // "Please create a ticket so we can investigate": the same team keeps it on another channel.
    if (hit.type === 'ticket' && (frames.keeps(text) || frames.keeps(nearby))) return undefined;
    return hit;
  }
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** A name or title set off by commas after the subject, before its verb: "a supervisor, ms. okafor, will…". */
const ASIDE =
  /^((?:[\p{L}'-]+ ){0,4}?[\p{L}'-]+), (?:(?:mr|mrs|ms|miss|dr|mx)\.? )?[\p{L}&'-]+(?: [\p{L}&'-]+)?, (?=(?:will|'ll|can|could|should|would|is|are|has|have|may)\b)/u;

const COMPILED = new Map<string, LanguageDetector>();

/** The detector for a registered language's phrase file (no extras), compiled once. */
export function languageDetector(code = 'en'): LanguageDetector {
  let detector = COMPILED.get(code);
  if (!detector) {
    const file = PHRASE_FILES[code] ?? PHRASE_FILES.en!;
    detector = compileLanguage(file);
    COMPILED.set(code, detector);
  }
  return detector;
}
