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
// An infinitive with its pronouns ("cambiarte", "enviarle", "devolvérselo").
const CLITIC_INFINITIVE =
  /^[a-z]{2,}(?:ar|er|ir)(?:te|le|les|lo|los|la|las|me|nos|selo|sela|selos|selas|telo|tela)$/;
// A participle on its own ("Derivado a Nivel 2.", "referido"): a cue only where no English word is.
const PARTICIPLE = /^[a-z]{3,}(?:ado|ido)$/;

const plain = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** How many Spanish and English cues a text has (words only one language uses, accents, marks, endings). */
export function languageCues(text: string): { spanish: number; english: number; words: number } {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let english = 0;
  // Each Spanish word counts once: a word said again ("mi" four times in a line of Jamaican English) is
  // one piece of evidence, while Spanish prose brings many different ones.
  const spanishWords = new Set<string>();
  for (const word of words) {
    const bare = plain(word).replace(/['’]/g, '');
    if (ENGLISH.has(bare) && !ACCENTED.test(word)) english++;
    else if (SPANISH.has(bare) || (bare.endsWith('s') && SPANISH.has(bare.slice(0, -1))))
      spanishWords.add(bare);
  }
  let spanish = spanishWords.size;
  if (SPANISH_MARKS.test(text)) spanish += 2;
  // Accented words and Spanish endings ("-amos", "-ción", "-mente"), at most two of them.
  spanish += Math.min(
    2,
    words.filter(
      (word) =>
        ACCENTED.test(word) || SPANISH_ENDING.test(plain(word)) || CLITIC_INFINITIVE.test(plain(word)),
    ).length,
  );
  if (english === 0 && spanish === 0 && words.some((word) => PARTICIPLE.test(plain(word)))) spanish = 1;
  return { spanish, english, words: words.length };
}

/** Which language `draft` is written in, for the handoff and can't nudges. */
export function draftLanguage(draft: string): DraftLanguage {
  const { spanish, english, words } = languageCues(draft);
  // Two Spanish cues at least, and well ahead of English: names and loanwords stay English.
  if (spanish >= 2 && spanish > 2 * english) return 'es';
  // A short line with a Spanish cue and not one English word ("Eso no.", "Derivado a Nivel 2.", "eso lo ve
  // otra área"): nothing in it is English. A longer text needs a cue in every four words or so ("mi" alone
  // does not make a line of Jamaican English Spanish).
  return spanish >= 1 && english === 0 && words <= 4 * spanish ? 'es' : 'en';
}

/**
 * The language one sentence of a draft is clearly written in, or none where its cues are few or even: a
 * mixed draft ("Thanks for your patience. Lamentablemente no se puede cambiar.") is read sentence by
 * sentence where a sentence clearly speaks the other language.
 */
export function sentenceLanguage(sentence: string): DraftLanguage | undefined {
  // Stricter than a whole draft's reading: a greeting or a sign-off ("Saludos, Lucía") or a line of Jamaican
  // English ("Mi glad fi hear…") in an English draft stays with the draft.
  const { spanish, english } = languageCues(sentence);
  if (spanish >= 3 && spanish > 3 * english) return 'es';
  if (english >= 3 && english > 3 * spanish) return 'en';
  return undefined;
}
