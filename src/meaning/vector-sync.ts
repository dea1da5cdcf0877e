// Which items need new meaning vectors. The first sync of a host checks every item (its phrases' hash
// against the stored vectors' stamp); after that a sync reads only the knowledge base's change log
// (src/storage/change-log.ts) from where the last one stopped, so a changed article is re-embedded alone
// and a panel opening on an unchanged knowledge base costs two key reads, not a pass over every item.
import { docFromArticle, docFromPlaybook, docFromSnippet, type SearchDoc } from '../search';
import type { Article } from '../shared/model';
import type { LearnedRow } from '../shared/phrasing-text';
import type { KbChange } from '../storage/change-log';
import type { OwnItDatabase } from '../storage/db';
import { withLearned } from '../storage/learned-docs';
import { type MeaningDatabase, stampOf } from '../storage/meaning-db';
import { isOffered, MAX_REPLAY } from '../storage/search-store';
import type { MeaningIndex } from './meaning-index';
import { meaningPhrases } from './phrases';

export { MeaningDatabase, stampOf, type VectorRow } from '../storage/meaning-db';

export interface SyncPlan {
  /** The last change of the log the plan covers: the next sync starts after it once this one is done. */
  seq: number;
  /** Items to embed, with the stamp their vectors get. */
  embed: { doc: SearchDoc; stamp: string }[];
  /** Items the knowledge base holds (with vectors or about to get them). */
  total: number;
  /** Items whose phrases were read and hashed by this plan (every item on a full pass). */
  hashed: number;
  full: boolean;
}

/**
 * Brings `meanings` in step with the stored vectors and says what to embed. `after` is where the last
 * completed sync stopped in the change log (null: this host has not synced yet, so every item is
 * checked). Vectors of removed or changed items are dropped from `meanings` and the store here.
 */
export async function planSync(
  db: OwnItDatabase,
  vectors: MeaningDatabase,
  meanings: MeaningIndex,
  after: number | null,
): Promise<SyncPlan> {
  const changed = after === null ? null : await changedSince(db, after);
  if (!changed) return fullPlan(db, vectors, meanings);
  const { seq, items } = changed;
  const stored = await vectors.vectors.bulkGet(items.map(([id]) => id));
  const embed: SyncPlan['embed'] = [];
  const gone: string[] = [];
  items.forEach(([id, doc], i) => {
    const stamp = doc ? stampOf(meaningPhrases(doc)) : '';
    const row = stored[i];
    if (doc && row?.stamp === stamp) {
      if (!meanings.has(id)) meanings.set(id, row);
      return;
    }
    meanings.delete(id);
    if (row) gone.push(id);
    if (doc) embed.push({ doc, stamp });
  });
  if (gone.length > 0) await vectors.vectors.bulkDelete(gone);
  return { seq, embed, total: meanings.size + embed.length, hashed: items.length, full: false };
}

/** Every item checked against the stored vectors. */
async function fullPlan(db: OwnItDatabase, vectors: MeaningDatabase, meanings: MeaningIndex) {
  const { docs, seq } = await db.transaction(
    'r',
    [db.articles, db.playbooks, db.snippets, db.kbChanges, db.searchIndex, db.learned],
    async (tx) => {
      const [articles, learned, playbooks, snippets, seq] = await Promise.all([
        tx.articles.toArray(),
        tx.learned.toArray(),
        tx.playbooks.toArray(),
        tx.snippets.toArray(),
        latestChange(tx),
      ]);
      return {
        docs: [
          ...offeredArticleDocs(articles, learned),
          ...playbooks.map(docFromPlaybook),
          ...snippets.map(docFromSnippet),
        ],
        seq,
      };
    },
  );
  const stamps = new Map(docs.map((doc) => [doc.id, stampOf(meaningPhrases(doc))]));
  const stored = await vectors.vectors.toArray();
  const gone: string[] = [];
  for (const row of stored) {
    if (stamps.get(row.id) === row.stamp) {
      if (!meanings.has(row.id)) meanings.set(row.id, row);
    } else {
      gone.push(row.id);
      meanings.delete(row.id);
    }
  }
  for (const id of [...meanings.ids()]) if (!stamps.has(id)) meanings.delete(id);
  if (gone.length > 0) await vectors.vectors.bulkDelete(gone);
  const embed = docs
    .filter((doc) => !meanings.has(doc.id))
    .map((doc) => ({ doc, stamp: stamps.get(doc.id)! }));
  return { seq, embed, total: docs.length, hashed: docs.length, full: true };
}

