// The three engines the benchmark compares, behind one small interface: Own It's index, MiniSearch and
// plain Fuse.js.
import Fuse, { type IFuseOptions } from 'fuse.js';
import MiniSearch, { type Options as MiniSearchOptions } from 'minisearch';
import { type SearchDoc, SearchIndex } from '../search';
import { fromSnapshotBytes, snapshotParts } from '../search/snapshot-bytes';

export interface BenchEngine {
  name: string;
  build(docs: SearchDoc[]): void;
  search(query: string, limit: number): string[];
  /** Serialises the built index (untimed), then loads it back (timed); returns the load time and size. */
  reload(): { loadMs: number; snapshotBytes: number };
  dispose(): void;
}

export function ownItEngine(): BenchEngine {
  let index: SearchIndex | null = null;
  return {
    name: 'own-it',
    build(docs) {
      index = SearchIndex.build(docs);
    },
    search(query, limit) {
      return index!.search(query, { limit }).map((hit) => hit.id);
    },
    reload() {
      // As the extension stores it in IndexedDB: the packed snapshot as one block of bytes.
      const stored = new Uint8Array(Buffer.concat(snapshotParts(index!.toPacked()))).buffer;
      const start = performance.now();
      index = SearchIndex.fromPacked(fromSnapshotBytes(stored));
      return { loadMs: performance.now() - start, snapshotBytes: stored.byteLength };
    },
    dispose() {
      index = null;
    },
  };
}

/** MiniSearch as its docs suggest for search-as-you-type: fuzzy 0.2, prefix, title boosted. */
export function miniSearchEngine(): BenchEngine {
  const options: MiniSearchOptions<SearchDoc> = {
    fields: ['title', 'tags', 'body'],
    extractField: (doc, field) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ') : value;
    },
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 2 } },
  };
  let index: MiniSearch<SearchDoc> | null = null;
  return {
    name: 'minisearch',
    build(docs) {
      index = new MiniSearch(options);
      index.addAll(docs);
    },
    search(query, limit) {
      return index!
        .search(query)
        .slice(0, limit)
        .map((result) => String(result.id));
    },
    reload() {
      const json = JSON.stringify(index);
      const start = performance.now();
      index = MiniSearch.loadJSON(json, options);
      return { loadMs: performance.now() - start, snapshotBytes: Buffer.byteLength(json) };
    },
    dispose() {
      index = null;
    },
  };
}

/** Plain Fuse.js with its default options over title, tags and body. */
export function fuseEngine(): BenchEngine {
  const options: IFuseOptions<SearchDoc> = { keys: ['title', 'tags', 'body'] };
  let docs: SearchDoc[] = [];
  let fuse: Fuse<SearchDoc> | null = null;
  return {
    name: 'fuse',
    build(list) {
      docs = list;
      fuse = new Fuse(docs, options);
    },
    search(query, limit) {
      return fuse!.search(query, { limit }).map((result) => result.item.id);
    },
    reload() {
      const json = JSON.stringify(fuse!.getIndex().toJSON());
      const start = performance.now();
      fuse = new Fuse(docs, options, Fuse.parseIndex(JSON.parse(json)));
      return { loadMs: performance.now() - start, snapshotBytes: Buffer.byteLength(json) };
    },
    dispose() {
      fuse = null;
      docs = [];
    },
  };
}
