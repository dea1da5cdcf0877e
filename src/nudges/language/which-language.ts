// Which language a draft is written in, as far as the nudges need to know: the phrase layer and the
// learned second opinion (a sentence encoder trained on English) only understand English. A draft is
// English when English function words clearly outnumber those of Spanish (and of other languages
// agents here write in), so a Spanish or German reply gets no handoff or can't opinion it cannot read.

// The word lists are data (../language-words.json; the panel fetches it: vite.config.ts).
import WORDS from '../language-words.json';

const ENGLISH = new Set(WORDS.englishFunctionWords);

// Spanish, and the commonest few of German, Portuguese and French.
const OTHER = new Set(WORDS.otherFunctionWords);

/** Marks only other languages use: ñ, ¿, ¡, ß, and the like. */
const OTHER_MARKS = /[ñ¿¡ßãõçœ]/i;

/** Whether `text` reads as English (short texts with no cue either way count as English). */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let english = 0;
  let other = 0;
  for (const word of words) {
    const plain = word.replace(/’/g, "'");
    if (ENGLISH.has(plain)) english++;
    if (OTHER.has(plain)) other++;
  }
  if (OTHER_MARKS.test(text)) other += 2;
  if (english === 0 && other === 0) return true;
  return english > 2 * other;
}
