// The search index kept in the database between panel opens. Loading it is a read of one row; building
// it means reading and indexing every article, playbook and snippet (seconds at 10,000 articles). The index records the last change of
// the log (change-log.ts) it reflects: changes made since are re-indexed item by item, and only a bulk
// change (an import), a missing or damaged snapshot or data changed behind Own It's back rebuild it.
import { docFromArticle, docFromPlaybook, docFromSnippet, SearchIndex } from '../search';
import { fromSnapshotBytes } from '../search/snapshot-bytes';
import type { Article, EmpowermentRule, Playbook, Snippet } from '../shared/model';
import type { KbChange } from './change-log';
import type { OwnItDatabase, SearchIndexRow } from './db';
import { withLearned } from './learned-docs';

export const SNAPSHOT_ID = 'main';
/** The row of the snapshot's excerpt texts, read apart: the index is usable before they arrive. */
export const TEXTS_ID = 'texts';

/** More changes than this since the snapshot: rebuilding is about as quick as re-indexing them. */
export const MAX_REPLAY = 2_000;

/** Log entries stay this long after a snapshot covers them, for panels still catching up to them. */
export const LOG_GRACE_MS = 10 * 60_000;

/**
 * The setting that says the index is being built where a bulk write ran (a pack sync in the service
 * worker or Firefox's background page, an import), to be stored as the snapshot (search-save.ts,
 * `writeThenIndex`).
 */
export const INDEX_BUILD_KEY = 'searchIndexBuild';

export interface IndexBuild {
  startedAt: number;
  token: string;
  /** 'worker': the service worker's (or Firefox's background page's), which a panel can ask. */
  owner?: 'worker';
}

/**
 * Whether the worker that began a build still runs it (the panel asks it; undefined when it cannot tell).
 * A worker stopped mid-build leaves its setting behind: the panel then stops waiting.
 */
export type StillBuilding = (build: IndexBuild) => Promise<boolean | undefined>;

/**
 * A build said to be under way for longer than this is taken as abandoned (its worker stopped): a
 * panel then builds the index itself.
 */
export const INDEX_BUILD_STALE_MS = 90_000;

/** How often a waiting panel looks whether the build is done. */
const INDEX_BUILD_POLL_MS = 150;

export type IndexSource = 'snapshot' | 'built';

export interface StoredIndex {
  index: SearchIndex;
  source: IndexSource;
  /** The last change of the log the index reflects. */
  seq: number;
  /** Changes re-indexed on top of the stored snapshot. */
  replayed: number;
  /**
   * Reads a snapshot's excerpt texts (for index.attachTexts); undefined for a built index, which has
   * its texts. Their bytes are read when first asked for, after the first answer: a read under way
   * delivers its bytes on the panel's main thread, which the unpacking and the first search need.
   */
  texts?: () => Promise<unknown>;
  /** performance.now() when the snapshot's read began. */
  readStart?: number;
}

/** Items changed since some point of the log, as they are now (undefined: deleted). */
interface Pending {
  seq: number;
  /** Changed articles with the agent's learned phrasings (undefined: deleted). */
  articles: [string, Article | undefined][];
  playbooks: [string, Playbook | undefined][];
  snippets: [string, Snippet | undefined][];
  /** Items in the database now, to check the index against (NaN when not counted). */
  items: number;
}

/** A stored row as read: its snapshot a Blob, the Blob's bytes once read (early-index.js), or older. */
type ReadRow = Omit<SearchIndexRow, 'snapshot'> & { snapshot: unknown };

/** A read of the stored snapshot's rows begun before the database was opened here (early-index.js). */
export interface EarlyRead {
  /** performance.now() when the read began. */
  startedAt: number;
  /** The index row, its snapshot's bytes read. */
  row: Promise<ReadRow | undefined>;
  /** The texts row, asked for right after `row`. */
  texts?: Promise<ReadRow | undefined>;
  /** The change log after `row`'s version (at most MAX_REPLAY + 1 entries), read before the texts. */
  changes?: Promise<KbChange[] | undefined>;
  /** The starter pack's setting and the empowerment rules, read in the same transaction as `row`. */
  seed?: Promise<EarlySeed | undefined>;
}

