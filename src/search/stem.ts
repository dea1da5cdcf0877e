// A deliberately light English stemmer: plurals, -ing, -ed and a final silent e.
// It only has to map the forms of one word onto the same key; the key need not be a real word.

const VOWEL = /[aeiouy]/;

/** Maps "charges", "charged", "charging" and "charge" onto one key ("charg"). */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('sses')) {
    w = w.slice(0, -2);
  } else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) {
    w = w.slice(0, -1);
  }
  if (w.endsWith('ing') && w.length >= 6 && VOWEL.test(w.slice(0, -3))) {
    w = undouble(w.slice(0, -3));
  } else if (w.endsWith('ed') && w.length >= 5 && VOWEL.test(w.slice(0, -2))) {
    w = undouble(w.slice(0, -2));
  } else if (w.endsWith('e') && w.length >= 4) {
    // "charge" meets "charged" at "charg".
    w = w.slice(0, -1);
  }
  return w;
}

/** "stopp" → "stop", "cancell" → "cancel"; keeps "bill", "pass", "buzz". */
function undouble(w: string): string {
  if (w.length < 4) return w;
  const last = w[w.length - 1];
  if (last !== w[w.length - 2] || !last) return w;
  if (last === 'l') return w.length >= 6 && w.endsWith('ell') ? w.slice(0, -1) : w;
  if (last === 's' || last === 'z' || VOWEL.test(last)) return w;
  return w.slice(0, -1);
}
