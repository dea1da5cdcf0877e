// What of an article gets a meaning vector: its title and its first short lines (the "what customers say"
// phrasings, a summary, the first steps). A long body adds nothing a few lines do not, and costs time.
import type { SearchDoc } from '../search';

/** The heading of an article's list of customer phrasings. */
export const WHAT_CUSTOMERS_SAY = /\bwhat (?:customers|people|users|clients) (?:say|ask|write)\b/i;

/** Body lines embedded besides the title. */
export const MAX_BODY_PHRASES = 8;
/** Learned phrasings embedded besides (the newest); each costs the encoder about 20 ms once. */
export const MAX_LEARNED_PHRASES = 12;
/** A heading with fewer words is a section label and is left out. */
const MIN_HEADING_WORDS = 4;
/** A line is cut to this many characters. */
export const MAX_PHRASE_CHARS = 160;
/**
 * Body lines stop once they add up to this many characters: eight short customer phrasings fit, a
 * help-center article gives its first few paragraphs. Each phrase costs the encoder about 20 ms, so
 * this sets how long a large knowledge base takes to read.
 */
const MAX_BODY_CHARS = 640;

/**
 * The title, the keywords as one phrase, then up to MAX_BODY_PHRASES body lines (MAX_BODY_CHARS in all)
 * with their Markdown marks taken off. Short headings, labels ("What customers say:") and code blocks are left out: they introduce
 * text or template it, they do not say what the article is about.
 */
export function meaningPhrases(
  doc: Pick<SearchDoc, 'title' | 'body'> & { keywords?: readonly string[]; phrasings?: readonly string[] },
): string[] {
  const phrases = [doc.title.trim()].filter(Boolean);
  const keywords = (doc.keywords ?? []).map((keyword) => keyword.trim()).filter(Boolean);
  if (keywords.length > 0) phrases.push(keywords.join(', ').slice(0, MAX_PHRASE_CHARS));
  let bodyPhrases = 0;
  let bodyChars = 0;
  let inCode = false;
  let inSays = false;
  let saysTaken = 0;
  for (const line of (doc.body ?? '').split('\n')) {
    if (bodyPhrases >= MAX_BODY_PHRASES || bodyChars >= MAX_BODY_CHARS) break;
    // An article that lists what customers say is about those words and its summary: the heading
    // after that list starts the resolution steps, which describe the fix, not the problem.
    const heading = /^\s{0,3}#/.test(line) || /^\s*\*{0,2}[\p{L} ]{3,40}:\*{0,2}\s*$/u.test(line);
    if (heading && saysTaken > 0) break;
    if (heading && WHAT_CUSTOMERS_SAY.test(line)) inSays = true;
    if (/^\s*(```|~~~)/.test(line)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    const text = plainLine(line);
    // Short headings are section labels ("When to use", "Resolve it"); longer ones say something.
    if (/^\s{0,3}#/.test(line) && text.split(' ').length < MIN_HEADING_WORDS) continue;
    if (text.length < 8 || text.endsWith(':') || !/\s/.test(text)) continue;
    const phrase = text.slice(0, MAX_PHRASE_CHARS);
    phrases.push(phrase);
    if (inSays) saysTaken++;
    bodyPhrases++;
    bodyChars += phrase.length;
  }
  // Learned phrasings are what customers said: each is a phrase of its own, past the body's allowance.
  for (const learned of (doc.phrasings ?? []).slice(-MAX_LEARNED_PHRASES)) {
    const phrase = learned.replace(/\s+/g, ' ').trim().slice(0, MAX_PHRASE_CHARS);
    if (phrase) phrases.push(phrase);
  }
  return phrases;
}

function plainLine(line: string): string {
  return line
    .replace(/^\s*(#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)*/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
