// Small text helpers shared by the forms, the import parsers and the exports (no dependencies, so the
// panel can use them without pulling in the validators).

import type { Article } from './model';

/** The longest article or playbook title an editor accepts. */
export const TITLE_MAX = 300;

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

/** A stable id from free text: lowercase ASCII words joined by dashes ("Café crème!" → "cafe-creme"). */
export function slugify(text: string, max = 80): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** Keywords typed as "a, b" or one per line: trimmed, inner spaces collapsed, case-insensitive duplicates dropped. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const part of text.split(/[,\n]/)) {
    const keyword = part.trim().replace(/\s+/g, ' ');
    const key = keyword.toLowerCase();
    if (keyword && !seen.has(key)) {
      seen.add(key);
      keywords.push(keyword);
    }
  }
  return keywords;
}