/** What the panel reads besides the index before its first answer, as early-index.js read it. */
export interface EarlySeed {
  /** The native version of the database it was read from. */
  version: number;
  /** The `starterPack` setting's value (undefined: not installed yet). */
  starterPack: unknown;
  rules: unknown;
}

/**
 * The rules read early, when the panel may answer with them: the starter pack installed (no seeding to
 * wait for) and read from the database at the version the panel opens (no upgrade ran since).
 */
export function rulesReadEarly(seed: EarlySeed | undefined, version: number): EmpowermentRule[] | undefined {
  if (!seed?.starterPack || seed.version !== version || !Array.isArray(seed.rules)) return undefined;
  return seed.rules as EmpowermentRule[];
}

/**
 * The stored index brought up to date, or a fresh build when there is no usable snapshot. With `early`,
 * the snapshot's row comes from that read (the panel starts it while its code loads); the changes made
 * since the row's version are then read and re-indexed as usual.
 */
export async function loadSearchIndex(
  db: OwnItDatabase,
  early?: EarlyRead,
  stillBuilding?: StillBuilding,
): Promise<StoredIndex> {
  const stored = await (early ? loadEarlySnapshot(db, early) : loadSnapshot(db)).catch((error: unknown) => {
    console.warn('Own It: the stored search index could not be used; rebuilding it.', error);
    return null;
  });
  return stored ?? freshSearchIndex(db, stillBuilding);
}

/**
 * The index when the stored one cannot be brought up to date: the snapshot a build under way elsewhere
 * stores (waited for, measured as `ownit:index-wait`), else a build here.
 */
export async function freshSearchIndex(
  db: OwnItDatabase,
  stillBuilding?: StillBuilding,
): Promise<StoredIndex> {
  const start = performance.now();
  if (await waitForIndexBuild(db, { ...(stillBuilding ? { stillBuilding } : {}) })) {
    performance.measure('ownit:index-wait', { start });
    const stored = await loadSnapshot(db).catch(() => null);
    if (stored) return stored;
  }
  return buildSearchIndex(db);
}

/**
 * Waits while a build of the index is said to be under way elsewhere (and not abandoned). Returns
 * whether there was one.
 */
export async function waitForIndexBuild(
  db: OwnItDatabase,
  options: { now?: () => number; pauseMs?: number; stillBuilding?: StillBuilding } = {},
): Promise<boolean> {
  const { now = Date.now, pauseMs = INDEX_BUILD_POLL_MS, stillBuilding } = options;
  let waited = false;
  /** The worker's builds asked about, and those it said it no longer runs. */
  const asked = new Set<string>();
  const gone = new Set<string>();
  for (;;) {
    const row = await db.settings.get(INDEX_BUILD_KEY);
    const build = row?.value as Partial<IndexBuild> | undefined;
    const age = typeof build?.startedAt === 'number' ? now() - build.startedAt : Number.NaN;
    // No build, an abandoned one, or one dated far off (a clock set back): build here.
    if (!(age >= -INDEX_BUILD_STALE_MS && age <= INDEX_BUILD_STALE_MS)) return waited;
    const token = typeof build?.token === 'string' ? build.token : '';
    // Its worker stopped mid-build: the snapshot it would have stored is not coming.
    if (gone.has(token)) return true;
    if (build?.owner === 'worker' && stillBuilding && !asked.has(token)) {
      asked.add(token);
      stillBuilding(build as IndexBuild).then(
        (running) => {
          if (running === false) gone.add(token);
        },
        () => undefined,
      );
    }
    waited = true;
    await new Promise((done) => setTimeout(done, pauseMs));
  }
}

async function loadSnapshot(db: OwnItDatabase): Promise<StoredIndex | null> {
  const readStart = performance.now();
  const read = await db.transaction(
    'r',
    [db.searchIndex, db.kbChanges, db.articles, db.playbooks, db.snippets, db.learned],
    async (tx) => {
      const row = await tx.searchIndex.get(SNAPSHOT_ID);
      // Not counted here (counting 10,000 articles takes a while): catchUp counts once the panel is up.
      return row ? { row, pending: await readChanges(tx, row.dataVersion, false) } : null;
    },
  );
  if (!read?.pending) return null;
  const snapshot = await storedBytes(read.row.snapshot);
  // Asked for now, in a transaction of its own: it arrives while the index is unpacked and used.
  return unpack(snapshot, read.pending, readStart, textsReader(db.searchIndex.get(TEXTS_ID)));
}

