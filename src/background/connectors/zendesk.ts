// Zendesk Guide (Help Center API). A full run lists articles with cursor pagination
// (`page[size]=100`, following `links.next` while `meta.has_more`); sections and categories give tags
// and the category. An incremental run with a token uses the incremental article export
// (`/api/v2/help_center/incremental/articles?start_time=`, `next_page` until it runs out); without a
// token (public articles only, where that export is not allowed) it lists by `updated_at`, newest
// first, and stops at the first article older than the last run.

import { isRecord } from '../../shared/records';
import type { Connector, RunContext } from './connector';
import { OVERLAP_SECONDS } from './connector';
import { basic, idText, listOf, PageGuard, text } from './http';
import { mapArticle } from './map';
import type { SyncedArticle } from './types';

const PAGE = 'page[size]=100';

interface Section {
  name: string;
  category?: string;
}

const localePath = (locale: string | undefined) => (locale ? `/${encodeURIComponent(locale)}` : '');

/** Every page of a cursor-paginated list: `links.next` while `meta.has_more`. */
async function* cursorPages(context: RunContext, first: string, field: string, guard: PageGuard) {
  let next: string | null = first;
  while (next) {
    guard.next(next);
    const { data } = await context.client.get(next);
    const items = listOf(data, field);
    guard.count(field === 'articles' ? items.length : 0);
    yield items;
    const record = isRecord(data) ? data : {};
    const meta = isRecord(record.meta) ? record.meta : {};
    const links = isRecord(record.links) ? record.links : {};
    next = meta.has_more === true && typeof links.next === 'string' ? links.next : null;
  }
}

async function sections(context: RunContext, guard: PageGuard): Promise<Map<string, Section>> {
  const loc = localePath(context.connection.locale);
  const pages = (what: 'categories' | 'sections') =>
    cursorPages(context, `/api/v2/help_center${loc}/${what}?${PAGE}`, what, guard);
  const categories = new Map<string, string>();
  for await (const page of pages('categories'))
    for (const raw of page) if (isRecord(raw)) categories.set(idText(raw.id), text(raw.name));
  const found = new Map<string, Section>();
  for await (const page of pages('sections'))
    for (const raw of page) {
      if (!isRecord(raw)) continue;
      const category = categories.get(idText(raw.category_id));
      found.set(idText(raw.id), { name: text(raw.name), ...(category ? { category } : {}) });
    }
  return found;
}

/** Epoch seconds of an ISO time, or 0. */
const seconds = (value: unknown) => {
  const ms = Date.parse(text(value));
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
};

function mapZendesk(raw: unknown, context: RunContext, found: Map<string, Section>) {
  if (!isRecord(raw)) return null;
  const section = found.get(idText(raw.section_id));
  return mapArticle({
    kind: 'zendesk',
    id: idText(raw.id),
    title: text(raw.title) || text(raw.name),
    html: text(raw.body),
    tags: [
      ...(Array.isArray(raw.label_names) ? raw.label_names.filter((l) => typeof l === 'string') : []),
      ...(section?.name ? [section.name] : []),
    ],
    ...(section?.category ? { category: section.category } : {}),
    url: raw.html_url,
    draft: raw.draft === true,
    outdated: raw.outdated === true,
    ...(context.connection.locale ? { locale: context.connection.locale } : {}),
  });
}

export const zendesk: Connector = {
  headers(connection, secret): Record<string, string> {
    if (!secret?.token) return {};
    // An API token belongs to a user: "email/token:TOKEN"; a token alone is an OAuth access token.
    return {
      authorization: connection.email
        ? basic(`${connection.email}/token`, secret.token)
        : `Bearer ${secret.token}`,
    };
  },

  async run(context) {
    const { connection, mode, now } = context;
    const guard = new PageGuard();
    const found = await sections(context, guard);
    const articles: SyncedArticle[] = [];
    const removedIds: string[] = [];
    const keep = (raw: unknown) => {
      const article = mapZendesk(raw, context, found);
      if (!article) return;
      if (article.status === 'draft' && !connection.includeDrafts) removedIds.push(article.id);
      else articles.push(article);
    };
    const since = connection.cursor?.since;
    const startedAt = Math.floor(now / 1000) - OVERLAP_SECONDS;
    const loc = localePath(connection.locale);

    if (mode === 'full' || since === undefined) {
      for await (const page of cursorPages(
        context,
        `/api/v2/help_center${loc}/articles?${PAGE}`,
        'articles',
        guard,
      ))
        page.forEach(keep);
      return { articles, complete: true, removedIds: [], cursor: { since: startedAt, fullAt: now } };
    }

    if (context.authenticated) {
      // The incremental export: every article whose metadata changed since `since`, in all locales.
      let start = since;
      for (;;) {
        const address = `/api/v2/help_center/incremental/articles?start_time=${start}`;
        guard.next(address);
        const { data } = await context.client.get(address);
        const page = listOf(data, 'articles');
        guard.count(page.length);
        for (const raw of page) {
          if (!isRecord(raw)) continue;
          const locale = text(raw.locale);
          const wanted = connection.locale
            ? locale === connection.locale
            : locale === text(raw.source_locale) || locale === '';
          if (wanted) keep(raw);
        }
        const record = isRecord(data) ? data : {};
        const end = typeof record.end_time === 'number' ? record.end_time : start;
        if (typeof record.next_page !== 'string' || page.length === 0 || end <= start) {
          start = Math.max(start, end);
          break;
        }
        start = end;
      }
      return {
        articles,
        complete: false,
        removedIds,
        cursor: { ...connection.cursor, since: Math.min(start, startedAt) },
      };
    }

    // Public articles only: newest first, until one is older than the last run.
    const first = `/api/v2/help_center${loc}/articles?${PAGE}&sort_by=updated_at&sort_order=desc`;
    outer: for await (const page of cursorPages(context, first, 'articles', guard)) {
      for (const raw of page) {
        if (isRecord(raw) && seconds(raw.updated_at) < since) break outer;
        keep(raw);
      }
    }
    return { articles, complete: false, removedIds, cursor: { ...connection.cursor, since: startedAt } };
  },
};
