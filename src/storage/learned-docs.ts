// An article as it is found: with its learned phrasings, the team pack's and then the agent's own (the
// `learned` table). Kept tiny: the panel's index needs it before first paint. Learning already refuses a
// phrasing the pack ships, and each list is capped, so nothing is merged here.
import type { Article } from '../shared/model';
import type { LearnedRow } from '../shared/phrasing-text';

export function withLearned(article: Article, row: LearnedRow | undefined): Article {
  if (!row?.phrasings.length) return article;
  const own = row.phrasings.map((item) => item.text);
  return { ...article, learnedPhrasings: [...new Set([...(article.learnedPhrasings ?? []), ...own])] };
}
