// Word lists written as one string, the way the page readers and the sanitiser keep their vocabularies.

/** The words of `words`, separated by single spaces, as a set ("p div ul" → {p, div, ul}). */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(' '));
}
