// Intercom Articles: `GET /articles?page=&per_page=` (newest `updated_at` first, `pages.total_pages`),
// help-center collections as tags and category, `state` draft or published, the article's `url` kept.
// An incremental run stops at the first article not changed since the last run; a full run lists all.

import { isRecord } from '../../shared/records';
import type { Connector, RunContext } from './connector';
import { OVERLAP_SECONDS } from './connector';
import { idText, listOf, PageGuard, text } from './http';
import { mapArticle } from './map';
import type { SyncedArticle } from './types';

const PER_PAGE = 100;
/** The API version whose response shapes these tests reproduce. */
const VERSION = '2.11';

async function* pages(context: RunContext, path: string, guard: PageGuard, articles: boolean) {
  for (let page = 1; ; page++) {
    const { data } = await context.client.get(`${path}?page=${page}&per_page=${PER_PAGE}`);
    const items = listOf(data, 'data');
    const first = isRecord(items[0]) ? idText(items[0].id) : '';
    guard.next(`${path}#${first}-${items.length}`);
    if (articles) guard.count(items.length);
    yield items;
    const info = isRecord(data) && isRecord(data.pages) ? data.pages : {};
    const total = Number(info.total_pages);
    if (items.length === 0 || !Number.isFinite(total) || page >= total) return;
  }
}

export const intercom: Connector = {
  headers(_connection, secret): Record<string, string> {
    return {
      'intercom-version': VERSION,
      ...(secret?.token ? { authorization: `Bearer ${secret.token}` } : {}),
    };
  },

  async run(context) {
    const { connection, mode, now } = context;
    const guard = new PageGuard();
    const collections = new Map<string, string>();
    for await (const page of pages(context, '/help_center/collections', guard, false))
      for (const raw of page) if (isRecord(raw)) collections.set(idText(raw.id), text(raw.name));

    const since = mode === 'incremental' ? connection.cursor?.since : undefined;
    const articles: SyncedArticle[] = [];
    const removedIds: string[] = [];
    outer: for await (const page of pages(context, '/articles', guard, true)) {
      for (const raw of page) {
        if (!isRecord(raw)) continue;
        if (since !== undefined && Number(raw.updated_at) < since) break outer;
        const collection = collections.get(idText(raw.parent_id));
        const description = text(raw.description).trim();
        const article = mapArticle({
          kind: 'intercom',
          id: idText(raw.id),
          title: text(raw.title),
          html: description ? `<p>${description.replace(/[<&]/g, ' ')}</p>${text(raw.body)}` : text(raw.body),
          tags: collection ? [collection] : [],
          ...(collection ? { category: collection } : {}),
          url: raw.url,
          draft: raw.state !== 'published',
        });
        if (!article) continue;
        if (article.status === 'draft' && !connection.includeDrafts) removedIds.push(article.id);
        else articles.push(article);
      }
    }
    const cursor = {
      since: Math.floor(now / 1000) - OVERLAP_SECONDS,
      fullAt: connection.cursor?.fullAt ?? now,
    };
    if (since === undefined)
      return { articles, complete: true, removedIds: [], cursor: { ...cursor, fullAt: now } };
    return { articles, complete: false, removedIds, cursor };
  },
};
