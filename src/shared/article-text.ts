// An article's fields that are plain text to an editor or an export: the article form, the CSV columns
// and export, and the import plan's comparison all go by this one list.
import type { Article } from './model';

/** An article's fields an editor or an export writes as plain text, in the order they are shown. */
export const ARTICLE_TEXT_FIELDS = [
  'title',
  'body',
  'tags',
  'keywords',
  'category',
  'owner',
  'reviewBy',
] as const;
export type ArticleTextField = (typeof ARTICLE_TEXT_FIELDS)[number];

/** Those fields as text: lists joined with `separator`, absent ones empty. */
export function articleFieldsAsText(
  article: Pick<Article, ArticleTextField>,
  separator: string,
): Record<ArticleTextField, string> {
  const text = {} as Record<ArticleTextField, string>;
  for (const field of ARTICLE_TEXT_FIELDS) {
    const value = article[field];
    text[field] = Array.isArray(value) ? value.join(separator) : (value ?? '');
  }
  return text;
}
