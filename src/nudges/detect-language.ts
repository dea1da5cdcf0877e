// The language of one reply draft, read from the draft itself (never from the browser: an agent with a
// Spanish panel may answer an English customer, and the other way round). Spanish needs clear
// evidence: words only Spanish uses, which a short chat line without accents has too ("tiene que
// llamar a su banco"), outnumbering English ones. Anything else reads as English, as before.

// The word lists are data (language-words.json; the panel fetches it: vite.config.ts).
import WORDS from './language-words.json';

export type DraftLanguage = 'en' | 'es';

// Words that are common in Spanish replies and are not English words (no "a", "no", "me", "he", "son").
const SPANISH = new Set(WORDS.draftSpanish);

// Words that are English and not Spanish.
const ENGLISH = new Set(WORDS.draftEnglish);

const SPANISH_MARKS = /[ñ¿¡]/i;
const ACCENTED = /[áéíóú]/i;
const SPANISH_ENDING = /^[a-z]{2,}(?:amos|emos|imos|cion|ciones|mente|ando|iendo|ados|idos|adas|idas)$/;

const plain = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Which language `draft` is written in, for the handoff and can't nudges. */
export function draftLanguage(draft: string): DraftLanguage {
  const words = draft.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let spanish = 0;
  let english = 0;
  for (const word of words) {
    const bare = plain(word).replace(/['’]/g, '');
    if (ENGLISH.has(bare) && !ACCENTED.test(word)) english++;
    else if (SPANISH.has(bare) || (bare.endsWith('s') && SPANISH.has(bare.slice(0, -1)))) spanish++;
  }
  if (SPANISH_MARKS.test(draft)) spanish += 2;
  // Accented words and Spanish endings ("-amos", "-ción", "-mente"), at most two of them.
  spanish += Math.min(
    2,
    words.filter((word) => ACCENTED.test(word) || SPANISH_ENDING.test(plain(word))).length,
  );
  // Two Spanish words at least, and well ahead of English: names and loanwords stay English.
  return spanish >= 2 && spanish > 2 * english ? 'es' : 'en';
}
