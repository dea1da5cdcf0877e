// The search index: documents in, hits out. Incremental add/remove, a packed snapshot for IndexedDB (the
// JSON snapshot is json-snapshot.ts, kept out of the panel's bundle).

import type { WordMatches } from './bm25';
import { didYouMean } from './did-you-mean';
import { BODY, type DocRecord, DocTable, FIELD_COUNT, recordOf, TAGS, TITLE } from './doc-table';
import { docTermsOf } from './doc-terms';
import { FieldPostings, postingDoc } from './field-postings';
import { FuzzyVocabulary } from './fuzzy-vocabulary';
import { packDocs, plainRecord, unpackDocs } from './packed-docs';
import { checkTexts, TextStore } from './packed-texts';
import type { QueryTerm } from './query-terms';
import { runSearch, type SearchParts } from './run-search';
import { runSuggest, suggestWordCandidates } from './run-suggest';
import {
  checkPackedSnapshot,
  PACKED_FORMAT,
  PACKED_VERSION,
  type PackedSnapshot,
  parseShortWords,
} from './snapshot';
import { expandTerm, type FieldExpansions } from './term-expansion';
import type { SearchDoc, SearchHit, SearchOptions, SuggestOptions } from './types';

/** Removed documents leave holes in the numbering; they are closed once they outnumber these. */
const COMPACT_MIN_HOLES = 64;
/** Query words whose expansions are kept (emptied past this). */
const KEPT_EXPANSIONS = 256;
/** Documents in the kept words' matches, all words together (emptied past this): 13 bytes each. */
const KEPT_MATCHED_DOCS = 200_000;

export class SearchIndex {
  private docs = new DocTable();
  private fields: FieldPostings[] = [new FieldPostings(), new FieldPostings(), new FieldPostings()];
  private fuzzy = new FuzzyVocabulary();
  /** Title/tag words as written → index term; with the vocabulary, the forms of the typo index. */
  private shortWordMap: Map<string, string> | null = new Map();
  /** A loaded snapshot's short-field words (JSON in UTF-8), parsed when first needed. */
  private packedShortWords: Uint8Array | null = null;
  private tagMasks = new Map<string, Uint8Array>();
  /**
   * Expansions of query words while the index is unchanged: typing a query asks for its finished words'
   * again at every key.
   */
  private expansions = new Map<string, FieldExpansions>();
  /**
   * A search's finished query words' matches (by expansion key and tag filter) while the index is
   * unchanged: the words before the one being typed are the same at every key.
   */
  private wordMatches = new Map<string, WordMatches>();
  private wordMatchDocs = 0;
  /** The last page text's word scores (run-suggest.ts), while the index is unchanged. */
  private suggestWords: { text: string; value: unknown } | null = null;
  /** A loaded snapshot's excerpt texts, when they are to come apart (attachTexts). */
  private awaitedTexts: { store: TextStore; key: number; count: number } | null = null;

  static build(docs: readonly SearchDoc[]): SearchIndex {
    const index = new SearchIndex();
    for (const doc of docs) index.add(doc);
    return index;
  }

  /** Adds a document, replacing any document with the same id. */
  add(doc: SearchDoc): void {
    if (!doc || typeof doc.id !== 'string') throw new Error('A search document needs a string id.');
    this.remove(doc.id);
    const terms = docTermsOf(doc);
    const number = this.docs.add(recordOf(doc, terms.plainBody, terms.lengths));
    for (let f = 0; f < FIELD_COUNT; f++) this.fields[f]!.addDocument(number, terms.fields[f]!);
    for (const f of [TITLE, TAGS]) {
      for (const term of terms.fields[f]!.keys()) this.fuzzy.add(term, term, false);
    }
    const shortWords = this.shortWords();
    for (const [word, term] of terms.shortWords) {
      shortWords.set(word, term);
      this.fuzzy.add(word, term, true);
    }
    this.tagMasks.clear();
    this.forgetQueries();
  }

  remove(id: string): void {
    if (!this.docs.remove(id)) return;
    const isLive = (doc: number) => this.docs.get(doc) !== null;
    for (const field of this.fields) field.documentRemoved(isLive);
    this.tagMasks.clear();
    this.forgetQueries();
    const holes = this.docs.holeCount;
    if (holes >= COMPACT_MIN_HOLES && holes > this.docs.liveCount) this.compact();
  }

  get size(): number {
    return this.docs.liveCount;
  }

