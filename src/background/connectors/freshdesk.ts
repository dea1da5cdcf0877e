// Freshdesk Solutions (API v2): categories → their folders → each folder's articles, 100 a page
// (`page`, `per_page`; a page shorter than that, or no `Link: rel="next"`, is the last). Folder names
// are tags and the category name the category; status 1 is a draft, 2 published. Freshdesk has no
// listing of changes, so every run is complete: unchanged articles are planned as unchanged.

import { isRecord } from '../../shared/records';
import type { Connector, RunContext } from './connector';
import { basic, idText, listOf, PageGuard, text } from './http';
import { mapArticle } from './map';
import type { SyncedArticle } from './types';

const PER_PAGE = 100;

async function allPages(context: RunContext, path: string, guard: PageGuard, articles: boolean) {
  const items: unknown[] = [];
  for (let page = 1; ; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const { data, headers } = await context.client.get(
      `${path}${separator}per_page=${PER_PAGE}&page=${page}`,
    );
    const found = listOf(data, null);
    // A server that hands back the same page for every number would never end: the first and last
    // ids of each page must be new.
    const first = isRecord(found[0]) ? idText(found[0].id) : '';
    const last = isRecord(found.at(-1)) ? idText((found.at(-1) as Record<string, unknown>).id) : '';
    guard.next(`${path}#${first}-${last}-${found.length}`);
    if (articles) guard.count(found.length);
    items.push(...found);
    const link = headers.get('link') ?? '';
    if (found.length < PER_PAGE || (link !== '' && !/rel="?next"?/.test(link))) return items;
  }
}

export const freshdesk: Connector = {
  headers(_connection, secret): Record<string, string> {
    return secret?.token ? { authorization: basic(secret.token, 'X') } : {};
  },

  async run(context) {
    const { connection } = context;
    const guard = new PageGuard();
    const articles: SyncedArticle[] = [];
    const portal = new URL(connection.base).origin;
    /** Every page of what one category or folder holds. */
    const inside = (of: string, id: unknown, what: string, full: boolean) =>
      allPages(context, `/api/v2/solutions/${of}/${encodeURIComponent(idText(id))}/${what}`, guard, full);
    for (const category of await allPages(context, '/api/v2/solutions/categories', guard, false)) {
      if (!isRecord(category)) continue;
      const folders = await inside('categories', category.id, 'folders', false);
      for (const folder of folders) {
        if (!isRecord(folder)) continue;
        const rows = await inside('folders', folder.id, 'articles', true);
        for (const raw of rows) {
          if (!isRecord(raw)) continue;
          const id = idText(raw.id);
          const article = mapArticle({
            kind: 'freshdesk',
            id,
            title: text(raw.title),
            html: text(raw.description) || text(raw.description_text),
            tags: [
              ...(Array.isArray(raw.tags) ? raw.tags.filter((tag) => typeof tag === 'string') : []),
              text(folder.name),
            ],
            category: text(category.name),
            url: `${portal}/support/solutions/articles/${encodeURIComponent(id)}`,
            draft: raw.status !== 2,
          });
          if (article && (article.status !== 'draft' || connection.includeDrafts)) articles.push(article);
        }
      }
    }
    return { articles, complete: true, removedIds: [], cursor: { fullAt: context.now } };
  },
};
