// What of an article gets a meaning vector: its title and its first short lines (the "what customers say"
// phrasings, a summary, the first steps). A long body adds nothing a few lines do not, and costs time.
import type { SearchDoc } from '../search';

/** Body lines embedded besides the title. */
export const MAX_BODY_PHRASES = 8;
/** A line is cut to this many characters. */
const MAX_PHRASE_CHARS = 300;

/** The title, then up to MAX_BODY_PHRASES body lines with their Markdown marks taken off. */
export function meaningPhrases(doc: Pick<SearchDoc, 'title' | 'body'>): string[] {
  const lines: string[] = [];
  for (const line of (doc.body ?? '').split('\n')) {
    if (lines.length >= MAX_BODY_PHRASES) break;
    const text = plainLine(line);
    // "What customers say:" and other labels introduce lines; they say nothing themselves.
    if (text.length < 8 || text.endsWith(':') || !/\s/.test(text)) continue;
    lines.push(text.slice(0, MAX_PHRASE_CHARS));
  }
  return [doc.title.trim(), ...lines].filter(Boolean);
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
