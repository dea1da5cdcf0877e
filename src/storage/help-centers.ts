// Connected help centers: one `settings` row each (`helpcenter:<id>`, no secret in it), and the articles
// they bring, with `source: 'help:<id>'`. A sync is applied through the import plan (new, updated,
// removed, edited locally: src/import/plan.ts) and written with the connection's new state in one
// transaction, so a sync either lands whole or leaves the last good copy and says why.
import { planImport } from '../import/plan';
import type { ImportItem, PackArticle } from '../import/types';
import type { HelpCenterConnection, SyncCursor, SyncProblem } from '../shared/help-center';
import type { Article, Source } from '../shared/model';
import type { OwnItDatabase } from './db';
import { applyImport } from './import-apply';

const PREFIX = 'helpcenter:';

export const helpCenterSource = (id: string): Source => `help:${id}`;

export interface HelpCenterRun {
  articles: PackArticle[];
  complete: boolean;
  removedIds: string[];
  cursor: SyncCursor;
  requests: number;
  bytes: number;
}

export interface HelpCenterApplied {
  added: number;
  updated: number;
  removed: number;
  /** Articles the agent edited in Own It, left as they are. */
  kept: number;
  /** Articles whose id belongs to a team pack or the starter pack: not taken over. */
  skipped: number;
  articleCount: number;
}

async function getRow(db: OwnItDatabase, id: string): Promise<HelpCenterConnection | undefined> {
  const row = await db.settings.get(`${PREFIX}${id}`);
  return row?.value as HelpCenterConnection | undefined;
}

const putRow = (db: OwnItDatabase, connection: HelpCenterConnection) =>
  db.settings.put({ key: `${PREFIX}${connection.id}`, value: connection });

export const helpCenters = {
  async all(db: OwnItDatabase): Promise<HelpCenterConnection[]> {
    const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
    return rows.map((row) => row.value as HelpCenterConnection).sort((a, b) => a.addedAt - b.addedAt);
  },

  get: getRow,

  /** Saves a new connection (not synced yet); refuses a second connection to the same help center. */
  async add(db: OwnItDatabase, connection: HelpCenterConnection, duplicate: string): Promise<void> {
    await db.transaction('rw', [db.settings], async (tx) => {
      const all = await helpCenters.all(tx);
      if (all.some((other) => other.kind === connection.kind && other.base === connection.base))
        throw new Error(duplicate);
      await putRow(tx, connection);
    });
  },

  /**
   * Disconnects and removes the help center's articles. An article the agent edited is their work: it
   * stays, as one of their own.
   */
  async remove(db: OwnItDatabase, id: string, now = Date.now()): Promise<{ removed: number; kept: number }> {
    return db.transaction('rw', [db.articles, db.settings], async (tx) => {
      const ours = await tx.articles.where('source').equals(helpCenterSource(id)).toArray();
      const edited = ours
        .filter((article) => article.editedLocally)
        .map((article): Article => ({ ...article, source: 'local', editedLocally: false, updatedAt: now }));
      const deletes = ours.filter((article) => !article.editedLocally).map((article) => article.id);
      if (edited.length > 0) await tx.articles.bulkPut(edited);
      if (deletes.length > 0) await tx.articles.bulkDelete(deletes);
      await tx.settings.delete(`${PREFIX}${id}`);
      return { removed: deletes.length, kept: edited.length };
    });
  },
};

/**
 * Applies one sync run in one transaction; null when the connection was removed meanwhile (nothing is
 * written then).
 */
export async function applyHelpCenterRun(
  db: OwnItDatabase,
  id: string,
  run: HelpCenterRun,
  now: number,
): Promise<HelpCenterApplied | null> {
  return db.transaction('rw', [db.articles, db.playbooks, db.rules, db.snippets, db.settings], async (tx) => {
    const connection = await getRow(tx, id);
    if (!connection) return null;
    const source = helpCenterSource(id);
    const ours = await tx.articles.where('source').equals(source).toArray();
    const stored = await tx.articles.bulkGet(run.articles.map((article) => article.id));
    // An id already used by a team pack or the starter pack stays theirs; one the agent imported from
    // a help-center export is the same article, and the connection takes it over.
    const others: Article[] = [];
    const items: ImportItem[] = [];
    let skipped = 0;
    run.articles.forEach((article, index) => {
      const current = stored[index];
      if (current && current.source !== source && current.source !== 'local') {
        skipped++;
        return;
      }
      if (current && current.source !== source) others.push(current);
      items.push({ kind: 'article', item: article, where: `${connection.base} ${article.id}`, source });
    });
    const plan = planImport({ articles: [...ours, ...others], playbooks: [], rules: [] }, items, [], {
      now,
      removals: { source, complete: run.complete, ids: run.removedIds },
    });
    const outcome = await applyImport(tx, plan);
    const articleCount = await tx.articles.where('source').equals(source).count();
    const kept = plan.counts['edited-locally'];
    const { problem: _p, message: _m, retryAt: _r, ...rest } = connection;
    await putRow(tx, {
      ...rest,
      status: 'ok',
      lastSync: now,
      lastAttempt: now,
      articleCount,
      cursor: run.cursor,
      lastRun: { ...outcome, kept, requests: run.requests, bytes: run.bytes },
    });
    return { ...outcome, kept, skipped, articleCount };
  });
}

/** A sync that stopped: the articles stay as they were, the connection says why (and when it retries). */
export async function recordHelpCenterFailure(
  db: OwnItDatabase,
  id: string,
  failure: { problem: SyncProblem; message: string; retryAt?: number | undefined },
  now: number,
): Promise<void> {
  await db.transaction('rw', [db.settings], async (tx) => {
    const connection = await getRow(tx, id);
    if (!connection) return;
    const { retryAt: _r, ...rest } = connection;
    await putRow(tx, {
      ...rest,
      status: 'error',
      problem: failure.problem,
      message: failure.message,
      lastAttempt: now,
      ...(failure.retryAt === undefined ? {} : { retryAt: failure.retryAt }),
    });
  });
}
