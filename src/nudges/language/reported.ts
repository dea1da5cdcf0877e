// Words in a draft that are not the agent's own: the customer's message quoted back ("“I can't be there
// until 6.” No problem, …"), a quoted line of an email ("> I can't log in since the update"), or what the
// customer said, reported ("I know you said the chat team couldn't help last time"). A handoff or a can't
// in them is the customer's, not the agent's, so the detectors read the sentence with them blanked out.
// Works on canonical text (src/nudges/text/normalize.ts) and keeps every offset: each blanked character
// becomes a space.

import { EN } from './phrases';

// A quotation: straight or curly double quotes around at least two words (one word is a name or a label:
// click "Refund"). The canonical form writes an opening quote with a space after it and a closing one
// against its last word. Each quotation is scanned once: no backtracking over its words.
const QUOTED = /["“”][^"“”]*["“”]/g;
const TWO_WORDS = /\S\s+\S/;
// A quoted line of an email reply.
const QUOTED_LINE = /^\s*>/;
// What the customer said, reported: "you said (that) …", "you mentioned …", "you told us …", "as you
// wrote …". The report runs to the end of its clause (a comma, a dash); "as you said, we can't…" goes on in the agent's words.
const REPORTED = new RegExp(String.raw`\b${EN.customerReports} ((?:(?! - )[^,;:.!?—–])+)`, 'g');

const blank = (text: string) => text.replace(/\S/g, ' ');

/**
 * `text` with the words that are not the agent's own blanked out (same length, same offsets). A quoted
 * email line is blanked whole.
 */
export function ownWords(text: string, english = true): string {
  if (QUOTED_LINE.test(text)) return blank(text);
  let own = text.replace(QUOTED, (quote) => (TWO_WORDS.test(quote.slice(1, -1)) ? blank(quote) : quote));
  if (english)
    own = own.replace(
      REPORTED,
      (whole, said: string) => whole.slice(0, whole.length - said.length) + blank(said),
    );
  return own;
}
