// Which language a draft is written in, as far as the nudges need to know: the phrase layer and the
// learned second opinion (a sentence encoder trained on English) only understand English. A draft is
// English when English function words clearly outnumber those of Spanish (and of other languages
// agents here write in), so a Spanish or German reply gets no handoff or can't opinion it cannot read.

const ENGLISH = new Set(
  (
    'the to you your and is are we i a an of for it this that can be please with on have has not ' +
    "our us my in will would could should if or at as from they them he she was were do does did don't " +
    "can't won't it's i'm we're you're there here what which who when how any all so but just also " +
    'get let know need thanks thank hi hello sorry help'
  ).split(' '),
);

const OTHER = new Set(
  // Spanish
  (
    'el la los las de que y en un una por para con su sus tu tus es lo se al del te le les nos usted ' +
    'ustedes gracias hola pero como más muy está están puede pueden podemos favor esto esta este ' +
    'cuenta pedido ayuda desde hasta también lamentamos disculpa saludos ' +
    // German, Portuguese, French, the commonest few
    'der die das und ist nicht sie wir ich du dich mit auf für bitte danke ' +
    'não você obrigado por favor uma ' +
    'le les et est vous nous pas pour avec une merci bonjour'
  ).split(' '),
);

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
