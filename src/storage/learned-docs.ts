// An article as it is found: with its learned phrasings, the team pack's and the agent's own (the
// `learned` table). Small on purpose: the panel's index loads it before first paint.
import type { Article } from '../shared/model';
import { type LearnedRow, MAX_PACK_PHRASINGS, mergePhrasings } from '../shared/phrasing-text';

/** Every phrasing an article is found by beyond its text: the team's (pack) and the agent's own. */
export function phrasingsOf(article: Article, row: LearnedRow | undefined): string[] {
  return mergePhrasings(
    [article.learnedPhrasings ?? [], (row?.phrasings ?? []).map((item) => item.text)],
    MAX_PACK_PHRASINGS,
  );
}

/** The article with the agent's learned phrasings beside the team's (itself when it has none). */
export function withLearned(article: Article, row: LearnedRow | undefined): Article {
  return row?.phrasings.length ? { ...article, learnedPhrasings: phrasingsOf(article, row) } : article;
}