/**
 * The last change of the log; the stored search index's version counts too, since the log is pruned up to
 * it.
 */
async function latestChange(db: OwnItDatabase): Promise<number> {
  const [last, versions] = await Promise.all([
    db.kbChanges.orderBy(':id').lastKey(),
    db.searchIndex.orderBy('dataVersion').keys(),
  ]);
  return Math.max(0, Number(last ?? 0), ...versions.map(Number));
}

/**
 * Items changed after `after`, as they are now (undefined: deleted, or a draft); null when the log cannot
 * say (a bulk change, too many changes, or entries after `after` already pruned): check every item then.
 */
async function changedSince(
  db: OwnItDatabase,
  after: number,
): Promise<{ seq: number; items: [string, SearchDoc | undefined][] } | null> {
  return db.transaction(
    'r',
    [db.kbChanges, db.searchIndex, db.articles, db.playbooks, db.snippets, db.learned],
    async (tx) => {
      const latest = await latestChange(tx);
      if (latest <= after) return { seq: after, items: [] };
      const changes = await tx.kbChanges
        .where('seq')
        .above(after)
        .limit(MAX_REPLAY + 1)
        .toArray();
      // The log counts up one by one: a first entry past after + 1 means some were pruned unseen.
      if (changes[0]?.seq !== after + 1 || changes.length > MAX_REPLAY) return null;
      if (changes.some((change) => change.kind === 'all')) return null;
      const ids = (kind: KbChange['kind']) => [
        ...new Set(changes.filter((c) => c.kind === kind && c.id !== undefined).map((c) => c.id!)),
      ];
      const [articleIds, playbookIds, snippetIds] = [ids('article'), ids('playbook'), ids('snippet')];
      const [articles, learned, playbooks, snippets] = await Promise.all([
        tx.articles.bulkGet(articleIds),
        tx.learned.bulkGet(articleIds),
        tx.playbooks.bulkGet(playbookIds),
        tx.snippets.bulkGet(snippetIds),
      ]);
      const items: [string, SearchDoc | undefined][] = [
        ...articleIds.map((id, i): [string, SearchDoc | undefined] => [
          id,
          changedArticle(articles[i], learned[i]),
        ]),
        ...playbookIds.map((id, i): [string, SearchDoc | undefined] => {
          const playbook = playbooks[i];
          return [id, playbook ? docFromPlaybook(playbook) : undefined];
        }),
        ...snippetIds.map((id, i): [string, SearchDoc | undefined] => {
          const snippet = snippets[i];
          return [id, snippet ? docFromSnippet(snippet) : undefined];
        }),
      ];
      return { seq: Math.max(...changes.map((change) => change.seq ?? after)), items };
    },
  );
}

/** A changed article as the index takes it, learned phrasings and all: undefined when gone or a draft. */
function changedArticle(article: Article | undefined, row: LearnedRow | undefined): SearchDoc | undefined {
  return article && isOffered(article) ? docFromArticle(withLearned(article, row)) : undefined;
}

/** Search docs of the articles offered to agents, each with its learned phrasings. */
function offeredArticleDocs(articles: readonly Article[], learned: readonly LearnedRow[]): SearchDoc[] {
  const rows = new Map(learned.map((row) => [row.articleId, row]));
  return articles
    .filter(isOffered)
    .map((article) => docFromArticle(withLearned(article, rows.get(article.id))));
}
