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

/**
 * The part of an article's Markdown that says what problem it is about: everything up to the heading
 * that follows its "What customers say" list; undefined when no section follows the list (an article
 * that is only phrasings) or there is no such list.
 */
export function problemPartOf(markdown: string): string | undefined {
  const says = markdown.search(/^.*\bwhat customers say\b/im);
  const end = says < 0 ? -1 : markdown.slice(says).search(/\n\s{0,3}#/);
  return end < 0 ? undefined : markdown.slice(0, says + end);
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
  // Learned phrasings count as body words (as the body's written phrasings do), but are not excerpted.
  for (const word of splitWords(foldText([plainBody, ...(doc.phrasings ?? [])].join('\n')))) {
    const term = stem(word);
    body.set(term, (body.get(term) ?? 0) + 1);
    bodyLength++;
  }
  // What the article is about (its summary and what customers say) counts more than how it is resolved.
  for (const word of splitWords(foldText(markdownToPlainText(problemPartOf(doc.body ?? '') ?? '')))) {
    const term = stem(word);
    body.set(term, (body.get(term) ?? 0) + PROBLEM_EXTRA);
  }
  return {
    fields: [title, tags, body],
    lengths: [titleLength, tagLength, bodyLength],
    plainBody,
    shortWords,
  };
}