  /** Tags with how many documents carry them, most used first: the choices of the tag filter. */
  tagCounts(limit = 30): { tag: string; count: number }[] {
    const counts = new Map<string, number>();
    for (let doc = 0; doc < this.docs.nextNumber; doc++) {
      for (const tag of this.docs.get(doc)?.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
      .slice(0, limit);
  }

  /** The kind and title of an indexed document, without searching. */
  lookup(id: string): Pick<SearchHit, 'id' | 'kind' | 'title'> | undefined {
    const doc = this.docs.numberOf(id);
    const record = doc === undefined ? null : this.docs.get(doc);
    return record ? { id: record.id, kind: record.kind, title: record.title } : undefined;
  }

  search(query: string, opts?: SearchOptions): SearchHit[] {
    if (typeof query !== 'string') return [];
    return runSearch(this.parts(), query, opts ?? {});
  }

  suggest(text: string, opts?: SuggestOptions): SearchHit[] {
    if (typeof text !== 'string') return [];
    return runSuggest(this.parts(), text, opts ?? {});
  }

  /** Ids of the docs a message's words find, best first (the ones worth a meaning score). */
  suggestCandidates(text: string, limit: number): string[] {
    if (typeof text !== 'string' || this.docs.liveCount === 0) return [];
    return suggestWordCandidates(this.parts(), text, limit);
  }

  /** For a query with no result: the query with unknown words replaced by the closest known ones. */
  didYouMean(query: string): string | null {
    return didYouMean(query, this.fuzzy, (term) => this.liveDocumentFrequency(term));
  }

  /** What a snapshot keeps (json-snapshot.ts writes it as JSON), with the numbering's holes closed. */
  snapshotParts(): {
    records: DocRecord[];
    fields: readonly FieldPostings[];
    shortWords: [string, string][];
  } {
    if (!this.hasTexts) throw new Error('The search index has no excerpt texts yet: attach them first.');
    if (this.docs.holeCount > 0) this.compact();
    return {
      records: this.docs.records.filter((record) => record !== null).map(plainRecord),
      fields: this.fields,
      shortWords: [...this.shortWords()],
    };
  }

  /** An index over the parts of a snapshot; the typo index is rebuilt from the short-field words. */
  static fromParts(
    records: DocRecord[],
    fields: FieldPostings[],
    shortWords: [string, string][],
  ): SearchIndex {
    const index = new SearchIndex();
    for (const record of records) index.docs.add(record);
    index.fields = fields;
    index.shortWordMap = new Map(shortWords);
    index.rebuildFuzzy();
    return index;
  }

  /**
   * The snapshot in typed arrays and long strings: quick to store in and read back from IndexedDB. An
   * index loaded without its texts cannot be packed until they are attached.
   */
  toPacked(): PackedSnapshot {
    if (!this.hasTexts) throw new Error('The search index has no excerpt texts yet: attach them first.');
    if (this.docs.holeCount > 0) this.compact();
    const { docs, texts } = packDocs(this.docs.records.filter((record) => record !== null));
    return {
      format: PACKED_FORMAT,
      version: PACKED_VERSION,
      docs,
      textsKey: texts.key,
      texts,
      fields: this.fields.map((field) => field.toPacked()),
      shortWords: this.packedShortWords ?? new TextEncoder().encode(JSON.stringify([...this.shortWords()])),
      fuzzy: this.fuzzy.toPacked(),
    };
  }

  /**
   * Loads a packed snapshot; postings, typo lists, short-field words and texts stay packed until first
   * needed. Without `texts`, excerpts are empty until attachTexts gives them.
   */
  static fromPacked(data: unknown): SearchIndex {
    const snapshot = checkPackedSnapshot(data);
    const index = new SearchIndex();
    const store = new TextStore();
    const records = unpackDocs(snapshot.docs, store);
    index.docs = DocTable.loaded(records, snapshot.docs.lengths);
    index.fields = snapshot.fields.map((field) => FieldPostings.fromPacked(field));
    index.shortWordMap = null;
    index.packedShortWords = snapshot.shortWords;
    index.fuzzy = FuzzyVocabulary.fromPacked(snapshot.fuzzy);
    index.awaitedTexts = { store, key: snapshot.textsKey, count: records.length };
    if (snapshot.texts !== undefined && !index.attachTexts(snapshot.texts)) {
      throw new Error('Search index snapshot is damaged: its texts do not match its documents.');
    }
    return index;
  }

  /** Whether every document has its excerpt text (false while a loaded snapshot's texts are awaited). */
  get hasTexts(): boolean {
    return this.awaitedTexts === null;
  }

  /** Gives a loaded snapshot its texts, stored apart; false (and no change) when they are not its own. */
  attachTexts(data: unknown): boolean {
    const awaited = this.awaitedTexts;
    if (!awaited) return false;
    const texts = checkTexts(data, awaited.count, awaited.key);
    if (!texts) return false;
    awaited.store.attach(texts);
    this.awaitedTexts = null;
    return true;
  }

  private parts(): SearchParts {
    return {
      docs: this.docs,
      fields: this.fields,
      fuzzy: this.fuzzy,
      tagMask: (tag) => this.tagMask(tag),
      expand: (word) => this.expand(word),
      keptMatches: (word, tag) => this.wordMatches.get(matchesKey(word, tag)),
      keepMatches: (word, tag, matches) => {
        if (this.wordMatchDocs + matches.docs.length > KEPT_MATCHED_DOCS) {
          this.wordMatches.clear();
          this.wordMatchDocs = 0;
        }
        this.wordMatches.set(matchesKey(word, tag), matches);
        this.wordMatchDocs += matches.docs.length;
      },
      keptSuggestWords: <T>(text: string, compute: () => T): T => {
        if (this.suggestWords?.text !== text) this.suggestWords = { text, value: compute() };
        return this.suggestWords.value as T;
      },
    };
  }

  private expand(word: QueryTerm): FieldExpansions {
    const key = expansionKey(word);
    let expansions = this.expansions.get(key);
    if (!expansions) {
      if (this.expansions.size >= KEPT_EXPANSIONS) this.expansions.clear();
      expansions = expandTerm(word, this.fields, this.fuzzy);
      this.expansions.set(key, expansions);
    }
    return expansions;
  }

  /** What was kept for typed queries: the index changed. */
  private forgetQueries(): void {
    this.suggestWords = null;
    this.expansions.clear();
    this.wordMatches.clear();
    this.wordMatchDocs = 0;
  }

  private tagMask(tag: string): Uint8Array {
    let mask = this.tagMasks.get(tag);
    if (!mask) {
      mask = new Uint8Array(this.docs.records.length);
      this.docs.records.forEach((record, doc) => {
        if (record?.tags.includes(tag)) mask![doc] = 1;
      });
      this.tagMasks.set(tag, mask);
    }
    return mask;
  }

  /** Postings of live documents for the term, over all fields. */
  private liveDocumentFrequency(term: string): number {
    let count = 0;
    for (const f of [TITLE, TAGS, BODY]) {
      for (const packed of this.fields[f]!.get(term) ?? []) {
        if (this.docs.get(postingDoc(packed))) count++;
      }
    }
    return count;
  }

  private compact(): void {
    const renumber = this.docs.compact();
    for (const field of this.fields) field.compact(renumber);
    this.rebuildFuzzy();
    this.tagMasks.clear();
    this.forgetQueries();
  }

  /** Rebuilds the typo index from the title/tag vocabulary, dropping words whose documents are gone. */
  private rebuildFuzzy(): void {
    this.fuzzy = new FuzzyVocabulary();
    const inShortFields = (term: string) =>
      this.fields[TITLE]!.documentFrequency(term) > 0 || this.fields[TAGS]!.documentFrequency(term) > 0;
    for (const f of [TITLE, TAGS]) {
      for (const term of this.fields[f]!.sortedTerms()) this.fuzzy.add(term, term, false);
    }
    const shortWords = this.shortWords();
    for (const [word, term] of shortWords) {
      if (inShortFields(term)) this.fuzzy.add(word, term, true);
      else shortWords.delete(word);
    }
  }

  private shortWords(): Map<string, string> {
    if (!this.shortWordMap) {
      this.shortWordMap = new Map(this.packedShortWords ? parseShortWords(this.packedShortWords) : []);
      this.packedShortWords = null;
    }
    return this.shortWordMap;
  }
}

function expansionKey(word: QueryTerm): string {
  return `${word.word} ${word.term} ${word.prefix} ${word.last}`;
}

function matchesKey(word: QueryTerm, tag: string | undefined): string {
  return `${expansionKey(word)}\u0000${tag ?? ''}`;
}
