// The index as JSON (files, tests): sorted terms with delta-encoded postings, and the documents; the typo
// index is rebuilt from the short-field vocabulary on load. The extension stores the packed form instead
// (snapshot.ts), so none of this is in the panel's bundle.

import type { DocRecord } from './doc-table';
import { FieldPostings } from './field-postings';
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
    fields: fields.map((field) => field.toJSON()),
    shortWords,
  };
}

export function indexFromJSON(data: unknown): SearchIndex {
  const snapshot = checkSnapshot(data);
  return SearchIndex.fromParts(
    snapshot.docs,
    snapshot.fields.map(([terms, lists]) => FieldPostings.fromJSON(terms, lists)),
    snapshot.shortWords,
  );
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
