// Which articles the list shows and in what order, where each came from, and the bulk tag changes.
// Pure: the manager keeps the filter in state and the articles come from the database.
import { t } from '../shared/i18n';
import type { Article, Source } from '../shared/model';

export const SORTS = ['title', 'updated', 'review'] as const;
export type ArticleSort = (typeof SORTS)[number];

export const SORT_LABELS: Record<ArticleSort, string> = {
  title: t('optionsSortTitle'),
  updated: t('optionsSortUpdated'),
  review: t('optionsSortReview'),
};

export interface ArticleFilter {
  text: string;
  /** '' for any. */
  tag: string;
  /** '' for any; NO_OWNER for articles nobody owns. */
  owner: string;
  /** '' for any; 'local', 'starter' or a 'pack:…' source. */
  source: string;
  staleOnly: boolean;
  sort: ArticleSort;
  /** '' (or absent) for any; drafts only, or published only. */
  status?: '' | 'draft' | 'published';
}

export const NO_OWNER = '\u0000none';

export const EMPTY_FILTER: ArticleFilter = {
  text: '',
  tag: '',
  owner: '',
  source: '',
  staleOnly: false,
  sort: 'title',
  status: '',
};

/** Due for review: its review-by date has passed. */
export function isStale(article: Pick<Article, 'reviewBy'>, today: string): boolean {
  return Boolean(article.reviewBy && article.reviewBy < today);
}

/** Absent means published: only drafts say so. */
export function statusOf(article: Pick<Article, 'status'>): 'draft' | 'published' {
  return article.status === 'draft' ? 'draft' : 'published';
}

/** A team pack's item stays as the pack says until the agent makes a local copy of it. */
export function isReadOnly(item: { source: Source; editedLocally?: boolean }): boolean {
  return item.source.startsWith('pack:') && !item.editedLocally;
}

export function sourceLabel(source: string): string {
  if (source === 'local') return t('optionsSourceYours');
  if (source === 'starter') return t('optionsSourceStarter');
  if (source.startsWith('help:')) return t('optionsSourceHelpCenter');
  return t('optionsSourceTeamPackNamed', source.slice('pack:'.length));
}

function matchesText(article: Article, needle: string): boolean {
  if (!needle) return true;
  const fields = [article.title, ...article.tags, ...article.keywords];
  return fields.some((field) => field.toLowerCase().includes(needle));
}

const byTitle = (a: Article, b: Article) =>
  a.title.localeCompare(b.title, undefined, { sensitivity: 'base' });

const COMPARE: Record<ArticleSort, (a: Article, b: Article) => number> = {
  title: byTitle,
  updated: (a, b) => b.updatedAt - a.updatedAt || byTitle(a, b),
  // Articles without a review date go last.
  review: (a, b) => (a.reviewBy ?? '\uffff').localeCompare(b.reviewBy ?? '\uffff') || byTitle(a, b),
};

/** The articles the filter lets through, sorted. */
export function filterArticles(list: readonly Article[], filter: ArticleFilter, today: string): Article[] {
  const needle = filter.text.trim().toLowerCase();
  const tag = filter.tag.toLowerCase();
  return list
    .filter(
      (article) =>
        matchesText(article, needle) &&
        (!tag || article.tags.some((t) => t.toLowerCase() === tag)) &&
        (!filter.owner || (filter.owner === NO_OWNER ? !article.owner : article.owner === filter.owner)) &&
        (!filter.source || article.source === filter.source) &&
        (!filter.staleOnly || isStale(article, today)) &&
        (!filter.status || statusOf(article) === filter.status),
    )
    .sort(COMPARE[filter.sort]);
}

/** The distinct values a filter can offer, sorted: tags (any case counts once), owners, sources. */
export function filterChoices(list: readonly Article[]) {
  const tags = new Map<string, string>();
  const owners = new Set<string>();
  const sources = new Set<string>();
  for (const article of list) {
    for (const tag of article.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    if (article.owner) owners.add(article.owner);
    sources.add(article.source);
  }
  const sorted = (values: Iterable<string>) =>
    [...values].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
  return { tags: sorted(tags.values()), owners: sorted(owners), sources: sorted(sources) };
}

/** The article with the tag added, or null when it already has it (any case). */
export function withTag(article: Article, tag: string): Article | null {
  const clean = tag.trim();
  if (!clean || article.tags.some((t) => t.toLowerCase() === clean.toLowerCase())) return null;
  return { ...article, tags: [...article.tags, clean] };
}

/** The article without the tag (any case), or null when it did not have it. */
export function withoutTag(article: Article, tag: string): Article | null {
  const key = tag.trim().toLowerCase();
  const tags = article.tags.filter((t) => t.toLowerCase() !== key);
  return tags.length === article.tags.length ? null : { ...article, tags };
}
