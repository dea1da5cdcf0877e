// Help Scout Docs (Docs API v1): collections (`/v1/collections`, `page`/`pages`), each collection's
// categories (names as tags) and article list (`/v1/collections/{id}/articles`: id, status,
// `updatedAt`), then `/v1/articles/{id}` for the text of each article that is new or changed since the
// last run. The list is always complete, so a run also knows which articles left.

import { t } from '../../shared/i18n';
import { isRecord } from '../../shared/records';
import type { Connector, RunContext } from './connector';
import { basic, idText, PageGuard, text } from './http';
import { mapArticle } from './map';
import { type SyncedArticle, SyncStop } from './types';

/** The items of every page of `{ [field]: { page, pages, items } }`. */
async function allItems(context: RunContext, path: string, field: string, guard: PageGuard) {
  const items: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const { data } = await context.client.get(`${path}${separator}page=${page}`);
    const wrapper = isRecord(data) ? data[field] : undefined;
    if (!isRecord(wrapper) || !Array.isArray(wrapper.items))
      throw new SyncStop('rejected', t('helpCenterUnexpected', field));
    const found = wrapper.items.filter(isRecord);
    guard.next(`${path}#${page}:${idText(found[0]?.id)}-${found.length}`);
    items.push(...found);
    const pagesTotal = Number(wrapper.pages);
    if (found.length === 0 || !Number.isFinite(pagesTotal) || page >= pagesTotal) return items;
  }
}

export const helpscout: Connector = {
  headers(_connection, secret): Record<string, string> {
    return secret?.token ? { authorization: basic(secret.token, 'X') } : {};
  },

  async run(context) {
    const { connection, now } = context;
    const guard = new PageGuard();
    const before = connection.cursor?.seen ?? {};
    const seen: Record<string, string> = {};
    const articles: SyncedArticle[] = [];
    const removedIds: string[] = [];
    for (const collection of await allItems(context, '/v1/collections', 'collections', guard)) {
      const collectionId = encodeURIComponent(idText(collection.id));
      const categories = new Map<string, string>();
      for (const category of await allItems(
        context,
        `/v1/collections/${collectionId}/categories`,
        'categories',
        guard,
      ))
        categories.set(idText(category.id), text(category.name));
      const refs = await allItems(
        context,
        `/v1/collections/${collectionId}/articles?status=all&pageSize=100`,
        'articles',
        guard,
      );
      guard.count(refs.length);
      for (const ref of refs) {
        const id = idText(ref.id);
        const published = ref.status === 'published';
        if (!published && !connection.includeDrafts) continue;
        const updated = text(ref.updatedAt);
        seen[id] = updated;
        if (before[id] === updated && updated !== '') continue;
        let data: unknown;
        try {
          ({ data } = await context.client.get(`/v1/articles/${encodeURIComponent(id)}`));
        } catch (error) {
          // Deleted between the listing and this request: gone, like the ones the listing no longer has.
          if (error instanceof SyncStop && error.message === t('helpCenterNotFound')) {
            delete seen[id];
            continue;
          }
          throw error;
        }
        const raw = isRecord(data) && isRecord(data.article) ? data.article : null;
        if (!raw) throw new SyncStop('rejected', t('helpCenterUnexpected', 'article'));
        const article = mapArticle({
          kind: 'helpscout',
          id,
          title: text(raw.name),
          html: text(raw.text),
          tags: Array.isArray(raw.categories)
            ? raw.categories.map((category) => categories.get(idText(category)) ?? '').filter(Boolean)
            : [],
          category: text(collection.name),
          url: raw.publicUrl,
          draft: raw.status !== 'published',
        });
        if (!article) continue;
        if (Array.isArray(raw.keywords))
          article.keywords = raw.keywords
            .filter((k): k is string => typeof k === 'string')
            .map((k) => k.slice(0, 120))
            .slice(0, 100);
        articles.push(article);
      }
    }
    for (const id of Object.keys(before)) if (!(id in seen)) removedIds.push(`helpscout-${id}`);
    // With nothing seen before, the listing is the whole help center: anything else of it was removed.
    const complete = Object.keys(before).length === 0;
    return { articles, complete, removedIds, cursor: { seen, fullAt: now } };
  },
};
