// The agent's learned phrasings: what customers said on tickets where an article was used, masked, one
// row per article. Writes are logged as changes of the article (change-log.ts), so the panel's index and
// the meaning vectors pick them up like an edit.
import {
  type LearnedPhrasing,
  type LearnedRow,
  linkedArticleIds,
  MAX_PACK_PHRASINGS,
  mergePhrasings,
  phrasingKey,
  phrasingOf,
  withPhrasing,
} from '../search/learned-phrasings';
import type { Article, PageContext } from '../shared/model';
import type { OwnItDatabase } from './db';

/**
 * Keeps `message` (masked, trimmed) as a phrasing of the article; returns what was kept, or null when
 * the message says too little, the article is gone, or the article already has that phrasing (written
 * or from the team's pack: nothing to learn).
 */
export async function learnPhrasing(
  db: OwnItDatabase,
  articleId: string,
  message: string,
  names: readonly string[] = [],
  now = Date.now(),
): Promise<string | null> {
  const text = phrasingOf(message, names);
  if (!text) return null;
  return db.transaction('rw', [db.articles, db.learned], async (tx) => {
    const article = await tx.articles.get(articleId);
    if (!article) return null;
    const key = phrasingKey(text);
    if ((article.learnedPhrasings ?? []).some((shipped) => phrasingKey(shipped) === key)) return null;
    const before = (await tx.learned.get(articleId))?.phrasings ?? [];
    if (before.some((item) => phrasingKey(item.text) === key)) return null;
    await tx.learned.put({ articleId, phrasings: withPhrasing(before, text, now) });
    return text;
  });
}

/** Reading, learning and removing (options page, CLI). The panel imports only learnPhrasing's callers. */
export const learned = {
  get: async (db: OwnItDatabase, articleId: string): Promise<LearnedPhrasing[]> =>
    (await db.learned.get(articleId))?.phrasings ?? [],

  all: (db: OwnItDatabase): Promise<LearnedRow[]> => db.learned.toArray(),

  learn: learnPhrasing,

  /** Forgets one learned phrasing of an article (the agent's own). */
  async remove(db: OwnItDatabase, articleId: string, text: string): Promise<void> {
    await db.transaction('rw', [db.learned], async (tx) => {
      const row = await tx.learned.get(articleId);
      if (!row) return;
      const key = phrasingKey(text);
      const phrasings = row.phrasings.filter((item) => phrasingKey(item.text) !== key);
      if (phrasings.length === row.phrasings.length) return;
      if (phrasings.length === 0) await tx.learned.delete(articleId);
      else await tx.learned.put({ articleId, phrasings });
    });
  },
};

/** The customer's words on the page worth learning from: the latest customer message, else the subject. */
export function learnableMessage(context: PageContext | undefined): string {
  return context?.customerMessage?.trim() || context?.subject?.trim() || '';
}

/** Learns from the page when the agent used the article on it; never throws (learning is a side effect). */
export async function learnFromUse(
  db: OwnItDatabase,
  articleId: string | undefined,
  context: PageContext | undefined,
): Promise<string | null> {
  const message = learnableMessage(context);
  if (!articleId || !message) return null;
  return learnPhrasing(db, articleId, message, context?.customerName ? [context.customerName] : []).catch(
    () => null,
  );
}

/**
 * Articles an "I own this" note links by address (three at most) learn from the page as if used; returns
 * what was kept. Never throws.
 */
export async function learnFromNote(
  db: OwnItDatabase,
  note: string,
  context: PageContext | undefined,
): Promise<string[]> {
  if (!/https?:|www\./i.test(note)) return [];
  const linked = await db.articles
    .filter((article) => !!article.url)
    .toArray()
    .catch(() => []);
  const kept: string[] = [];
  for (const id of linkedArticleIds(note, linked).slice(0, 3)) {
    const text = await learnFromUse(db, id, context);
    if (text) kept.push(text);
  }
  return kept;
}

/** Articles with the agent's learned phrasings added to the team's, as a pack export ships them. */
export async function articlesWithLearned(
  db: OwnItDatabase,
  articles: readonly Article[],
): Promise<Article[]> {
  const rows = await learnedById(db);
  return articles.map((article) => {
    const own = (rows.get(article.id)?.phrasings ?? []).map((item) => item.text);
    if (own.length === 0) return article;
    const all = mergePhrasings([article.learnedPhrasings ?? [], own], MAX_PACK_PHRASINGS);
    return { ...article, learnedPhrasings: all };
  });
}

/** The learned rows by article id. */
export async function learnedById(db: OwnItDatabase): Promise<Map<string, LearnedRow>> {
  return new Map((await db.learned.toArray()).map((row) => [row.articleId, row]));
}