/** The row read early, with the changes made since its version; a normal read when there was none. */
async function loadEarlySnapshot(db: OwnItDatabase, early: EarlyRead): Promise<StoredIndex | null> {
  const row = await early.row.catch(() => undefined);
  if (!row) return loadSnapshot(db);
  const texts = textsReader(early.texts ?? db.searchIndex.get(TEXTS_ID));
  // Nothing changed since the snapshot (the usual open): no other read stands before the first answer,
  // so none waits behind the texts row.
  const changes = await early.changes?.catch(() => undefined);
  const pending =
    Array.isArray(changes) && changes.length === 0
      ? { seq: row.dataVersion, articles: [], playbooks: [], snippets: [], items: Number.NaN }
      : await readChanges(db, row.dataVersion, false);
  return pending ? unpack(await storedBytes(row.snapshot), pending, early.startedAt, texts) : null;
}

/** The texts row is asked for now (its Blob, not its bytes); its bytes are read on the first call. */
function textsReader(row: Promise<ReadRow | undefined>): () => Promise<unknown> {
  row.catch(() => undefined);
  let texts: Promise<unknown> | undefined;
  return () => {
    texts ??= row
      .then((found) => storedBytes(found?.snapshot))
      .then(fromStoredBytes)
      .catch(() => undefined);
    return texts;
  };
}

/** A row's snapshot with a Blob's bytes read (unless early-index.js read them already). */
async function storedBytes(snapshot: unknown): Promise<unknown> {
  return snapshot instanceof Blob ? snapshot.arrayBuffer() : snapshot;
}

/**
 * A row's snapshot as SearchIndex.fromPacked and attachTexts take it: its bytes unpacked; anything else
 * (a row of an older version) as it is, for them to refuse.
 */
function fromStoredBytes(snapshot: unknown): unknown {
  return snapshot instanceof ArrayBuffer ? fromSnapshotBytes(snapshot) : snapshot;
}

function unpack(
  snapshot: unknown,
  pending: Pending,
  readStart: number,
  texts: () => Promise<unknown>,
): StoredIndex {
  const unpackStart = performance.now();
  performance.measure('ownit:index-read', { start: readStart, end: unpackStart });
  const index = SearchIndex.fromPacked(fromStoredBytes(snapshot));
  const replayed = applyChanges(index, pending);
  performance.measure('ownit:index-unpack', { start: unpackStart });
  return { index, source: 'snapshot', seq: pending.seq, replayed, texts, readStart };
}

/**
 * Gives a snapshot's index its excerpt texts once read (measured as `ownit:index-texts`, from the read's
 * start). False when they are missing or not this snapshot's: the index must then be rebuilt.
 */
export async function attachStoredTexts(stored: StoredIndex): Promise<boolean> {
  if (stored.index.hasTexts) return true;
  const texts = await stored.texts?.();
  const attached = stored.index.attachTexts(texts);
  if (attached) performance.measure('ownit:index-texts', { start: stored.readStart ?? 0 });
  return attached;
}

/** Reads every article, playbook and snippet and indexes them. */
export async function buildSearchIndex(db: OwnItDatabase): Promise<StoredIndex> {
  const readStart = performance.now();
  const { articles, learned, playbooks, snippets, seq } = await db.transaction(
    'r',
    [db.articles, db.playbooks, db.snippets, db.kbChanges, db.searchIndex, db.learned],
    async (tx) => {
      const [articles, learned, playbooks, snippets, last, versions] = await Promise.all([
        tx.articles.toArray(),
        tx.learned.toArray(),
        tx.playbooks.toArray(),
        tx.snippets.toArray(),
        tx.kbChanges.orderBy(':id').lastKey(),
        tx.searchIndex.orderBy('dataVersion').keys(),
      ]);
      // The log may have been pruned up to the stored snapshot: the index is current to at least that.
      return {
        articles,
        learned,
        playbooks,
        snippets,
        seq: Math.max(0, Number(last ?? 0), ...versions.map(Number)),
      };
    },
  );
  // Measured where it runs (a panel, the service worker, an import's worker) for the benches.
  const buildStart = performance.now();
  performance.measure('ownit:index-build-read', { start: readStart, end: buildStart });
  const rows = new Map(learned.map((row) => [row.articleId, row]));
  const index = SearchIndex.build([
    ...articles.filter(isOffered).map((a) => docFromArticle(withLearned(a, rows.get(a.id)))),
    ...playbooks.map(docFromPlaybook),
    ...snippets.map(docFromSnippet),
  ]);
  performance.measure('ownit:index-build', { start: buildStart, detail: { items: index.size } });
  return { index, source: 'built', seq, replayed: 0 };
}

