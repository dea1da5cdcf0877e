// The panel's knowledge base: the search index (stored between opens, kept current as articles change),
// the empowerment rules, and articles, playbooks and snippets read one at a time when the agent opens them.

import type { SearchIndex } from '../search';
import type { Article, EmpowermentRule, Playbook, Snippet } from '../shared/model';
import { askWorker } from '../shared/send';
import { database } from '../storage/db';
import { liveQuery } from '../storage/idb/live';
import { settings } from '../storage/repositories';
import {
  attachStoredTexts,
  buildSearchIndex,
  catchUp,
  type EarlyRead,
  freshSearchIndex,
  type IndexSource,
  loadSearchIndex,
  rulesReadEarly,
  type StillBuilding,
  type StoredIndex,
} from '../storage/search-store';
import { typingPaused } from './input-first';
import { openWithin } from './open-within';

export interface Knowledge {
  index: SearchIndex;
  rules: EmpowermentRule[];
  /** How this panel got its index: the stored snapshot, or a build from every article. */
  source: IndexSource;
  article(id: string): Promise<Article | undefined>;
  playbook(id: string): Promise<Playbook | undefined>;
  snippet(id: string): Promise<Snippet | undefined>;
  /** Title of an indexed article, playbook or snippet, without reading it. */
  titleOf(id: string): string | undefined;
}

export type KnowledgeState =
  | { status: 'loading' }
  | { status: 'ready'; kb: Knowledge }
  | { status: 'error'; message: string };

/** The stored snapshot is refreshed once this many items were re-indexed on top of it (or after a build). */
const SAVE_AFTER_CHANGES = 50;

/** How long the panel is up before it counts the items to check its index (src/storage/search-store.ts). */
const COUNT_CHECK_AFTER_MS = 5_000;

/** The worker seeds on install; if the panel opens first (or the worker stopped mid-way) it asks again. */
async function ensureSeeded(): Promise<boolean> {
  const db = database();
  if (await settings.get(db, 'starterPack', null)) return false;
  const reply = await askWorker({ type: 'panel/ensure-seeded' });
  if (!reply?.ok) {
    const reason = reply ? reply.reason : 'no answer';
    throw new Error(`the starter articles could not be installed (${reason})`);
  }
  return true;
}

/**
 * Asks the service worker whether it still runs a build of the index the panel waits for (a worker
 * stopped mid-build starts again to answer, running none). A worker busy building answers once done.
 */
const workerStillBuilding: StillBuilding = async (build) => {
  const reply = await askWorker({ type: 'panel/index-builds' }).catch(() => undefined);
  return reply && Array.isArray(reply.tokens) ? reply.tokens.includes(build.token) : undefined;
};

let loading: Promise<{ kb: Knowledge; stored: StoredIndex }> | undefined;

/** Starts reading the knowledge base; main.tsx calls it before the first render so both overlap. */
export function startLoadingKnowledge(): Promise<{ kb: Knowledge; stored: StoredIndex }> {
  if (!loading) {
    loading = loadKnowledge();
    // Handled by followKnowledge; this keeps an early failure from being reported as unhandled.
    loading.catch(() => undefined);
  }
  return loading;
}

async function loadKnowledge(): Promise<{ kb: Knowledge; stored: StoredIndex }> {
  const db = database();
  const start = performance.now();
  const early = earlyRead();
  const opening = openWithin(db).then(() => performance.mark('ownit:db-open'));
  // The starter pack's setting and the rules come with the early read when it had them, from the
  // database at this version: the first answer then waits for no read of the panel's own connection.
  const seeding = opening
    .then(() => early?.seed?.catch(() => undefined))
    .then((seed) => {
      const rules = rulesReadEarly(seed, db.nativeVersion);
      if (rules) return { installed: false, rules };
      return ensureSeeded().then(async (installed) => ({ installed, rules: await db.rules.toArray() }));
    });
  // The index is read while the seeding is checked; read again when the starter pack had to be installed.
  const [first, { installed, rules }] = await Promise.all([
    opening.then(() => loadSearchIndex(db, early, workerStillBuilding)),
    seeding,
  ]);
  const stored = installed ? await loadSearchIndex(db, undefined, workerStillBuilding) : first;
  performance.measure('ownit:index-load', {
    start,
    detail: { source: stored.source, replayed: stored.replayed },
  });
  return { kb: knowledgeOf(stored.index, stored.source, rules), stored };
}

/**
 * The stored index's row, read by public/early-index.js while this code loaded (taken once: a later load
 * reads the database itself).
 */
function earlyRead(): EarlyRead | undefined {
  const scope = globalThis as { __ownitEarlyIndex?: EarlyRead };
  const early = scope.__ownitEarlyIndex;
  scope.__ownitEarlyIndex = undefined;
  return early;
}

