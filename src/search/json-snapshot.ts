// The index as JSON (files, tests): sorted terms with delta-encoded postings, and the documents; the typo
// index is rebuilt from the short-field vocabulary on load. The extension stores the packed form instead
// (snapshot.ts), so none of this is in the panel's bundle.
import { deltasOf, valuesOf } from './delta-codes';
import type { DocRecord } from './doc-table';
import { FieldPostings, postingDoc, postingTf } from './field-postings';
import { SearchIndex } from './search-index';
import { checkEnvelope, isDocRecordWithoutText } from './snapshot';

export const SNAPSHOT_FORMAT = 'ownit-search-index';
/** 2: an article's problem part counts three times in its body (as in the packed form's version 3). */
export const SNAPSHOT_VERSION = 2;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  docs: DocRecord[];
  /** Per field: sorted terms and their delta-encoded postings. */
  fields: [string[], number[][]][];
  /** Title/tag words as written, with their index terms: [word, term] pairs. */
  shortWords: [string, string][];
}

export function indexToJSON(index: SearchIndex): Snapshot {
  const { records, fields, shortWords } = index.snapshotParts();
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    docs: records,
    fields: fields.map(fieldToJSON),
    shortWords,
  };
}

export function indexFromJSON(data: unknown): SearchIndex {
  const snapshot = checkSnapshot(data);
  return SearchIndex.fromParts(
    snapshot.docs,
    snapshot.fields.map(([terms, lists]) => fieldFromJSON(terms, lists)),
    snapshot.shortWords,
  );
}

/** A field's sorted terms with their posting lists, delta-encoded (each value minus the previous one). */
function fieldToJSON(field: FieldPostings): [string[], number[][]] {
  const terms = field.sortedTerms();
  return [[...terms], terms.map((term) => deltasOf(field.get(term) ?? []))];
}

/** A field from its JSON lists, its documents added in order (kept out of the panel's bundle). */
function fieldFromJSON(terms: string[], lists: number[][]): FieldPostings {
  const byDoc = new Map<number, Map<string, number>>();
  terms.forEach((term, t) => {
    for (const posting of valuesOf(lists[t] ?? [])) {
      const doc = postingDoc(posting);
      const frequencies = byDoc.get(doc) ?? new Map<string, number>();
      frequencies.set(term, postingTf(posting));
      byDoc.set(doc, frequencies);
    }
  });
  const field = new FieldPostings();
  for (const doc of [...byDoc.keys()].sort((a, b) => a - b)) field.addDocument(doc, byDoc.get(doc)!);
  return field;
}

/** Checks the envelope and shape of a snapshot, with an error that says what is wrong. */
export function checkSnapshot(input: unknown): Snapshot {
  const data = checkEnvelope(input, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, 'search index snapshot');
  const { docs, fields, shortWords } = data;
  if (!Array.isArray(docs) || !docs.every(isDocRecord)) {
    throw new Error('Search index snapshot is damaged: "docs" is not a list of documents.');
  }
  if (!Array.isArray(fields) || fields.length !== 3 || !fields.every(isFieldData)) {
    throw new Error('Search index snapshot is damaged: "fields" must hold three term lists with postings.');
  }
  if (!Array.isArray(shortWords)) {
    throw new Error('Search index snapshot is damaged: "shortWords" is missing.');
  }
  return data as unknown as Snapshot;
}

function isDocRecord(value: unknown): boolean {
  return isDocRecordWithoutText(value) && typeof (value as Record<string, unknown>).text === 'string';
}

function isFieldData(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Array.isArray(value[0]) &&
    Array.isArray(value[1]) &&
    value[0].length === value[1].length
  );
}