/**
 * Re-indexes the items changed after `seq` and, with `count`, checks the index holds as many items as the
 * database. Returns the new position in the log and how many items were re-indexed, or null when the index
 * must be rebuilt instead (a bulk change, too many changes, or the index no longer matches the database).
 * Counting reads every item's key: at 10,000 items it holds the browser's database queue long enough that a
 * panel opened meanwhile waits for it, so the panel counts only once it has been up a while.
 */
export async function catchUp(
  db: OwnItDatabase,
  index: SearchIndex,
  seq: number,
  count = true,
): Promise<{ seq: number; replayed: number } | null> {
  const pending = await readChanges(db, seq, count);
  if (!pending) return null;
  const replayed = applyChanges(index, pending);
  // Items written around the log (by hand, or by a version of Own It without it) show in the count.
  // Drafts are stored but not indexed; they are counted (a full read) only when the totals differ.
  if (!count) return { seq: pending.seq, replayed };
  if (index.size !== pending.items && index.size !== pending.items - (await countDrafts(db))) return null;
  return { seq: pending.seq, replayed };
}

async function readChanges(db: OwnItDatabase, after: number, count: boolean): Promise<Pending | null> {
  return db.transaction(
    'r',
    [db.kbChanges, db.articles, db.playbooks, db.snippets, db.learned],
    async (tx) => {
      const changes = await tx.kbChanges
        .where('seq')
        .above(after)
        .limit(MAX_REPLAY + 1)
        .toArray();
      if (changes.length > MAX_REPLAY || changes.some((change) => change.kind === 'all')) return null;
      const articleIds = idsOf(changes, 'article');
      const playbookIds = idsOf(changes, 'playbook');
      const snippetIds = idsOf(changes, 'snippet');
      const [articles, learned, playbooks, snippets, articleCount, playbookCount, snippetCount] =
        await Promise.all([
          tx.articles.bulkGet(articleIds),
          tx.learned.bulkGet(articleIds),
          tx.playbooks.bulkGet(playbookIds),
          tx.snippets.bulkGet(snippetIds),
          count ? tx.articles.count() : Number.NaN,
          count ? tx.playbooks.count() : Number.NaN,
          count ? tx.snippets.count() : Number.NaN,
        ]);
      return {
        seq: Math.max(after, ...changes.map((change) => change.seq ?? 0)),
        articles: articleIds.map((id, i): [string, Article | undefined] => {
          const article = articles[i];
          return [id, article && withLearned(article, learned[i])];
        }),
        playbooks: playbookIds.map((id, i) => [id, playbooks[i]] as [string, Playbook | undefined]),
        snippets: snippetIds.map((id, i) => [id, snippets[i]] as [string, Snippet | undefined]),
        items: articleCount + playbookCount + snippetCount,
      };
    },
  );
}

function idsOf(changes: KbChange[], kind: KbChange['kind']): string[] {
  const ids = new Set<string>();
  for (const change of changes) if (change.kind === kind && change.id !== undefined) ids.add(change.id);
  return [...ids];
}

/** Drafts are half-written: an agent on a call is never offered one. */
export function isOffered(article: Article): boolean {
  return article.status !== 'draft';
}

function countDrafts(db: OwnItDatabase): Promise<number> {
  return db.articles.filter((article) => !isOffered(article)).count();
}

function applyChanges(index: SearchIndex, pending: Pending): number {
  for (const [id, article] of pending.articles) {
    if (article && isOffered(article)) index.add(docFromArticle(article));
    else index.remove(id);
  }
  for (const [id, playbook] of pending.playbooks) {
    if (playbook) index.add(docFromPlaybook(playbook));
    else index.remove(id);
  }
  for (const [id, snippet] of pending.snippets) {
    if (snippet) index.add(docFromSnippet(snippet));
    else index.remove(id);
  }
  return pending.articles.length + pending.playbooks.length + pending.snippets.length;
}
