// The part of a customer's message that quotes or forwards earlier mail: lines that begin with ">" and
// everything under a forwarding header ("---------- Forwarded message ---------", "-----Original
// Message-----"). An ask there was made before, to whoever the mail was for, and is answered or passed
// on already ("forwarding the thread below so you've got the history"); the customer's ask now is in
// their own words above it. A header that only introduces a quoted line ("On 3 May, Daniel wrote:")
// quotes that line alone: the customer's own words follow it. A quoted ask whose amount stands in the
// customer's own words is kept: the customer puts that amount forward now.
import type { Doc, Sentence } from '../text/document';

const FORWARD_HEADER = /^[ \t]*-{2,}[ \t]*(?:original|forwarded)[ \t]+message[ \t]*-*[ \t]*$/im;

/** Whether the customer's message at `offset` stands in a quoted line or under a forwarding header. */
function quotedAt(doc: Doc, offset: number): boolean {
  const lineStart = doc.raw.lastIndexOf('\n', offset - 1) + 1;
  if (
    doc.raw
      .slice(lineStart, offset + 1)
      .trimStart()
      .startsWith('>')
  )
    return true;
  return FORWARD_HEADER.test(doc.raw.slice(0, offset));
}

/** Whether a customer's ask in `sentence` was made in quoted mail, with its amount (if any) there too. */
export function askedInQuote(doc: Doc, sentence: Sentence, amountAt: number | undefined): boolean {
  if (doc.field !== 'text' || !quotedAt(doc, sentence.start)) return false;
  return amountAt === undefined || quotedAt(doc, amountAt);
}
