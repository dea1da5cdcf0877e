// Which items need new meaning vectors. The first sync of a host checks every item (its phrases' hash
// against the stored vectors' stamp); after that a sync reads only the knowledge base's change log
// (src/storage/change-log.ts) from where the last one stopped, so a changed article is re-embedded alone
// and a panel opening on an unchanged knowledge base costs two key reads, not a pass over every item.
import { docFromArticle, docFromPlaybook, docFromSnippet, type SearchDoc } from '../search';
import type { Article } from '../shared/model';
import type { LearnedRow } from '../shared/phrasing-text';
import type { KbChange } from '../storage/change-log';
import type { OwnItDatabase } from '../storage/db';
import type { Table } from '../storage/idb/table';
import { withLearned } from '../storage/learned-docs';
import { type MeaningDatabase, stampOf, type VectorRow } from '../storage/meaning-db';
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
 * checked). Vectors of removed or changed items are dropped from `meanings` and the store here. A full
 * pass reads in chunks with `pause` between them and counts what it read in `reads`.
 */
export async function planSync(
  db: OwnItDatabase,
  vectors: MeaningDatabase,
  meanings: MeaningIndex,
  after: number | null,
  pause: ChunkPause = nextTurn,
  reads: FullPassReads = { chunks: 0, rows: 0 },
): Promise<SyncPlan> {
  const changed = after === null ? null : await changedSince(db, after);
  if (!changed) return fullPlan(db, vectors, meanings, pause, reads);
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

/**
 * Rows read by one request of a full pass. Each chunk is a transaction of its own, so a panel's read asked
 * for meanwhile (its search index's row and bytes, at open) waits for one chunk, not for the whole pass:
 * at 10,000 articles, one read of every article and one of every vector held the first panel after a sync
 * about 10 s (docs/architecture.md, "Search").
 */
export const CHUNK_ROWS = 400;

/** Between two chunks of a full pass: a turn of the event loop, so others' requests get in. */
export type ChunkPause = () => Promise<void>;
const nextTurn: ChunkPause = () => new Promise((done) => setTimeout(done, 0));

/** What a full pass read, for the host's status and the benchmark. */
export interface FullPassReads {
  /** Requests (chunks) made. */
  chunks: number;
  /** Rows read in all (vectors, items, and the items to embed read again). */
  rows: number;
  /** Time spent waiting for the chunks' requests, added over the reads that ran side by side (ms). */
  waitMs?: number;
}

type ItemKind = 'article' | 'playbook' | 'snippet';

/** At most CHUNK_ROWS rows of a table in key order, after the key `after` (from the first when undefined). */
function rowsAfter<T>(table: Table<T, string>, after: string | undefined): Promise<T[]> {
  return (after === undefined ? table.toCollection() : table.where(':id').above(after))
    .limit(CHUNK_ROWS)
    .toArray();
}

/**
 * Every item checked against the stored vectors, in chunks (CHUNK_ROWS rows a transaction, a pause between
 * two). The stored vectors and the items' stamps are read side by side (two databases); an item's text is
 * dropped once its stamp is taken, and only the items whose vectors are missing or stale are read again,
 * whole, to be embedded.
 */
async function fullPlan(
  db: OwnItDatabase,
  vectors: MeaningDatabase,
  meanings: MeaningIndex,
  pause: ChunkPause,
  reads: FullPassReads,
): Promise<SyncPlan> {
  // Where the log stands before any item is read: a change written during the pass comes after it, so the
  // next sync checks that item again (at worst, one checked twice).
  const seq = await db.transaction('r', [db.kbChanges, db.searchIndex], (tx) => latestChange(tx));
  const stored = new Map<string, VectorRow>();
  const stamps = new Map<string, { kind: ItemKind; stamp: string }>();
  const stamp = (kind: ItemKind, doc: SearchDoc | undefined) => {
    if (doc) stamps.set(doc.id, { kind, stamp: stampOf(meaningPhrases(doc)) });
  };
  const vectorsRead = eachChunk(
    (after) => vectors.transaction('r', [vectors.vectors], (tx) => rowsAfter(tx.vectors, after)),
    (row) => row.id,
    (rows) => {
      for (const row of rows) stored.set(row.id, row);
    },
    pause,
    reads,
  );
  const itemsRead = (async () => {
    // Articles with their learned phrasings: the learned rows of the same range of ids, in the same
    // transaction.
    await eachChunk(
      (after) =>
        db.transaction('r', [db.articles, db.learned], async (tx) => {
          const chunk = await rowsAfter(tx.articles, after);
          const last = chunk.at(-1)?.id;
          const learned =
            last === undefined
              ? []
              : await (after === undefined
                  ? tx.learned.where(':id').belowOrEqual(last)
                  : tx.learned.where(':id').between(after, last, false, true)
                ).toArray();
          const rows = new Map(learned.map((row) => [row.articleId, row]));
          return chunk.map((article) => ({ article, learned: rows.get(article.id) }));
        }),
      (row) => row.article.id,
      (rows) => {
        for (const { article, learned } of rows) stamp('article', changedArticle(article, learned));
      },
      pause,
      reads,
    );
    // Playbooks and snippets: each chunk a read of its own.
    const plainChunks = <T extends { id: string }>(
      table: Table<T, string>,
      kind: ItemKind,
      docOf: (row: T) => SearchDoc,
    ) =>
      eachChunk(
        (after) => rowsAfter(table, after),
        (row) => row.id,
        (rows) => {
          for (const row of rows) stamp(kind, docOf(row));
        },
        pause,
        reads,
      );
    await plainChunks(db.playbooks, 'playbook', docFromPlaybook);
    await plainChunks(db.snippets, 'snippet', docFromSnippet);
  })();
  await Promise.all([vectorsRead, itemsRead]);

  const stale: { id: string; kind: ItemKind }[] = [];
  const gone: string[] = [];
  for (const [id, { kind, stamp }] of stamps) {
    const row = stored.get(id);
    stored.delete(id);
    if (row?.stamp === stamp) {
      if (!meanings.has(id)) meanings.set(id, row);
      continue;
    }
    meanings.delete(id);
    if (row) gone.push(id);
    stale.push({ id, kind });
  }
  // Stored vectors of items no longer there (deleted, or drafts now).
  for (const id of stored.keys()) {
    gone.push(id);
    meanings.delete(id);
  }
  for (const id of [...meanings.ids()]) if (!stamps.has(id)) meanings.delete(id);
  for (let i = 0; i < gone.length; i += CHUNK_ROWS) {
    await vectors.vectors.bulkDelete(gone.slice(i, i + CHUNK_ROWS));
  }
  const embed = await itemsToEmbed(db, stale, pause, reads);
  return { seq, embed, total: stamps.size, hashed: stamps.size, full: true };
}

/**
 * The items whose vectors are missing or stale, read again whole (CHUNK_ROWS a transaction), with the stamp
 * of their text as it is now. One deleted or made a draft since its stamp was taken is left out: the change
 * log has it for the next sync.
 */
async function itemsToEmbed(
  db: OwnItDatabase,
  stale: readonly { id: string; kind: ItemKind }[],
  pause: ChunkPause,
  reads: FullPassReads,
): Promise<SyncPlan['embed']> {
  const embed: SyncPlan['embed'] = [];
  const ids = (kind: ItemKind) => stale.filter((item) => item.kind === kind).map((item) => item.id);
  const add = (docs: readonly (SearchDoc | undefined)[]) => {
    for (const doc of docs) if (doc) embed.push({ doc, stamp: stampOf(meaningPhrases(doc)) });
  };
  const articleIds = ids('article');
  const playbookIds = ids('playbook');
  const snippetIds = ids('snippet');
  for (let i = 0; i < articleIds.length; i += CHUNK_ROWS) {
    const some = articleIds.slice(i, i + CHUNK_ROWS);
    const started = performance.now();
    const [rows, learned] = await db.transaction('r', [db.articles, db.learned], (tx) =>
      Promise.all([tx.articles.bulkGet(some), tx.learned.bulkGet(some)]),
    );
    countRead(reads, started, some.length);
    add(rows.map((row, k) => changedArticle(row, learned[k])));
    if (i + CHUNK_ROWS < articleIds.length) await pause();
  }
  if (playbookIds.length > 0)
    add((await db.playbooks.bulkGet(playbookIds)).map((p) => p && docFromPlaybook(p)));
  if (snippetIds.length > 0) add((await db.snippets.bulkGet(snippetIds)).map((s) => s && docFromSnippet(s)));
  return embed;
}

function countRead(reads: FullPassReads, started: number, rows: number): void {
  reads.chunks++;
  reads.rows += rows;
  reads.waitMs = (reads.waitMs ?? 0) + (performance.now() - started);
}

/**
 * Reads a table chunk by chunk in key order: `read(after)` reads the rows after the key `after` (all from
 * the start when undefined), at most CHUNK_ROWS, in a transaction of its own; `take` gets each chunk. The
 * next chunk is asked for (after the pause) before this one is taken, so taking it overlaps the next read;
 * another page's request asked for meanwhile still waits for one chunk at most.
 */
async function eachChunk<T>(
  read: (after: string | undefined) => Promise<T[]>,
  keyOf: (row: T) => string,
  take: (rows: T[]) => void,
  pause: ChunkPause,
  reads: FullPassReads,
): Promise<void> {
  let started = performance.now();
  let pending = read(undefined);
  for (;;) {
    const rows = await pending;
    countRead(reads, started, rows.length);
    const more = rows.length >= CHUNK_ROWS;
    if (more) {
      await pause();
      started = performance.now();
      pending = read(keyOf(rows.at(-1)!));
      // Taken below; a failure is thrown when it is awaited.
      pending.catch(() => undefined);
    }
    if (rows.length > 0) take(rows);
    if (!more) return;
  }
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
