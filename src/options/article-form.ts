// The article form's values ⇄ an Article, with validation that names each field. Pure: no DOM, no
// database. Limits match the pack format (src/shared/pack-schema.ts), so a saved article can be exported.

import { type ArticleTextField, articleFieldsAsText } from '../shared/article-text';
import { t } from '../shared/i18n';
import { uniqueItemId } from '../shared/item-id';
import type { Article } from '../shared/model';
import { parseKeywords, TITLE_MAX } from '../shared/text-fields';
import { localCopy, titleError } from './item-copy';
import type { FieldErrors, ItemFormKit, Validated } from './use-item-form';

/** The form's values: the article's text fields as typed (tags and keywords comma-separated, the body
 * Markdown, the review date YYYY-MM-DD or empty). */
export type ArticleFormValues = Record<ArticleTextField, string>;
export type ArticleFormErrors = FieldErrors<ArticleFormValues>;
export type ArticleFormResult = Validated<Article, ArticleFormErrors>;

export const BODY_MAX = 1_000_000;
const WORD_MAX = 120;
const WORDS_MAX = 100;

export function emptyArticleForm(): ArticleFormValues {
  return { title: '', body: '', tags: '', keywords: '', category: '', owner: '', reviewBy: '' };
}

export function formFromArticle(article: Article): ArticleFormValues {
  return articleFieldsAsText(article, ', ');
}

/** A real calendar date written YYYY-MM-DD (2027-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `tooMany`: the message key for more than WORDS_MAX words (tags or keywords). */
function checkWords(text: string, tooMany: string): string | undefined {
  const words = parseKeywords(text);
  if (words.length > WORDS_MAX) return t(tooMany, WORDS_MAX, words.length);
  const long = words.find((word) => word.length > WORD_MAX);
  if (long) return t('optionsErrorWordLong', long.slice(0, 30), WORD_MAX);
  return undefined;
}

/** Field-by-field problems with the values as typed; empty when there are none. */
export function validateArticleForm(values: ArticleFormValues): ArticleFormErrors {
  const errors: ArticleFormErrors = {};
  // The long-title message says 300, which is TITLE_MAX.
  const title = titleError(values.title, t('optionsErrorArticleTitle'), t('optionsErrorTitleLong'));
  if (title) errors.title = title;
  if (values.body.length > BODY_MAX) errors.body = t('optionsErrorArticleLong');
  const tags = checkWords(values.tags, 'optionsErrorTagsMany');
  if (tags) errors.tags = tags;
  const keywords = checkWords(values.keywords, 'optionsErrorKeywordsMany');
  if (keywords) errors.keywords = keywords;
  if (values.category.trim().length > WORD_MAX) errors.category = t('optionsErrorCategoryLong');
  if (values.owner.trim().length > WORD_MAX) errors.owner = t('optionsErrorOwnerLong');
  const review = values.reviewBy.trim();
  if (review && !isIsoDate(review)) errors.reviewBy = t('optionsErrorReviewDate');
  return errors;
}

export interface ArticleFormContext {
  /** The article being edited; absent for a new one. */
  existing?: Article;
  /** Ids of every stored article, so a new one gets its own. */
  takenIds: Iterable<string>;
}

/**
 * Turns the form's values into an article: an edited one keeps its id, source, usage and version; a new
 * one gets an id from its title. Version and time are set by the repository when it is saved.
 */
export function articleFromForm(values: ArticleFormValues, context: ArticleFormContext): ArticleFormResult {
  const errors = validateArticleForm(values);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const { existing } = context;
  const article: Article = {
    ...existing,
    id: existing?.id ?? uniqueItemId(values.title, context.takenIds, 'article'),
    title: values.title.trim(),
    body: values.body,
    tags: parseKeywords(values.tags),
    keywords: parseKeywords(values.keywords),
    updatedAt: existing?.updatedAt ?? 0,
    version: existing?.version ?? 0,
    source: existing?.source ?? 'local',
  };
  const optional = { category: values.category, owner: values.owner, reviewBy: values.reviewBy };
  for (const [field, value] of Object.entries(optional) as [keyof typeof optional, string][]) {
    if (value.trim()) article[field] = value.trim();
    else delete article[field];
  }
  return { ok: true, item: article };
}

/** The agent's copy of an article someone else changed meanwhile: a new local article beside it. */
export function copyOfArticle(article: Article, takenIds: Iterable<string>): Article {
  const title = t('optionsMyCopy', article.title).slice(0, TITLE_MAX);
  return { ...localCopy(article, title, uniqueItemId(title, takenIds, 'article')), usage: 0 };
}

/** The article form's parts for `useItemForm`. */
export const ARTICLE_FORM: ItemFormKit<Article, ArticleFormValues, ArticleFormErrors> = {
  prefix: 'article',
  empty: emptyArticleForm,
  fromItem: formFromArticle,
  validate: articleFromForm,
  words: { newTakenKey: 'optionsArticleConflictNew', failedKey: 'optionsArticleSaveFailed' },
  clearErrorOnInput: true,
};
