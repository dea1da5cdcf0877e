// Turns one document into per-field term frequencies, ready for the postings.
import { plainBodyOf } from './doc-table';
import { foldText, joinedWordsOf, splitWords } from './normalize';
import { markdownToPlainText } from './plain-text';
import { stem } from './stem';
import type { SearchDoc } from './types';

export interface DocTerms {
  /** Term frequencies of title, tags+keywords+category, body. */
  fields: [Map<string, number>, Map<string, number>, Map<string, number>];
  lengths: [number, number, number];
  plainBody: string;
  /** Title/tag words as written (folded) and joined, with their index terms: the typo index's forms. */
  shortWords: Map<string, string>;
}

function countInto(counts: Map<string, number>, terms: Iterable<string>): number {
  let n = 0;
  for (const term of terms) {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    n++;
  }
  return n;
}

function shortFieldTerms(text: string, words: Map<string, string>): string[] {
  const terms: string[] = [];
  for (const word of [...splitWords(foldText(text)), ...joinedWordsOf(text)]) {
    const term = stem(word);
    terms.push(term);
    words.set(word, term);
  }
  return terms;
}

/** Extra occurrences a word of an article's problem part counts for, besides its own. */
const PROBLEM_EXTRA = 2;

const SAYS_HEADING = /\bwhat (?:customers|people|users|clients) (?:say|ask|write)\b/i;
const HEADING = /^\s{0,3}#|^\s*\*{0,2}[\p{L} ]{3,40}:\*{0,2}\s*$/u;

/**
 * The part of an article's Markdown that says what problem it is about: everything up to the end of
 * its "What customers say" list, when other sections (the resolution) follow it; undefined otherwise
 * (an article that is only phrasings, or has no such list, is all problem or all prose).
 */
export function problemPartOf(markdown: string): string | undefined {
  const lines = markdown.split('\n');
  let says = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!HEADING.test(line)) continue;
    if (says >= 0 && lines.slice(says + 1, i).some((l) => /\p{L}/u.test(l))) {
      return lines.slice(0, i).join('\n');
    }
    if (SAYS_HEADING.test(line)) says = i;
  }
  return undefined;
}

export function docTermsOf(doc: SearchDoc): DocTerms {
  const shortWords = new Map<string, string>();
  const title = new Map<string, number>();
  const tags = new Map<string, number>();
  const body = new Map<string, number>();
  const titleLength = countInto(title, shortFieldTerms(doc.title ?? '', shortWords));
  const tagText = [...(doc.tags ?? []), ...(doc.keywords ?? []), doc.category ?? ''].join(' \n ');
  const tagLength = countInto(tags, shortFieldTerms(tagText, shortWords));
  const plainBody = plainBodyOf(doc);
  let bodyLength = 0;
  for (const word of splitWords(foldText(plainBody))) {
    const term = stem(word);
    body.set(term, (body.get(term) ?? 0) + 1);
    bodyLength++;
  }
  // What the article is about (its summary and what customers say) counts more than how it is resolved.
  const problem = problemPartOf(doc.body ?? '');
  if (problem) {
    for (const word of splitWords(foldText(markdownToPlainText(problem)))) {
      const term = stem(word);
      body.set(term, (body.get(term) ?? 0) + PROBLEM_EXTRA);
    }
  }
  return {
    fields: [title, tags, body],
    lengths: [titleLength, tagLength, bodyLength],
    plainBody,
    shortWords,
  };
}
