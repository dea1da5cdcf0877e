// One mapping from a help center's article to Own It's: HTML body to Markdown (rendered later only
// through src/shared/render.ts, the one sanitiser), sections, folders and collections as tags, drafts
// kept as drafts (never suggested), outdated translations tagged, the public address kept.
import { publicUrl } from '../../import/helpdesk';
import { htmlToMarkdown } from '../../import/html-markdown';
import { splitWords } from '../../import/types';
import { articleId, type HelpCenterKind, type SyncedArticle } from './types';

export interface RawArticle {
  kind: HelpCenterKind;
  id: string;
  title: string;
  html: string;
  tags: readonly string[];
  category?: string;
  url?: unknown;
  draft?: boolean;
  outdated?: boolean;
  locale?: string;
}

const MAX_BODY = 1_000_000;
const clip = (value: string, max: number) => value.trim().slice(0, max);

/** The article Own It stores, or null when it has no id or title (counted, never stored half). */
export function mapArticle(raw: RawArticle): SyncedArticle | null {
  const title = clip(raw.title, 300);
  if (raw.id === '' || title === '') return null;
  const tags = splitWords(raw.tags.map((tag) => clip(tag, 120))).slice(0, 99);
  if (raw.outdated) tags.push('outdated');
  const article: SyncedArticle = {
    id: articleId(raw.kind, raw.id, raw.locale),
    title,
    body: htmlToMarkdown(raw.html).slice(0, MAX_BODY),
    tags: [...new Set(tags)],
    keywords: [],
  };
  const category = raw.category ? clip(raw.category, 120) : '';
  if (category) article.category = category;
  const url = publicUrl(raw.url);
  if (url) article.url = url;
  if (raw.draft) article.status = 'draft';
  return article;
}