function knowledgeOf(index: SearchIndex, source: IndexSource, rules: EmpowermentRule[]): Knowledge {
  const db = database();
  return {
    index,
    rules,
    source,
    article: (id) => db.articles.get(id),
    playbook: (id) => db.playbooks.get(id),
    snippet: (id) => db.snippets.get(id),
    titleOf: (id) => index.lookup(id)?.title,
  };
}

/**
 * Loads the knowledge base, then keeps it current while the panel is open: changes to articles,
 * playbooks and snippets (from any Own It window or the worker) are re-indexed item by item and reported as a new
 * Knowledge. The index is stored after the panel is usable, when the browser is idle. Returns a stop.
 * (The index is loaded once per panel page: a second caller gets the same one.)
 */
export function followKnowledge(
  onReady: (kb: Knowledge) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let stopFollowing: (() => void) | undefined;
  startLoadingKnowledge().then(
    ({ kb, stored }) => {
      if (stopped) return;
      onReady(kb);
      stopFollowing = keepCurrent(kb, stored, (next) => {
        if (!stopped) onReady(next);
      });
    },
    (error: unknown) => {
      if (!stopped) onError(error);
    },
  );
  return () => {
    stopped = true;
    stopFollowing?.();
  };
}

function keepCurrent(first: Knowledge, stored: StoredIndex, onChange: (kb: Knowledge) => void): () => void {
  const db = database();
  let kb = first;
  let seq = stored.seq;
  let unsaved = stored.source === 'built' ? Number.POSITIVE_INFINITY : stored.replayed;
  let closed = false;
  let queue: Promise<void> = Promise.resolve();
  const run = (task: () => Promise<void>) => {
    queue = queue
      .then(() => (closed ? undefined : task()))
      .catch((error: unknown) => console.warn('Own It: could not keep the search index current', error));
  };

  const save = async () => {
    if (unsaved < SAVE_AFTER_CHANGES) return;
    const start = performance.now();
    const { saveSearchIndex } = await import('../storage/search-save');
    const saved = await saveSearchIndex(db, kb.index, seq);
    unsaved = 0;
    performance.measure('ownit:index-save', { start, detail: { saved, items: kb.index.size } });
  };
  const saveWhenIdle = () => {
    if (unsaved >= SAVE_AFTER_CHANGES) whenIdle(() => run(save));
  };

  const sync = async (count = false) => {
    const caught = await catchUp(db, kb.index, seq, count);
    if (caught) {
      seq = caught.seq;
      if (caught.replayed === 0) return;
      unsaved += caught.replayed;
      kb = { ...kb };
      onChange(kb);
      saveWhenIdle();
    } else {
      await rebuild();
    }
  };
  // Until then the panel answers from the index it has. A build under way where a bulk write ran (a
  // pack sync, an import) is waited for and its snapshot read instead of building another beside it.
  const rebuild = async () => {
    let fresh = await freshSearchIndex(db, workerStillBuilding);
    if (fresh.source === 'snapshot' && !(await attachStoredTexts(fresh))) fresh = await buildSearchIndex(db);
    seq = fresh.seq;
    unsaved = fresh.source === 'built' ? Number.POSITIVE_INFINITY : fresh.replayed;
    kb = knowledgeOf(fresh.index, fresh.source, kb.rules);
    onChange(kb);
    saveWhenIdle();
  };

  // A stored snapshot's excerpt texts come after its index, read once the first answer is painted:
  // shown from the next render on (the next key's, or once typing pauses a render of its own, so that no
  // render of the whole panel comes between two keys); when they are missing or not this snapshot's, the
  // index is built again.
  afterPaint(() =>
    run(async () => {
      if (stored.index.hasTexts) return;
      if (await attachStoredTexts(stored)) {
        await typingPaused();
        kb = { ...kb };
        onChange(kb);
        return;
      }
      console.warn('Own It: the stored search index came without its texts; rebuilding it.');
      await rebuild();
    }),
  );
  const changes = liveQuery(() => db.kbChanges.orderBy(':id').lastKey()).subscribe({
    next: (last) => {
      if (typeof last === 'number' && last > seq) run(() => sync());
    },
    error: (error: unknown) => console.warn('Own It: stopped following knowledge base changes', error),
  });
  saveWhenIdle();
  // Once usable: pick up changes made while loading; once the panel has been up a while, check the index
  // against the database's counts (not sooner: a panel reopened meanwhile would wait for the count).
  whenIdle(() => run(() => sync()));
  const check = setTimeout(() => whenIdle(() => run(() => sync(true))), COUNT_CHECK_AFTER_MS);
  return () => {
    closed = true;
    clearTimeout(check);
    changes.unsubscribe();
  };
}

/** Runs a task after the next frame is painted (or after a moment, when no frame comes: a hidden page). */
function afterPaint(task: () => void): void {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      task();
    }
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 500);
}

/** Runs work that must not delay typing when the browser has a moment. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2_000 });
  else setTimeout(task, 200);
}
